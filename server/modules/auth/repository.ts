import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { accounts, sessions, users } from '../../db/schema';

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return user;
}

export async function insertAccountWithOwner(
  db: Database,
  input: { company: string; email: string; name?: string; passwordHash: string },
) {
  return db.transaction(async (tx) => {
    const [account] = await tx.insert(accounts).values({ name: input.company }).returning();
    const [user] = await tx
      .insert(users)
      .values({
        accountId: account.id,
        email: input.email,
        name: input.name ?? null,
        passwordHash: input.passwordHash,
        role: 'owner',
      })
      .returning();
    return { account, user };
  });
}

export async function insertSession(db: Database, session: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(session);
}

export async function deleteSession(db: Database, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteExpiredSessions(db: Database, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** One query: the session, its user and account, so each request costs a single round trip. */
export async function findLiveSession(db: Database, sessionId: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users, account: accounts })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)))
    .limit(1);
  return row;
}

export async function findUserById(db: Database, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return user;
}

export async function setPasswordHash(db: Database, userId: string, passwordHash: string) {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** Ends every session of a user but one (the one changing the password keeps working). */
export async function deleteSessionsOfUser(db: Database, userId: string, keepSessionId?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepSessionId ? ne(sessions.id, keepSessionId) : undefined));
}
