import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { RouterTargetEntry } from '../../../contracts/rtb';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import { rtbRouters, rtbRouterTargets, rtbTargets } from '../../db/schema';

export const rtbTargetRepository = accountScoped(rtbTargets);
export const rtbRouterRepository = accountScoped(rtbRouters);

export async function listRouterEntries(db: Database, accountId: string, routerIds: string[]) {
  if (!routerIds.length) return [];
  return db
    .select()
    .from(rtbRouterTargets)
    .where(and(eq(rtbRouterTargets.accountId, accountId), inArray(rtbRouterTargets.routerId, routerIds)))
    .orderBy(asc(rtbRouterTargets.position));
}

export async function replaceRouterEntries(
  db: Database,
  accountId: string,
  routerId: string,
  entries: z.output<typeof RouterTargetEntry>[],
) {
  await db
    .delete(rtbRouterTargets)
    .where(and(eq(rtbRouterTargets.accountId, accountId), eq(rtbRouterTargets.routerId, routerId)));
  if (!entries.length) return;
  await db
    .insert(rtbRouterTargets)
    .values(entries.map((entry, position) => ({ ...entry, position, routerId, accountId })));
}

export async function findRtbTargetIds(db: Database, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: rtbTargets.id })
    .from(rtbTargets)
    .where(and(eq(rtbTargets.accountId, accountId), inArray(rtbTargets.id, ids)));
}
