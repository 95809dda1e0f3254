import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../server/app';
import { testConfig } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

export const CHROMIUM_PATH = '/usr/bin/chromium';

// CI runs on two slow cores: wait generously for each step rather than fail on a busy moment.
export const STEP_TIMEOUT = 20_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The real app with the built client, on a fresh database, listening on 127.0.0.1. */
export async function startE2eServer(env: Record<string, string> = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const database = await openTestDatabase();
  const config = testConfig({ PORT: String(port), PUBLIC_URL: url, ...env });
  const app = await buildApp({ db: database.db, databaseDriver: database.driver, config, logger: false });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export type BrowserJourney = {
  server: Awaited<ReturnType<typeof startE2eServer>>;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of every page the journey opens; a journey ends by expecting none. */
  pageErrors: string[];
};

/**
 * Registers the hooks of one describe block: the app and Chromium start before its journey and
 * stop after it. The fields are filled in by `beforeAll`, so read them inside the test.
 */
export function useBrowserJourney(options: { permissions?: string[] } = {}): BrowserJourney {
  const journey = { pageErrors: [] as string[] } as BrowserJourney;

  beforeAll(async () => {
    journey.server = await startE2eServer();
    journey.browser = await launchBrowser();
    journey.context = await journey.browser.newContext({ baseURL: journey.server.url });
    if (options.permissions) {
      await journey.context.grantPermissions(options.permissions, { origin: journey.server.url });
    }
    journey.page = await journey.context.newPage();
    journey.page.setDefaultTimeout(STEP_TIMEOUT);
    journey.page.on('pageerror', (error) => journey.pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await journey.context?.close();
    await journey.browser?.close();
    await journey.server?.close();
  });

  return journey;
}

/** Keeps a full-page screenshot in `.tmp/e2e-<name>.png` when the journey fails. */
export async function screenshotOnFailure<T>(
  page: Page,
  name: string,
  journey: () => Promise<T>,
): Promise<T> {
  try {
    return await journey();
  } catch (error) {
    await mkdir('.tmp', { recursive: true });
    await page.screenshot({ path: `.tmp/e2e-${name}.png`, fullPage: true }).catch(() => {});
    throw error;
  }
}

export function uniqueEmail(): string {
  return `owner-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export type SignUp = { company: string; email: string; password: string };

/** Creates an account through the sign-up page and waits for the app shell. */
export async function signUpInBrowser(page: Page, overrides: Partial<SignUp> = {}): Promise<SignUp> {
  const account: SignUp = {
    company: 'Acme Calls',
    email: uniqueEmail(),
    password: 'correct horse battery staple',
    ...overrides,
  };
  await page.goto('/signup');
  await page.getByLabel('Company', { exact: true }).fill(account.company);
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).waitFor();
  return account;
}

type ApiRequest = {
  method?: 'post' | 'patch';
  path: string;
  data: Record<string, unknown>;
  /** The exact status to expect; without it any 2xx will do. */
  status?: number;
};

/** Sets the stage through the API; the browser's session cookie authorises these requests too. */
export async function sendThroughApi<T>(
  page: Page,
  { method = 'post', path, data, status }: ApiRequest,
): Promise<T> {
  const response = await page.request[method](path, { data });
  const detail = `${method.toUpperCase()} ${path}: ${await response.text()}`;
  if (status === undefined) expect(response.ok(), detail).toBe(true);
  else expect(response.status(), detail).toBe(status);
  return (await response.json()) as T;
}

/** A buyer with one target that answers on +1 415 555 0111 and earns $25 after a minute. */
export async function seedBuyerAndTarget(
  page: Page,
  names: { buyer: string; target: string },
): Promise<{ buyerId: string; targetId: string }> {
  const buyer = await sendThroughApi<{ id: string }>(page, {
    path: '/api/buyers',
    data: { name: names.buyer },
    status: 201,
  });
  const target = await sendThroughApi<{ id: string }>(page, {
    path: '/api/targets',
    data: {
      buyerId: buyer.id,
      name: names.target,
      destination: '+14155550111',
      revenueCents: 2500,
      conversionSeconds: 60,
    },
    status: 201,
  });
  return { buyerId: buyer.id, targetId: target.id };
}
