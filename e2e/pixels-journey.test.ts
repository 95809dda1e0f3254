import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracker, type Tracker } from '../test/tracker-server';
import {
  screenshotOnFailure,
  seedBuyerAndTarget,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

describe('pixels: create one, send a test, find it in the delivery log', () => {
  const journey = useBrowserJourney();
  let tracker: Tracker;
  beforeAll(async () => {
    tracker = await startTracker();
  });
  afterAll(() => tracker.close());

  it(
    'creates a pixel, sends a test and shows the delivery with its status and latency',
    { timeout: 120_000 },
    () =>
      screenshotOnFailure(journey.page, 'pixels-journey', async () => {
        const { page, pageErrors } = journey;
        await signUpInBrowser(page, { company: 'Pixel Calls' });
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pixels' }).click();
        await page.getByRole('heading', { level: 1, name: 'Pixels' }).waitFor();
        await page.getByText('No pixels yet').waitFor();

        // A typo in a token is refused beside the URL.
        await page.getByRole('button', { name: 'New pixel' }).click();
        const sheet = page.getByRole('dialog');
        await sheet.getByLabel('Name', { exact: true }).fill('RedTrack');
        await sheet.getByLabel('Completed', { exact: true }).click();
        await sheet.getByLabel('URL', { exact: true }).fill(`${tracker.base}/postback?clickid={click}`);
        await sheet.getByRole('button', { name: 'Create', exact: true }).click();
        await sheet.getByText('Unknown tokens: {click}').waitFor();
        await sheet.getByText('Tokens you can use').click();
        await sheet.getByText('{publisherName}').waitFor();
        await sheet
          .getByLabel('URL', { exact: true })
          .fill(`${tracker.base}/postback?clickid={clickId}&sum={revenue}&e={event}`);
        await sheet.getByRole('button', { name: 'Create', exact: true }).click();
        await sheet.waitFor({ state: 'detached' });

        const row = page.getByRole('row', { name: /RedTrack/ });
        expect(await row.textContent()).toContain('Converted');
        expect(await row.textContent()).toContain('Completed');
        expect(await row.textContent()).toContain('All campaigns');

        await row.getByRole('button', { name: 'Send test' }).click();
        const result = page.getByRole('dialog', { name: /Test sent/ });
        await result.getByText('Delivered').waitFor();
        expect(await result.textContent()).toContain('200');
        await result.getByRole('button', { name: 'Close' }).first().click();
        expect(tracker.to('/postback')).toHaveLength(1);
        expect(tracker.to('/postback')[0].url.searchParams.get('sum')).toBe('25.00');

        await page.getByRole('tab', { name: /Delivery log/ }).click();
        const logged = page.getByRole('row', { name: /RedTrack/ });
        await logged.getByText('Delivered').waitFor();
        const text = await logged.textContent();
        expect(text).toContain('Test');
        expect(text).toMatch(/\d+ ms/);
        expect(text).toContain('GET http://127.0.0.1');

        // A test call fires the pixel's Completed event; the call's page lists it.
        const { targetId } = await seedBuyerAndTarget(page, { buyer: 'Acme', target: 'Acme desk' });
        const campaign = await sendThroughApi<{ id: string }>(page, {
          path: '/api/campaigns',
          data: { name: 'Auto', routing: [{ targetId, priority: 1, weight: 50 }] },
        });
        await sendThroughApi(page, {
          path: '/api/numbers',
          data: { phoneNumber: '+14155550142', campaignId: campaign.id },
        });
        await sendThroughApi(page, {
          method: 'patch',
          path: `/api/campaigns/${campaign.id}`,
          data: { status: 'active' },
        });
        const call = await sendThroughApi<{ callId: string }>(page, {
          path: '/api/simulator/calls',
          data: { to: '+14155550142', from: '+14155550177' },
        });
        await sendThroughApi(page, {
          path: `/api/simulator/calls/${call.callId}/events`,
          data: { type: 'completed', durationSeconds: 30 },
        });
        await page.goto(`/calls/${call.callId}`);
        const pixelsCard = page.getByText('1 fired').locator('xpath=ancestor::*[.//table][1]');
        await pixelsCard.getByText('Delivered', { exact: true }).waitFor();
        expect(await pixelsCard.textContent()).toContain('Completed');
        await page.goto('/pixels/postback');
        await page.getByRole('button', { name: 'Generate postback URL' }).click();

        const postbackUrl = page.getByTestId('postback-url');
        const first = await postbackUrl.textContent();
        expect(first).toMatch(/\/api\/postbacks\/\w+\?callId=\{callId\}&revenue=\{revenue\}/);
        // A new URL replaces the old one, after a warning.
        await page.getByRole('button', { name: 'Generate a new URL' }).click();
        await page.getByRole('alertdialog').getByRole('button', { name: 'Generate' }).click();
        await page.getByRole('alertdialog').waitFor({ state: 'detached' });
        expect(await postbackUrl.textContent()).not.toBe(first);
        expect(pageErrors).toEqual([]);
      }),
  );
});
