import { describe, expect, it } from 'vitest';
import {
  screenshotOnFailure,
  seedBuyerAndTarget,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

describe('a campaign from creation to a converted test call', () => {
  const journey = useBrowserJourney();

  it('routes, answers and converts a test call, then shows it in the call log', { timeout: 120_000 }, () =>
    screenshotOnFailure(journey.page, 'call-journey', async () => {
      const { page, pageErrors } = journey;
      const nav = page.getByRole('navigation', { name: 'Main' });

      await signUpInBrowser(page, { company: 'Journey Calls' });

      // Buyers, targets and numbers have their own pages; here they are only the stage, so use the API.
      await seedBuyerAndTarget(page, { buyer: 'Acme Insurance', target: 'Acme Main' });
      await sendThroughApi(page, {
        path: '/api/numbers',
        data: { phoneNumber: '+18005550100', name: 'Main line' },
        status: 201,
      });

      // A new campaign opens on its routing plan.
      await nav.getByRole('link', { name: 'Campaigns' }).click();
      await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
      await page.getByRole('button', { name: 'New campaign' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Name', { exact: true }).fill('Auto Insurance');
      await dialog.getByLabel('Payout per conversion ($)', { exact: true }).fill('12.50');
      await dialog.getByRole('button', { name: 'Create campaign' }).click();
      await page.getByRole('heading', { level: 1, name: 'Auto Insurance' }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/campaigns\/[^/]+\/routing$/);

      // Routing plan: add the target, give it a weight and save.
      await page.getByLabel('Target', { exact: true }).click();
      await page.getByRole('option', { name: /Acme Main/ }).click();
      await page.getByRole('button', { name: 'Add target' }).click();
      expect(await page.getByLabel('Priority', { exact: true }).inputValue()).toBe('1');
      await page.getByLabel('Weight', { exact: true }).fill('100');
      await page.getByRole('button', { name: 'Save plan' }).click();
      await page.getByText('Plan saved').waitFor();

      // Without a number the campaign cannot go live, and the page says why.
      await page.getByRole('button', { name: 'Activate' }).click();
      const activationErrors = page.getByTestId('activation-errors');
      await activationErrors.getByText(/Assign a tracking number/).waitFor();
      expect(await activationErrors.textContent()).not.toContain('active target');

      // Assign the number from the campaign's Numbers tab, then activate.
      await activationErrors.getByRole('button', { name: 'Open numbers' }).click();
      await page.getByLabel('Unassigned number', { exact: true }).click();
      await page.getByRole('option', { name: /\(800\) 555-0100/ }).click();
      await page.getByRole('button', { name: 'Assign number' }).click();
      await page.getByRole('cell', { name: '(800) 555-0100' }).waitFor();
      await page.getByRole('button', { name: 'Activate' }).click();
      await page.getByRole('button', { name: 'Pause' }).waitFor();

      // A test call: the router picks the target, which answers and talks for 90 seconds.
      await page.getByRole('tab', { name: 'Test call' }).click();
      await page.getByLabel('From', { exact: true }).fill('(212) 555-0147');
      expect(await page.getByLabel('To', { exact: true }).textContent()).toContain('(800) 555-0100');
      await page.getByRole('button', { name: 'Place test call' }).click();
      const steps = page.getByTestId('test-call-step');
      await steps.first().locator('tr[data-outcome="chosen"]', { hasText: 'Acme Main' }).waitFor();
      expect(await steps.first().locator('pre').textContent()).toContain('<Number');

      await page.getByRole('button', { name: 'Answered' }).click();
      await steps.nth(1).getByRole('heading', { name: 'Target answered' }).waitFor();
      await page.getByLabel('Duration (seconds)', { exact: true }).fill('90');
      await page.getByRole('button', { name: 'Completed' }).click();
      await steps.nth(2).getByRole('heading', { name: 'Call completed' }).waitFor();
      expect(await steps.nth(2).locator('pre').textContent()).toContain('<Hangup');
      await page.getByText('The call has ended.').waitFor();

      // The call log shows it converted, with the target's revenue.
      await nav.getByRole('link', { name: 'Calls' }).click();
      await page.getByRole('heading', { level: 1, name: 'Calls' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: '(212) 555-0147' });
      await row.getByText('Converted').waitFor();
      const rowText = await row.textContent();
      expect(rowText).toContain('Auto Insurance');
      expect(rowText).toContain('$25.00');
      expect(rowText).toContain('$12.50');

      // Its page explains the routing decision.
      await row.click();
      await page.getByRole('heading', { level: 1, name: 'Call from (212) 555-0147' }).waitFor();
      const chosen = page.locator('tr[data-outcome="chosen"]');
      await chosen.waitFor();
      expect(await chosen.textContent()).toContain('Acme Main');
      expect(await page.getByRole('heading', { name: 'Dial attempts' }).count()).toBe(1);

      expect(pageErrors).toEqual([]);
    }),
  );
});
