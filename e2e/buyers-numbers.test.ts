import { describe, expect, it } from 'vitest';
import type { Target } from '../contracts/targets';
import { screenshotOnFailure, signUpInBrowser, useBrowserJourney } from './harness';

describe('buyers, targets and numbers in the browser', () => {
  const journey = useBrowserJourney();

  async function chooseOption(label: string, option: string) {
    const { page } = journey;
    await page.getByLabel(label, { exact: true }).click();
    await page.getByRole('option', { name: option }).click();
  }

  it('creates a buyer, a scheduled and capped target, and a tracking number', { timeout: 120_000 }, () =>
    screenshotOnFailure(journey.page, 'buyers-numbers', async () => {
      const { page, pageErrors } = journey;
      const nav = page.getByRole('navigation', { name: 'Main' });

      await signUpInBrowser(page);
      await nav.getByRole('link', { name: 'Buyers & Targets' }).click();
      await page.getByRole('heading', { level: 1, name: 'Buyers & Targets' }).waitFor();

      // A buyer.
      await page.getByRole('button', { name: 'New buyer' }).click();
      const buyerDialog = page.getByRole('dialog');
      await buyerDialog.getByLabel('Name', { exact: true }).fill('Acme Insurance');
      await buyerDialog.getByLabel('Company', { exact: true }).fill('Acme Holdings');
      await buyerDialog.getByLabel('Email', { exact: true }).fill('Leads@Acme.example');
      await buyerDialog.getByLabel('Phone', { exact: true }).fill('415 555 0100');
      await buyerDialog.getByRole('button', { name: 'Save' }).click();
      await buyerDialog.waitFor({ state: 'detached' });
      const buyerRow = page.getByRole('row').filter({ hasText: 'Acme Insurance' });
      await buyerRow.getByText('leads@acme.example').waitFor();

      // A target for it: basic fields first.
      await page.getByRole('button', { name: 'New target' }).click();
      const sheet = page.getByRole('dialog');
      await chooseOption('Buyer', 'Acme Insurance');
      await sheet.getByLabel('Name', { exact: true }).fill('Acme West');
      await sheet.getByLabel('Destination', { exact: true }).fill('(415) 555-0199');
      await sheet.getByLabel('Revenue per conversion ($)').fill('12.34');
      await sheet.getByLabel('Conversion after (seconds)').fill('90');

      // Opening hours: weekdays from 08:30, copied from Monday, plus a Saturday morning.
      await sheet.getByRole('tab', { name: 'Schedule' }).click();
      await sheet.getByRole('switch', { name: 'Always open' }).click();
      await sheet.getByLabel('Monday opens', { exact: true }).fill('08:30');
      await sheet.getByRole('button', { name: 'Copy Monday to weekdays' }).click();
      await sheet.getByRole('button', { name: 'Add hours on Saturday' }).click();
      await sheet.getByLabel('Saturday closes', { exact: true }).fill('13:00');

      // A daily cap.
      await sheet.getByRole('tab', { name: 'Caps' }).click();
      await sheet.getByLabel('Daily cap', { exact: true }).fill('50');

      await sheet.getByRole('button', { name: 'Save' }).click();
      await sheet.waitFor({ state: 'detached' });

      // The targets table summarises it.
      const targetRow = page.getByRole('row').filter({ hasText: 'Acme West' });
      await targetRow.waitFor();
      const rowText = (await targetRow.textContent()) ?? '';
      expect(rowText).toContain('Mon–Fri 08:30–17:00; Sat 09:00–13:00');
      expect(rowText).toContain('50/day');
      expect(rowText).toContain('$12.34');
      expect(rowText).toContain('(415) 555-0199');

      // Stored exactly: integer cents, E.164, a schedule without the closed Sunday.
      const { items } = (await (await page.request.get('/api/targets')).json()) as { items: Target[] };
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        revenueCents: 1234,
        conversionSeconds: 90,
        destination: '+14155550199',
        caps: { daily: 50 },
        schedule: { mon: [{ open: '08:30', close: '17:00' }], sat: [{ open: '09:00', close: '13:00' }] },
      });
      expect(items[0].schedule?.sun).toBeUndefined();

      // The buyer now counts one target.
      await page.getByRole('tab', { name: 'Buyers' }).click();
      expect(await buyerRow.getByRole('cell').nth(4).textContent()).toBe('1');

      // A tracking number, typed the way people write it and shown formatted.
      await nav.getByRole('link', { name: 'Numbers & Pools' }).click();
      await page.getByRole('heading', { level: 1, name: 'Numbers & Pools' }).waitFor();
      await page.getByRole('button', { name: 'Add number' }).click();
      const numberDialog = page.getByRole('dialog');
      await numberDialog.getByLabel('Phone number', { exact: true }).fill('(415) 555-0142');
      await numberDialog.getByLabel('Name', { exact: true }).fill('Google Ads');
      expect(await numberDialog.getByLabel('Campaign', { exact: true }).textContent()).toContain(
        'No campaign',
      );
      await numberDialog.getByRole('button', { name: 'Save' }).click();
      await numberDialog.waitFor({ state: 'detached' });
      const numberRow = page.getByRole('row').filter({ hasText: 'Google Ads' });
      await numberRow.getByRole('cell', { name: '(415) 555-0142', exact: true }).waitFor();
      expect(await numberRow.textContent()).toContain('No campaign');

      // The same number again, written differently, is refused beside the field.
      await page.getByRole('button', { name: 'Add number' }).click();
      await numberDialog.getByLabel('Phone number', { exact: true }).fill('415.555.0142');
      await numberDialog.getByRole('button', { name: 'Save' }).click();
      await numberDialog.getByText('already registered').waitFor();
      await numberDialog.getByRole('button', { name: 'Cancel' }).click();
      await numberDialog.waitFor({ state: 'detached' });

      expect(pageErrors).toEqual([]);
    }),
  );
});
