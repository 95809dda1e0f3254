import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  STEP_TIMEOUT,
  screenshotOnFailure,
  seedBuyerAndTarget,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

describe('the dashboard and reports', () => {
  const journey = useBrowserJourney();

  it('shows the figures, a grouped report and exports it as CSV', { timeout: 120_000 }, () =>
    screenshotOnFailure(journey.page, 'reports-journey', async () => {
      const { page, pageErrors } = journey;
      const nav = page.getByRole('navigation', { name: 'Main' });
      await signUpInBrowser(page, { company: 'Report Calls' });

      // The stage: a live campaign, one converted call ($25 revenue, $12.50 payout) and one still ringing.
      const { targetId } = await seedBuyerAndTarget(page, { buyer: 'Acme Insurance', target: 'Acme Main' });
      const campaign = await sendThroughApi<{ id: string }>(page, {
        path: '/api/campaigns',
        data: { name: 'Solar Leads', payoutCents: 1250, routing: [{ targetId, priority: 1, weight: 100 }] },
        status: 201,
      });
      await sendThroughApi(page, {
        path: '/api/numbers',
        data: { phoneNumber: '+18005550100', campaignId: campaign.id },
        status: 201,
      });
      await sendThroughApi(page, {
        method: 'patch',
        path: `/api/campaigns/${campaign.id}`,
        data: { status: 'active' },
      });
      const call = (from: string) =>
        sendThroughApi<{ callId: string }>(page, {
          path: '/api/simulator/calls',
          data: { to: '+18005550100', from },
        });
      const converted = await call('+12125550101');
      await sendThroughApi(page, {
        path: `/api/simulator/calls/${converted.callId}/events`,
        data: { type: 'completed', durationSeconds: 90 },
      });
      await call('+12125550102');

      // Sign-up landed on the dashboard before these calls: load it afresh.
      await page.reload();
      const figures = page.getByLabel('Key figures');
      await figures.getByText('$25.00').waitFor({ timeout: STEP_TIMEOUT });
      expect(await figures.textContent()).toContain('Calls2');
      expect(await figures.textContent()).toContain('Profit$12.50');
      await page.getByTestId('live-total').getByText('1').waitFor({ timeout: STEP_TIMEOUT });
      await page.getByRole('table', { name: 'Top campaigns' }).getByText('Solar Leads').waitFor();

      await nav.getByRole('link', { name: 'Reports' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
      await page.getByLabel('Group by', { exact: true }).click();
      await page.getByRole('option', { name: 'Campaign', exact: true }).click();
      const table = page.getByRole('table', { name: 'Report' });
      const row = table.getByRole('row', { name: /Solar Leads/ });
      await row.waitFor({ timeout: STEP_TIMEOUT });
      expect(await row.textContent()).toContain('$25.00');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Export CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^report-campaign-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile((await download.path()) as string, 'utf8');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toMatch(/^Group,Key,Calls,Unique callers,/);
      expect(lines[1]).toMatch(new RegExp(`^Solar Leads,${campaign.id},2,2,1,1,50,25.00,12.50,12.50,`));
      expect(lines.at(-1)).toMatch(/^Total,,2,2,/);

      // The call log exports what it shows, with the same filters.
      await nav.getByRole('link', { name: 'Calls' }).click();
      await page.getByRole('heading', { level: 1, name: 'Calls' }).waitFor();
      const [callsDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Export CSV' }).click(),
      ]);
      const callLines = (await readFile((await callsDownload.path()) as string, 'utf8')).trim().split('\r\n');
      expect(callLines).toHaveLength(3);
      expect(callLines[2]).toContain(converted.callId);
      expect(callLines[1]).toContain('Solar Leads');
      expect(pageErrors).toEqual([]);
    }),
  );
});
