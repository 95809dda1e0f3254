import type { Account, User } from '../../../contracts/auth';
import type { AccountRow, UserRow } from '../../db/schema';

export const toUserDto = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  publisherId: row.publisherId,
  agentId: row.agentId,
  createdAt: row.createdAt.toISOString(),
});

export const toAccountDto = (row: AccountRow): Account => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
});
