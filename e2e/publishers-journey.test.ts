import { describe, expect, it } from 'vitest';
import {
  screenshotOnFailure,
  seedBuyerAndTarget,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

describe('a publisher from sign-up to a paid call', () => {
  const journey = useBrowserJourney();

  it(
    'creates a publisher with a number, wins a ping, and sees the bid paid on the call page',
    { timeout: 120_000 },
    () =>
      screenshotOnFailure(journey.page, 'publishers-journey', async () => {
        const { page, pageErrors } = journey;
        const nav = page.getByRole('navigation', { name: 'Main' });
        const owner = await signUpInBrowser(page, { company: 'Publisher Calls' });
        const publisherEmail = `publisher-${Date.now()}@example.com`;

        // The campaign is the stage: built through the API.
        const { targetId } = await seedBuyerAndTarget(page, { buyer: 'Acme Insurance', target: 'Acme Main' });
        const campaign = await sendThroughApi<{ id: string }>(page, {
          path: '/api/campaigns',
          data: { name: 'Auto Insurance', routing: [{ targetId, priority: 1, weight: 100 }] },
          status: 201,
        });
        await sendThroughApi(page, {
          path: '/api/numbers',
          data: { phoneNumber: '+18005550123', name: 'Lead line', campaignId: campaign.id },
          status: 201,
        });
        await sendThroughApi(page, {
          method: 'patch',
          path: `/api/campaigns/${campaign.id}`,
          data: { status: 'active' },
        });

        // A publisher, its payout rule and its number, all in the Publishers section.
        await nav.getByRole('link', { name: 'Publishers' }).click();
        await page.getByRole('heading', { level: 1, name: 'Publishers' }).waitFor();
        await page.getByRole('button', { name: 'New publisher' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Name', { exact: true }).fill('Lead Co');
        await dialog.getByRole('button', { name: /Create|Save/ }).click();
        await page.getByRole('link', { name: 'Lead Co' }).click();
        await page.getByRole('heading', { level: 1, name: 'Lead Co' }).waitFor();
        const publisherId = new URL(page.url()).pathname.split('/').pop() ?? '';
        expect(publisherId).toMatch(/^pub_/);

        await page.getByRole('button', { name: 'Set a rule' }).click();
        const rule = page.getByRole('dialog');
        await rule.getByLabel('Campaign', { exact: true }).click();
        await page.getByRole('option', { name: 'Auto Insurance' }).click();
        await rule.getByLabel('Payout ($)', { exact: true }).fill('18.00');
        await rule.getByRole('button', { name: /Create|Save/ }).click();
        await page.getByRole('cell', { name: '$18.00' }).waitFor();

        await page.getByLabel('(800) 555-0123 · Lead line').check();
        await page.getByRole('button', { name: 'Save numbers' }).click();
        await expect
          .poll(async () => (await page.request.get(`/api/publishers/${publisherId}/sources`)).json())
          .toEqual({
            items: [expect.objectContaining({ kind: 'numbers', label: '+18005550123' })],
          });

        // The campaign's ping URL, pinged as the publisher's server would.
        await page.goto(`${new URL(page.url()).origin}/campaigns/${campaign.id}/inbound-rtb`);
        const pingUrl = (await page.getByTestId('ping-url').textContent()) ?? '';
        expect(pingUrl).toMatch(/\/api\/rtb\/v1\/\w+$/);
        const ping = await page.request.get(
          `${pingUrl}?CID=%2B12125550147&publisherId=${publisherId}&state=NY`,
        );
        const bid = await ping.json();
        expect(bid).toMatchObject({ bidAmount: 18, phoneNumber: '+18005550123' });
        await page.reload();
        await page.getByTestId('inbound-pings').getByText('Bid $18.00').waitFor();

        // The pinged caller calls (simulator), the target answers and talks for 90 seconds.
        await page.getByRole('tab', { name: 'Test call' }).click();
        await page.getByLabel('From', { exact: true }).fill('(212) 555-0147');
        await page.getByRole('button', { name: 'Place test call' }).click();
        const steps = page.getByTestId('test-call-step');
        await steps.first().locator('tr[data-outcome="chosen"]', { hasText: 'Acme Main' }).waitFor();
        await page.getByRole('button', { name: 'Answered' }).click();
        await steps.nth(1).getByRole('heading', { name: 'Target answered' }).waitFor();
        await page.getByLabel('Duration (seconds)', { exact: true }).fill('90');
        await page.getByRole('button', { name: 'Completed' }).click();
        await page.getByText('The call has ended.').waitFor();

        // The call page shows who brought the call and the bid it earned.
        await nav.getByRole('link', { name: 'Calls' }).click();
        await page.getByRole('row').filter({ hasText: '(212) 555-0147' }).click();
        const card = page.getByTestId('call-publisher');
        await card.getByText('Lead Co').waitFor();
        const text = await card.textContent();
        expect(text).toContain('$18.00');
        expect(text).toContain('Won bid');
        expect(text).toContain('called within expiry');

        // Settings → Users: a publisher user, tied to Lead Co, sees only their own calls.
        await nav.getByRole('link', { name: 'Settings' }).click();
        await page.getByRole('tab', { name: 'Users' }).click();
        await page.getByRole('button', { name: 'Add user' }).click();
        const addUser = page.getByRole('dialog');
        await addUser.getByLabel('Email', { exact: true }).fill(publisherEmail);
        await addUser.getByLabel('Password', { exact: true }).fill('publisher-password');
        await addUser.getByLabel('Role', { exact: true }).click();
        await page.getByRole('option', { name: /^Publisher/ }).click();
        await addUser.getByLabel('Publisher', { exact: true }).click();
        await page.getByRole('option', { name: 'Lead Co' }).click();
        await addUser.getByRole('button', { name: 'Add user' }).click();
        await page.getByRole('cell', { name: publisherEmail, exact: true }).first().waitFor();

        await page.getByRole('button', { name: owner.email, exact: true }).click();
        await page.getByRole('menuitem', { name: 'Sign out' }).click();
        await page.getByLabel('Email', { exact: true }).fill(publisherEmail);
        await page.getByLabel('Password', { exact: true }).fill('publisher-password');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('heading', { level: 1, name: 'Lead Co' }).waitFor();
        expect(await nav.getByRole('link').allTextContents()).toEqual(['My calls']);
        const portalRow = page
          .getByTestId('publisher-calls')
          .getByRole('row')
          .filter({ hasText: '212***0147' });
        expect(await portalRow.textContent()).toContain('$18.00');
        expect(await page.content()).not.toContain('555-0147');

        expect(pageErrors).toEqual([]);
      }),
  );
});
