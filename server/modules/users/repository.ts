import { and, asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { users } from '../../db/schema';

const inAccount = (accountId: string, id: string) => and(eq(users.accountId, accountId), eq(users.id, id));

export async function listUsers(db: Database, accountId: string) {
  return db.select().from(users).where(eq(users.accountId, accountId)).orderBy(asc(users.createdAt));
}

export async function findUser(db: Database, accountId: string, id: string) {
  const [row] = await db.select().from(users).where(inAccount(accountId, id)).limit(1);
  return row;
}

export async function insertUser(db: Database, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row;
}

export async function updateUser(
  db: Database,
  accountId: string,
  id: string,
  values: Partial<Pick<typeof users.$inferInsert, 'name' | 'role' | 'agentId'>>,
) {
  const [row] = await db.update(users).set(values).where(inAccount(accountId, id)).returning();
  return row;
}

export async function deleteUser(db: Database, accountId: string, id: string) {
  await db.delete(users).where(inAccount(accountId, id));
}

export async function countOwners(db: Database, accountId: string) {
  const [row] = await db
    .select({ owners: count() })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.role, 'owner')));
  return row.owners;
}
