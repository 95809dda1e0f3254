import type { z } from 'zod';
import type { CreateTargetInput, Target, UpdateTargetInput } from '../../../contracts/targets';
import type { Database } from '../../db/client';
import type { TargetRow } from '../../db/schema';
import { invalidFields, notFound } from '../../lib/app-error';
import { buyerRepository } from '../buyers/repository';
import { configurationChanged } from '../configuration-changed';
import { targetRepository } from './repository';

export const toTargetDto = (row: TargetRow): Target => ({
  id: row.id,
  buyerId: row.buyerId,
  name: row.name,
  destination: row.destination,
  sipHeaders: row.sipHeaders ?? null,
  status: row.status,
  timezone: row.timezone,
  schedule: row.schedule ?? null,
  caps: row.caps,
  capCounts: row.capCounts,
  revenueCents: row.revenueCents,
  conversionSeconds: row.conversionSeconds,
  dialTimeoutSeconds: row.dialTimeoutSeconds,
  callerIdPolicy: row.callerIdPolicy,
  callerIdNumber: row.callerIdNumber,
  criteria: row.criteria,
  notes: row.notes,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listTargets(db: Database, accountId: string) {
  return (await targetRepository.list(db, accountId)).map(toTargetDto);
}

export async function getTarget(db: Database, accountId: string, id: string) {
  const row = await targetRepository.find(db, accountId, id);
  if (!row) throw notFound('Target');
  return toTargetDto(row);
}

export async function createTarget(
  db: Database,
  accountId: string,
  input: z.output<typeof CreateTargetInput>,
) {
  await buyerRepository.assertReference(db, accountId, input.buyerId, 'buyerId', 'buyer');
  return toTargetDto(await targetRepository.insert(db, accountId, input));
}

export async function updateTarget(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateTargetInput>,
) {
  const existing = await targetRepository.find(db, accountId, id);
  if (!existing) throw notFound('Target');
  await buyerRepository.assertReference(db, accountId, input.buyerId, 'buyerId', 'buyer');
  const policy = input.callerIdPolicy ?? existing.callerIdPolicy;
  const callerIdNumber = input.callerIdNumber === undefined ? existing.callerIdNumber : input.callerIdNumber;
  if (policy === 'fixed' && !callerIdNumber) {
    throw invalidFields([
      { field: 'callerIdNumber', message: 'A fixed caller id policy needs a callerIdNumber' },
    ]);
  }
  const row = await targetRepository.update(db, accountId, id, input);
  configurationChanged(db, accountId);
  return toTargetDto(row!);
}

export async function deleteTarget(db: Database, accountId: string, id: string) {
  if (!(await targetRepository.remove(db, accountId, id))) throw notFound('Target');
  configurationChanged(db, accountId);
}
