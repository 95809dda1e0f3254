import { createServer } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { buildApp } from '../server/app';
import { testConfig } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

export const CHROMIUM_PATH = '/usr/bin/chromium';

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
