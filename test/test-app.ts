import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../server/app';
import { type Config, loadConfig } from '../server/config';
import type { DatabaseHandle } from '../server/db/client';
import { openTestDatabase } from './test-db';

export const TEST_TWILIO_AUTH_TOKEN = 'test-twilio-auth-token';
export const TEST_PUBLIC_URL = 'https://calls.test.example';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ccp-test-')),
    SESSION_SECRET: 'test-session-secret-that-is-long-enough-0123456789',
    PUBLIC_URL: TEST_PUBLIC_URL,
    TWILIO_AUTH_TOKEN: TEST_TWILIO_AUTH_TOKEN,
    RATE_LIMIT_PER_MINUTE: '100000',
    ALLOW_PRIVATE_OUTBOUND: 'true',
    LOG_LEVEL: 'silent',
    ...env,
  });
}

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  close(): Promise<void>;
};

export async function createTestApp(
  env: Record<string, string> = {},
  options: Pick<AppOptions, 'pixelDelivery'> = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = testConfig(env);
  const app = await buildApp({
    db: database.db,
    databaseDriver: database.driver,
    config,
    logger: false,
    ...options,
  });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
