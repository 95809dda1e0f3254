import type { z } from 'zod';
import type { CreatePoolInput, Pool, PoolStats, UpdatePoolInput } from '../../../contracts/pools';
import type { Database } from '../../db/client';
import type { PoolRow } from '../../db/schema';
import { conflict, invalidFields, notFound } from '../../lib/app-error';
import { explainingConflicts } from '../../lib/conflicts';
import { campaignRepository } from '../campaigns/repository';
import { configurationChanged } from '../configuration-changed';
import * as repo from './repository';

const toPoolDto = (row: PoolRow, numbers: string[]): Pool => ({
  id: row.id,
  name: row.name,
  campaignId: row.campaignId,
  numbers,
  sessionTtlMinutes: row.sessionTtlMinutes,
  onExhausted: row.onExhausted,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

async function withNumbers(db: Database, accountId: string, rows: PoolRow[]) {
  const numbers = await repo.listPoolNumbers(
    db,
    accountId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toPoolDto(
      row,
      numbers.filter((n) => n.poolId === row.id).map((n) => n.id),
    ),
  );
}

/** Numbers must be the account's, and neither in another pool nor routed directly to a campaign. */
async function checkNumbers(db: Database, accountId: string, poolId: string | null, numberIds: string[]) {
  const found = await repo.findNumbersByIds(db, accountId, numberIds);
  const known = new Set(found.map((n) => n.id));
  const unknown = numberIds.findIndex((id) => !known.has(id));
  if (unknown >= 0)
    throw invalidFields([{ field: `numbers.${unknown}`, message: 'No such number in this account' }]);
  const unavailable = await repo.findUnavailableForPool(db, accountId, poolId, numberIds);
  if (unavailable.length) {
    const list = unavailable.map((n) => n.phoneNumber).join(', ');
    throw conflict(`Already in another pool or assigned to a campaign: ${list}`, { field: 'numbers' });
  }
}

const saving = <T>(write: () => Promise<T>) =>
  explainingConflicts(write, { unique: { message: 'A pool with this name already exists', field: 'name' } });

export async function listPools(db: Database, accountId: string) {
  return withNumbers(db, accountId, await repo.poolRepository.list(db, accountId));
}

export async function getPool(db: Database, accountId: string, id: string) {
  const row = await repo.poolRepository.find(db, accountId, id);
  if (!row) throw notFound('Pool');
  return (await withNumbers(db, accountId, [row]))[0];
}

export async function createPool(db: Database, accountId: string, input: z.output<typeof CreatePoolInput>) {
  const { numbers = [], ...fields } = input;
  await campaignRepository.assertReference(db, accountId, fields.campaignId, 'campaignId', 'campaign');
  await checkNumbers(db, accountId, null, numbers);
  const id = await saving(() =>
    db.transaction(async (tx) => {
      const row = await repo.poolRepository.insert(tx, accountId, fields);
      await repo.replacePoolNumbers(tx, accountId, row.id, numbers);
      return row.id;
    }),
  );
  configurationChanged(db, accountId);
  return getPool(db, accountId, id);
}

export async function updatePool(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdatePoolInput>,
) {
  if (!(await repo.poolRepository.find(db, accountId, id))) throw notFound('Pool');
  const { numbers, ...fields } = input;
  await campaignRepository.assertReference(db, accountId, fields.campaignId, 'campaignId', 'campaign');
  if (numbers) await checkNumbers(db, accountId, id, numbers);
  await saving(() =>
    db.transaction(async (tx) => {
      if (Object.keys(fields).length) await repo.poolRepository.update(tx, accountId, id, fields);
      if (numbers) await repo.replacePoolNumbers(tx, accountId, id, numbers);
    }),
  );
  configurationChanged(db, accountId);
  return getPool(db, accountId, id);
}

/** A pool behind a live website's tag cannot vanish silently: its tags go first. */
export async function deletePool(db: Database, accountId: string, id: string) {
  if ((await repo.countTagsOfPool(db, accountId, id)) > 0) {
    throw conflict('Delete or move this pool’s tracking tags first; websites use them');
  }
  if (!(await repo.poolRepository.remove(db, accountId, id))) throw notFound('Pool');
  configurationChanged(db, accountId);
}

/** The pool page: numbers held right now, assignments and collisions, calls per number. */
export async function getPoolStats(
  db: Database,
  accountId: string,
  id: string,
  now: Date,
): Promise<PoolStats> {
  const pool = await getPool(db, accountId, id);
  const [numbers, activity, sessions, holders] = await Promise.all([
    repo.listPoolNumbers(db, accountId, [id]),
    repo.numberActivity(db, id),
    repo.recentSessions(db, id, 50),
    repo.liveHolders(db, id, now),
  ]);
  const holder = new Map(holders.map((h) => [h.numberId, h]));
  const perNumber = numbers.map((n) => {
    const sessionsOf = activity.sessionsPerNumber.find((a) => a.numberId === n.id);
    const held = holder.get(n.id);
    return {
      numberId: n.id,
      phoneNumber: n.phoneNumber,
      inUse: !!held,
      sessionId: held?.id ?? null,
      heldUntil: held?.expiresAt.toISOString() ?? null,
      assignments: Number(sessionsOf?.assignments ?? 0),
      collisions: Number(sessionsOf?.collisions ?? 0),
      calls: Number(activity.callsPerNumber.find((c) => c.numberId === n.id)?.calls ?? 0),
    };
  });
  const inUse = perNumber.filter((n) => n.inUse).length;
  return {
    poolId: pool.id,
    numbersInUse: inUse,
    numbersTotal: perNumber.length,
    utilization: perNumber.length ? inUse / perNumber.length : 0,
    assignments: perNumber.reduce((sum, n) => sum + n.assignments, 0),
    collisions: perNumber.reduce((sum, n) => sum + n.collisions, 0),
    numbers: perNumber,
    recentSessions: sessions.map(({ session, phoneNumber }) => ({
      id: session.id,
      phoneNumber,
      collision: session.collision,
      landingPage: session.landingPage,
      utmSource: session.utmSource,
      firstSeenAt: session.firstSeenAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
    })),
  };
}
