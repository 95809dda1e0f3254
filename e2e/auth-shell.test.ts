import { describe, expect, it } from 'vitest';
import { screenshotOnFailure, signUpInBrowser, useBrowserJourney } from './harness';

describe('sign-up, sign-in and API keys in the browser', () => {
  const journey = useBrowserJourney();

  it('walks from sign-up to revoking an API key', { timeout: 90_000 }, () =>
    screenshotOnFailure(journey.page, 'auth-shell', async () => {
      const { page, pageErrors } = journey;

      // Sign up and land in the app shell.
      const { email, password } = await signUpInBrowser(page);
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByText('Acme Calls').first().waitFor();

      // Sign out through the user menu.
      await page.getByRole('button', { name: email }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');

      // The shell is closed without a session.
      await page.goto('/settings');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();

      // Sign in again; the guard returns to the page that was asked for.
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

      // Settings → API keys: create a key and see it once.
      await page.getByRole('tab', { name: 'API keys' }).click();
      await page.getByRole('button', { name: 'Create API key' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Name', { exact: true }).fill('CI key');
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();
      const key = (await page.getByTestId('new-api-key').textContent())?.trim() ?? '';
      expect(key).toMatch(/^ccp_/);
      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'detached' });

      // The list shows the key by name and prefix only, never the secret.
      const row = page.getByRole('row').filter({ hasText: 'CI key' });
      await row.waitFor();
      expect(await row.textContent()).not.toContain(key);

      // Revoke it, confirming first.
      await row.getByRole('button', { name: 'Revoke' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
      await row.waitFor({ state: 'detached' });
      await page.getByText('No API keys yet').waitFor();

      expect(pageErrors).toEqual([]);
    }),
  );
});
