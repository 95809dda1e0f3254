import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startE2eServer } from './harness';

// CI runs on two slow cores: wait generously for each step rather than fail on a busy moment.
const STEP_TIMEOUT = 20_000;

describe('sign-up, sign-in and API keys in the browser', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.url });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function screenshotOnFailure<T>(name: string, journey: () => Promise<T>): Promise<T> {
    try {
      return await journey();
    } catch (error) {
      await mkdir('.tmp', { recursive: true });
      await page.screenshot({ path: `.tmp/e2e-${name}.png`, fullPage: true }).catch(() => {});
      throw error;
    }
  }

  it('walks from sign-up to revoking an API key', { timeout: 90_000 }, () =>
    screenshotOnFailure('auth-shell', async () => {
      const email = `owner-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const password = 'correct horse battery staple';
      const nav = page.getByRole('navigation', { name: 'Main' });

      // Sign up and land in the app shell.
      await page.goto('/signup');
      await page.getByLabel('Company', { exact: true }).fill('Acme Calls');
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await nav.getByRole('link', { name: 'Campaigns' }).waitFor();
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
