import type { z } from 'zod';
import type { CreateNumberInput, TrackingNumber, UpdateNumberInput } from '../../../contracts/numbers';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { type TrackingNumberRow, trackingNumbers } from '../../db/schema';
import { conflict, invalidFields, notFound } from '../../lib/app-error';
import { campaignRepository } from '../campaigns/repository';
import { invalidateRouting } from '../routing/routing-cache';

export const numberRepository = accountScoped(trackingNumbers);

const toNumberDto = (row: TrackingNumberRow): TrackingNumber => ({
  id: row.id,
  phoneNumber: row.phoneNumber,
  name: row.name,
  campaignId: row.campaignId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

async function assertCampaignInAccount(
  db: Database,
  accountId: string,
  campaignId: string | null | undefined,
) {
  if (campaignId && !(await campaignRepository.find(db, accountId, campaignId))) {
    throw invalidFields([{ field: 'campaignId', message: 'No such campaign in this account' }]);
  }
}

async function saving<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('This phone number is already registered', { field: 'phoneNumber' });
    throw error;
  }
}

export async function listNumbers(db: Database, accountId: string) {
  return (await numberRepository.list(db, accountId)).map(toNumberDto);
}

export async function getNumber(db: Database, accountId: string, id: string) {
  const row = await numberRepository.find(db, accountId, id);
  if (!row) throw notFound('Number');
  return toNumberDto(row);
}

export async function createNumber(
  db: Database,
  accountId: string,
  input: z.output<typeof CreateNumberInput>,
) {
  await assertCampaignInAccount(db, accountId, input.campaignId);
  const row = await saving(() => numberRepository.insert(db, accountId, input));
  invalidateRouting(db, accountId);
  return toNumberDto(row);
}

export async function updateNumber(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateNumberInput>,
) {
  await assertCampaignInAccount(db, accountId, input.campaignId);
  const row = await saving(() => numberRepository.update(db, accountId, id, input));
  if (!row) throw notFound('Number');
  invalidateRouting(db, accountId);
  return toNumberDto(row);
}

export async function deleteNumber(db: Database, accountId: string, id: string) {
  if (!(await numberRepository.remove(db, accountId, id))) throw notFound('Number');
  invalidateRouting(db, accountId);
}
