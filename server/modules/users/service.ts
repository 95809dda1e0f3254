import type { User } from '../../../contracts/auth';
import type { CreateUserInput, UpdateUserInput } from '../../../contracts/users';
import type { Database } from '../../db/client';
import { AppError, invalidFields, notFound } from '../../lib/app-error';
import { explainingConflicts } from '../../lib/conflicts';
import { hashPassword } from '../../lib/hash';
import { findAgentIds } from '../agents/repository';
import { toUserDto } from '../auth/dto';
import { resetPassword } from '../auth/service';
import * as repo from './repository';

export async function listUsers(db: Database, accountId: string): Promise<User[]> {
  return (await repo.listUsers(db, accountId)).map(toUserDto);
}

export async function createUser(db: Database, accountId: string, input: CreateUserInput): Promise<User> {
  const agentId = input.role === 'agent' ? await agentOfAccount(db, accountId, input.agentId) : null;
  const row = await explainingConflicts(
    async () =>
      repo.insertUser(db, {
        accountId,
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        agentId,
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
  const { password, agentId, ...rest } = input;
  const current = await repo.findUser(db, accountId, id);
  if (!current) throw notFound('User');
  const role = input.role ?? current.role;
  // Only agent users are tied to an agent; becoming one needs the agent named.
  const fields =
    role === 'agent'
      ? { ...rest, agentId: await agentOfAccount(db, accountId, agentId ?? current.agentId) }
      : { ...rest, ...(current.agentId ? { agentId: null } : {}) };
  const row = Object.keys(fields).length
    ? await repo.updateUser(db, accountId, id, fields)
    : await repo.findUser(db, accountId, id);
  if (!row) throw notFound('User');
  if (password) await resetPassword(db, row.id, password);
  return toUserDto(row);
}

export async function deleteUser(db: Database, accountId: string, id: string, actingUserId: string | null) {
  if (id === actingUserId) throw new AppError('CONFLICT', 'You cannot remove yourself');
  await assertOwnerRemains(db, accountId, id);
  await repo.deleteUser(db, accountId, id);
}
