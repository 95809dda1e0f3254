import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { calls, postbackTokens } from '../../db/schema';

export async function findPostbackToken(db: Database, accountId: string) {
  const [row] = await db
    .select()
    .from(postbackTokens)
    .where(eq(postbackTokens.accountId, accountId))
    .limit(1);
  return row;
}

export async function findAccountByPostbackHash(db: Database, tokenHash: string) {
  const [row] = await db
    .select({ accountId: postbackTokens.accountId })
    .from(postbackTokens)
    .where(eq(postbackTokens.tokenHash, tokenHash))
    .limit(1);
  return row?.accountId;
}

export async function savePostbackToken(
  db: Database,
  values: { accountId: string; tokenHash: string; tokenSealed: string; createdAt: Date },
) {
  const [row] = await db
    .insert(postbackTokens)
    .values(values)
    .onConflictDoUpdate({
      target: postbackTokens.accountId,
      set: { tokenHash: values.tokenHash, tokenSealed: values.tokenSealed, createdAt: values.createdAt },
    })
    .returning();
  return row;
}

export async function findCallInAccount(db: Database, accountId: string, callId: string) {
  const [row] = await db
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.accountId, accountId), eq(calls.id, callId)))
    .limit(1);
  return row?.id;
}

/** The newest call of the account whose visit carried this click id (under any parameter name). */
export async function findCallByClickId(db: Database, accountId: string, clickId: string) {
  const [row] = await db
    .select({ id: calls.id })
    .from(calls)
    .where(
      and(
        eq(calls.accountId, accountId),
        sql`exists (select 1 from jsonb_each_text(${calls.clickIds}) as ids(key, value) where ids.value = ${clickId})`,
      ),
    )
    .orderBy(desc(calls.startedAt))
    .limit(1);
  return row?.id;
}
