import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { accounts } from '../../db/schema';

export async function findAccount(db: Database, accountId: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
  return row;
}

export async function renameAccount(db: Database, accountId: string, name: string) {
  const [row] = await db.update(accounts).set({ name }).where(eq(accounts.id, accountId)).returning();
  return row;
}

export async function countAccounts(db: Database) {
  return db.$count(accounts);
}
