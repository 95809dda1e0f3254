import { and, asc, desc, eq, exists, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { assistantConversations as conversations, assistantMessages as messages } from '../../db/schema';

/** Whose conversations: a person, or (API keys, `userId` null) the account's keys together. */
export type Owner = { accountId: string; userId: string | null };

const ownedBy = (owner: Owner) =>
  and(
    eq(conversations.accountId, owner.accountId),
    owner.userId === null ? isNull(conversations.userId) : eq(conversations.userId, owner.userId),
  );

export async function listConversations(db: Database, owner: Owner) {
  return db
    .select()
    .from(conversations)
    .where(ownedBy(owner))
    .orderBy(desc(conversations.updatedAt))
    .limit(100);
}

export async function findConversation(db: Database, owner: Owner, id: string) {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(ownedBy(owner), eq(conversations.id, id)))
    .limit(1);
  return row;
}

export async function insertConversation(db: Database, owner: Owner, title: string) {
  const [row] = await db
    .insert(conversations)
    .values({ ...owner, title })
    .returning();
  return row;
}

export async function touchConversation(db: Database, id: string, at: Date) {
  await db.update(conversations).set({ updatedAt: at }).where(eq(conversations.id, id));
}

export async function deleteConversation(db: Database, owner: Owner, id: string) {
  const rows = await db
    .delete(conversations)
    .where(and(ownedBy(owner), eq(conversations.id, id)))
    .returning({ id: conversations.id });
  return rows.length > 0;
}

export async function listMessages(db: Database, conversationId: string) {
  return (
    db
      .select()
      .from(messages)
      .where(eq(messages.conversationId, conversationId))
      // A question and its answer can share a timestamp; the question comes first.
      .orderBy(asc(messages.createdAt), desc(messages.role))
  );
}

export async function insertMessage(db: Database, values: typeof messages.$inferInsert) {
  const [row] = await db.insert(messages).values(values).returning();
  return row;
}

/** Rates an answer in one of the owner's conversations; undefined when there is no such answer. */
export async function setFeedback(
  db: Database,
  owner: Owner,
  messageId: string,
  rating: 'up' | 'down' | null,
) {
  const [row] = await db
    .update(messages)
    .set({ feedback: rating, feedbackAt: rating ? new Date() : null })
    .where(
      and(
        eq(messages.id, messageId),
        eq(messages.accountId, owner.accountId),
        eq(messages.role, 'assistant'),
        exists(
          db
            .select({ id: conversations.id })
            .from(conversations)
            .where(and(eq(conversations.id, messages.conversationId), ownedBy(owner))),
        ),
      ),
    )
    .returning();
  return row;
}
