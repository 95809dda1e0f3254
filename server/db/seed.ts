import { hashPassword } from '../lib/hash';
import { countAccounts } from '../modules/accounts/repository';
import { insertAccountWithOwner } from '../modules/auth/repository';
import type { Database } from './client';
import { randomToken } from './columns';

export const DEMO_EMAIL = 'demo@callcenter.pro';

/** On the very first start (no accounts at all) creates a demo owner; returns the login to print once. */
export async function ensureDemoAccount(
  db: Database,
): Promise<{ email: string; password: string } | undefined> {
  if ((await countAccounts(db)) > 0) return undefined;
  const password = randomToken(16);
  await insertAccountWithOwner(db, {
    company: 'Demo Company',
    email: DEMO_EMAIL,
    name: 'Demo Owner',
    passwordHash: await hashPassword(password),
  });
  return { email: DEMO_EMAIL, password };
}
