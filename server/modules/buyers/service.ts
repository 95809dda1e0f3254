import type { z } from 'zod';
import type { Buyer, CreateBuyerInput, UpdateBuyerInput } from '../../../contracts/buyers';
import type { Database } from '../../db/client';
import { isForeignKeyViolation } from '../../db/errors';
import type { BuyerRow } from '../../db/schema';
import { conflict, notFound } from '../../lib/app-error';
import { configurationChanged } from '../configuration-changed';
import { buyerRepository } from './repository';

const toBuyerDto = (row: BuyerRow): Buyer => ({
  id: row.id,
  name: row.name,
  company: row.company,
  email: row.email,
  phone: row.phone,
  status: row.status,
  notes: row.notes,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listBuyers(db: Database, accountId: string) {
  return (await buyerRepository.list(db, accountId)).map(toBuyerDto);
}

export async function getBuyer(db: Database, accountId: string, id: string) {
  const row = await buyerRepository.find(db, accountId, id);
  if (!row) throw notFound('Buyer');
  return toBuyerDto(row);
}

export async function createBuyer(db: Database, accountId: string, input: z.output<typeof CreateBuyerInput>) {
  return toBuyerDto(await buyerRepository.insert(db, accountId, input));
}

export async function updateBuyer(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateBuyerInput>,
) {
  const row = await buyerRepository.update(db, accountId, id, input);
  if (!row) throw notFound('Buyer');
  configurationChanged(db, accountId);
  return toBuyerDto(row);
}

export async function deleteBuyer(db: Database, accountId: string, id: string) {
  try {
    if (!(await buyerRepository.remove(db, accountId, id))) throw notFound('Buyer');
  } catch (error) {
    if (isForeignKeyViolation(error)) throw conflict('Delete or move this buyer’s targets first');
    throw error;
  }
}
