import type { User } from '../../../contracts/auth';
import type { Role } from '../../../contracts/common';
import type { CreateUserInput, UpdateUserInput } from '../../../contracts/users';
import type { Database } from '../../db/client';
import { AppError, invalidFields, notFound } from '../../lib/app-error';
import { explainingConflicts } from '../../lib/conflicts';
import { hashPassword } from '../../lib/hash';
import { findAgentIds } from '../agents/repository';
import { toUserDto } from '../auth/dto';
import { resetPassword } from '../auth/service';
import { assertPublisher } from '../publishers/service';
import * as repo from './repository';

export async function listUsers(db: Database, accountId: string): Promise<User[]> {
  return (await repo.listUsers(db, accountId)).map(toUserDto);
}

export async function createUser(db: Database, accountId: string, input: CreateUserInput): Promise<User> {
  const links = await linksOf(db, accountId, input.role, input);
  const row = await explainingConflicts(
    async () =>
      repo.insertUser(db, {
        accountId,
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        ...links,
        passwordHash: await hashPassword(input.password),
      }),
    { unique: { message: 'A user with this email already exists', field: 'email' } },
  );
  return toUserDto(row);
}

async function agentOfAccount(db: Database, accountId: string, agentId: string | null | undefined) {
  const [agent] = agentId ? await findAgentIds(db, accountId, [agentId]) : [];
  if (!agent) throw invalidFields([{ field: 'agentId', message: 'Choose one of your agents' }]);
  return agent.id;
}

/** An account always keeps at least one owner, or nobody could manage it again. */
async function assertOwnerRemains(db: Database, accountId: string, userId: string) {
  const user = await repo.findUser(db, accountId, userId);
  if (!user) throw notFound('User');
  if (user.role === 'owner' && (await repo.countOwners(db, accountId)) <= 1) {
    throw new AppError('CONFLICT', 'The account needs at least one owner');
  }
}

export async function updateUser(
  db: Database,
  accountId: string,
  id: string,
  input: UpdateUserInput,
): Promise<User> {
  if (input.role && input.role !== 'owner') await assertOwnerRemains(db, accountId, id);
  const { password, ...fields } = await withLinks(db, accountId, id, input);
  const row = Object.keys(fields).length
    ? await repo.updateUser(db, accountId, id, fields)
    : await repo.findUser(db, accountId, id);
  if (!row) throw notFound('User');
  if (password) await resetPassword(db, row.id, password);
  return toUserDto(row);
}

/**
 * A publisher user is tied to exactly one publisher of the account and an agent user to one agent;
 * other roles to neither.
 */
async function linksOf(
  db: Database,
  accountId: string,
  role: Role,
  wanted: { publisherId?: string | null; agentId?: string | null },
): Promise<{ publisherId: string | null; agentId: string | null }> {
  const publisherId = role === 'publisher' ? (wanted.publisherId ?? null) : null;
  if (role === 'publisher' && !publisherId)
    throw invalidFields([{ field: 'publisherId', message: 'Choose the publisher this user works for' }]);
  await assertPublisher(db, accountId, publisherId, 'publisherId');
  const agentId = role === 'agent' ? await agentOfAccount(db, accountId, wanted.agentId) : null;
  return { publisherId, agentId };
}

async function withLinks(db: Database, accountId: string, id: string, input: UpdateUserInput) {
  if (input.role === undefined && input.publisherId === undefined && input.agentId === undefined)
    return input;
  const current = await repo.findUser(db, accountId, id);
  if (!current) throw notFound('User');
  const links = await linksOf(db, accountId, input.role ?? current.role, {
    publisherId: input.publisherId ?? current.publisherId,
    agentId: input.agentId ?? current.agentId,
  });
  return { ...input, ...links };
}

export async function deleteUser(db: Database, accountId: string, id: string, actingUserId: string | null) {
  if (id === actingUserId) throw new AppError('CONFLICT', 'You cannot remove yourself');
  await assertOwnerRemains(db, accountId, id);
  await repo.deleteUser(db, accountId, id);
}
