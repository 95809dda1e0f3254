import { describe, expect, it } from 'vitest';
import {
  STEP_TIMEOUT,
  screenshotOnFailure,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

// What the platform's own demo bidder answers with when it accepts (server/modules/rtb/simulated-bidder.ts).
const DEMO_BID_NUMBER = '+14155550199';

describe('real-time bidding from a demo bidder to an auctioned test call', () => {
  const journey = useBrowserJourney();

  it(
    'tries a demo bidder, auctions a call through a router and shows the winning bid',
    { timeout: 120_000 },
    () =>
      screenshotOnFailure(journey.page, 'rtb-journey', async () => {
        const { page, pageErrors } = journey;
        const nav = page.getByRole('navigation', { name: 'Main' });

        await signUpInBrowser(page, { company: 'Auction Calls' });

        // A demo bidder answers from the platform itself: accept, at $12.50.
        await nav.getByRole('link', { name: 'RTB' }).click();
        await page.getByRole('heading', { level: 1, name: 'RTB' }).waitFor();
        await page.getByRole('button', { name: 'Create a demo bidder' }).click();
        const demoDialog = page.getByRole('dialog');
        expect(await demoDialog.getByLabel('Scenario', { exact: true }).textContent()).toContain('Accept');
        await demoDialog.getByLabel('Bid ($)', { exact: true }).fill('12.50');
        await demoDialog.getByRole('button', { name: 'Create', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Demo bidder' }).waitFor();
        expect(await page.getByLabel('Endpoint URL', { exact: true }).inputValue()).toContain(
          '/_sim/rtb?scenario=accept&bid=12.50',
        );

        // Preview shows the exact request; Test sends it and reads the bid.
        await page.getByRole('button', { name: 'Preview', exact: true }).click();
        const preview = page.getByRole('region', { name: 'Request preview' });
        await preview.waitFor();
        const previewText = await preview.textContent();
        expect(previewText).toContain('POST http://');
        expect(previewText).toContain('"callerId": "+14155550123"');
        await page.getByRole('button', { name: 'Test', exact: true }).click();
        const result = page.getByRole('region', { name: 'Test result' });
        await result.getByText('Valid bid').waitFor();
        expect(await result.textContent()).toContain('$12.50');
        expect(await result.textContent()).toContain('(415) 555-0199');

        // A router that auctions calls among its bidders: here, just the demo bidder.
        await page.getByRole('link', { name: 'Bidders' }).click();
        await page.getByRole('tab', { name: /Routers/ }).click();
        await page.getByRole('button', { name: 'New router' }).click();
        const sheet = page.getByRole('dialog');
        await sheet.getByLabel('Name', { exact: true }).fill('Main auction');
        await sheet.getByLabel('Bidder', { exact: true }).click();
        await page.getByRole('option', { name: /Demo bidder/ }).click();
        await sheet.getByRole('button', { name: 'Add bidder' }).click();
        expect(await sheet.getByLabel('Priority of Demo bidder', { exact: true }).inputValue()).toBe('1');
        await sheet.getByRole('button', { name: 'Create', exact: true }).click();
        await sheet.waitFor({ state: 'detached' });
        await page
          .getByRole('row')
          .filter({ hasText: 'Main auction' })
          .filter({ hasText: 'Demo bidder' })
          .waitFor();

        // The number exists already; the campaign page assigns it.
        await sendThroughApi(page, {
          path: '/api/numbers',
          data: { phoneNumber: '+18005550142', name: 'RTB line' },
          status: 201,
        });

        // A campaign whose routing plan is the router.
        await nav.getByRole('link', { name: 'Campaigns' }).click();
        await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
        await page.getByRole('button', { name: 'New campaign' }).click();
        const campaignDialog = page.getByRole('dialog');
        await campaignDialog.getByLabel('Name', { exact: true }).fill('Auctioned Leads');
        await campaignDialog.getByRole('button', { name: 'Create campaign' }).click();
        await page.getByRole('heading', { level: 1, name: 'Auctioned Leads' }).waitFor();

        await page.getByLabel('Target', { exact: true }).click();
        await page.getByRole('option', { name: /Main auction/ }).click();
        await page.getByRole('button', { name: 'Add target' }).click();
        const routerRow = page.locator('tr[data-kind="router"]');
        expect(await routerRow.textContent()).toContain('RTB router');
        expect(await routerRow.textContent()).toContain('Main auction');
        await page.getByRole('button', { name: 'Save plan' }).click();
        await page.getByText('Plan saved').waitFor();

        await page.getByRole('tab', { name: 'Numbers' }).click();
        await page.getByLabel('Unassigned number', { exact: true }).click();
        await page.getByRole('option', { name: /\(800\) 555-0142/ }).click();
        await page.getByRole('button', { name: 'Assign number' }).click();
        await page.getByRole('cell', { name: '(800) 555-0142' }).waitFor();
        await page.getByRole('button', { name: 'Activate' }).click();
        await page.getByRole('button', { name: 'Pause' }).waitFor();

        // A test call: the router pings the bidder and the call is dialed to the winning bid's number.
        await page.getByRole('tab', { name: 'Test call' }).click();
        await page.getByLabel('From', { exact: true }).fill('(212) 555-0147');
        await page.getByRole('button', { name: 'Place test call' }).click();
        const firstStep = page.getByTestId('test-call-step').first();
        await firstStep.locator('tr[data-outcome="chosen"]', { hasText: 'Demo bidder' }).waitFor();
        expect(await firstStep.locator('pre').textContent()).toContain(DEMO_BID_NUMBER);
        await page.getByRole('button', { name: 'Caller hangs up' }).waitFor();
        expect(await page.getByRole('button', { name: 'Answered' }).isEnabled()).toBe(true);

        // Leaving while the bid's number still rings hangs the call up, so it holds no capacity.
        const callLink = page.getByRole('link', { name: 'Open in call log' });
        const callId = (await callLink.getAttribute('href'))?.split('/').pop() ?? '';
        await callLink.click();
        await page.getByRole('heading', { level: 1, name: 'Call from (212) 555-0147' }).waitFor();

        // The call's page shows the auction: the demo bidder's bid, dialed.
        const auction = page.getByRole('heading', { name: 'Auction' });
        await auction.waitFor();
        const dialed = page.locator('tr[data-dialed="true"]');
        const dialedText = await dialed.textContent();
        expect(dialedText).toContain('Demo bidder');
        expect(dialedText).toContain('$12.50');
        expect(dialedText).toContain('(415) 555-0199');
        expect(dialedText).toContain('Dialed');
        const attempt = page
          .getByRole('row')
          .filter({ hasText: 'RTB' })
          .filter({ hasText: '(415) 555-0199' });
        expect(await attempt.first().textContent()).toContain('$12.50');

        await expect
          .poll(
            async () => {
              const response = await page.request.get(`/api/calls/${callId}`);
              return ((await response.json()) as { status: string }).status;
            },
            { timeout: STEP_TIMEOUT },
          )
          .not.toBe('ringing');

        // The bid log has the ping too, with a way back to the call.
        await nav.getByRole('link', { name: 'RTB' }).click();
        await page.getByRole('tab', { name: 'Bid log' }).click();
        const logRow = page.getByRole('row').filter({ hasText: 'Demo bidder' }).filter({ hasText: 'Dialed' });
        await logRow.getByRole('link', { name: 'View call' }).waitFor();

        expect(pageErrors).toEqual([]);
      }),
  );
});
