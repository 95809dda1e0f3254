import type { z } from 'zod';
import type {
  CreateRtbRouterInput,
  RouterTargetEntry,
  RtbRouter,
  UpdateRtbRouterInput,
} from '../../../contracts/rtb';
import type { Database } from '../../db/client';
import type { RtbRouterRow } from '../../db/schema';
import { invalidFields, notFound } from '../../lib/app-error';
import * as repo from './repository';

type Entries = z.output<typeof RouterTargetEntry>[];

const toRouterDto = (row: RtbRouterRow, entries: Entries): RtbRouter => ({
  id: row.id,
  name: row.name,
  reserveCents: row.reserveCents,
  auctionTimeoutMs: row.auctionTimeoutMs,
  requireCallerId: row.requireCallerId,
  targets: entries,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

async function withEntries(db: Database, accountId: string, rows: RtbRouterRow[]) {
  const entries = await repo.listRouterEntries(
    db,
    accountId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toRouterDto(
      row,
      entries
        .filter((e) => e.routerId === row.id)
        .map(({ rtbTargetId, priority, weight }) => ({ rtbTargetId, priority, weight })),
    ),
  );
}

async function checkEntries(db: Database, accountId: string, entries: Entries) {
  const known = new Set(
    (
      await repo.findRtbTargetIds(
        db,
        accountId,
        entries.map((e) => e.rtbTargetId),
      )
    ).map((t) => t.id),
  );
  const errors = entries.flatMap((entry, index) =>
    known.has(entry.rtbTargetId)
      ? []
      : [{ field: `targets.${index}.rtbTargetId`, message: 'No such RTB target in this account' }],
  );
  if (errors.length) throw invalidFields(errors);
}

export async function listRtbRouters(db: Database, accountId: string) {
  return withEntries(db, accountId, await repo.rtbRouterRepository.list(db, accountId));
}

export async function getRtbRouter(db: Database, accountId: string, id: string) {
  const row = await repo.rtbRouterRepository.find(db, accountId, id);
  if (!row) throw notFound('RTB router');
  return (await withEntries(db, accountId, [row]))[0];
}

export async function createRtbRouter(
  db: Database,
  accountId: string,
  input: z.output<typeof CreateRtbRouterInput>,
) {
  const { targets = [], ...fields } = input;
  await checkEntries(db, accountId, targets);
  const id = await db.transaction(async (tx) => {
    const row = await repo.rtbRouterRepository.insert(tx, accountId, fields);
    await repo.replaceRouterEntries(tx, accountId, row.id, targets);
    return row.id;
  });
  return getRtbRouter(db, accountId, id);
}

export async function updateRtbRouter(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateRtbRouterInput>,
) {
  await getRtbRouter(db, accountId, id);
  const { targets, ...fields } = input;
  if (targets) await checkEntries(db, accountId, targets);
  await db.transaction(async (tx) => {
    if (Object.keys(fields).length) await repo.rtbRouterRepository.update(tx, accountId, id, fields);
    if (targets) await repo.replaceRouterEntries(tx, accountId, id, targets);
  });
  return getRtbRouter(db, accountId, id);
}

export async function deleteRtbRouter(db: Database, accountId: string, id: string) {
  if (!(await repo.rtbRouterRepository.remove(db, accountId, id))) throw notFound('RTB router');
}
