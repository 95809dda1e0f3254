import type { LoginInput, RegisterInput, SessionInfo } from '../../../contracts/auth';
import type { Database } from '../../db/client';
import { randomToken } from '../../db/columns';
import { AppError, invalidFields } from '../../lib/app-error';
import { explainingConflicts } from '../../lib/conflicts';
import { hashPassword, sha256, verifyPassword } from '../../lib/hash';
import { toAccountDto, toUserDto } from './dto';
import type { LoginThrottle } from './login-throttle';
import * as repo from './repository';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

export type NewSession = { token: string; expiresAt: Date; info: SessionInfo };

async function startSession(
  db: Database,
  userId: string,
  accountId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken(43);
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await repo.insertSession(db, { id: sha256(token), userId, accountId, expiresAt });
  return { token, expiresAt };
}

export async function register(db: Database, input: RegisterInput): Promise<NewSession> {
  const passwordHash = await hashPassword(input.password);
  const { account, user } = await explainingConflicts(
    () => repo.insertAccountWithOwner(db, { ...input, passwordHash }),
    { unique: { message: 'An account with this email already exists', field: 'email' } },
  );
  const session = await startSession(db, user.id, account.id);
  return { ...session, info: { user: toUserDto(user), account: toAccountDto(account) } };
}

// A constant hash to verify against when the email is unknown, so timing does not reveal which emails exist.
const decoyHash = hashPassword(randomToken(20));

export async function login(
  db: Database,
  input: LoginInput,
  context: { throttle: LoginThrottle; clientKey: string },
): Promise<NewSession> {
  const throttleKey = `${input.email}|${context.clientKey}`;
  const retryAfter = context.throttle.retryAfterSeconds(throttleKey);
  if (retryAfter > 0) {
    throw new AppError(
      'RATE_LIMITED',
      `Too many failed sign-in attempts. Try again in ${retryAfter} seconds.`,
      {
        retryAfterSeconds: retryAfter,
      },
    );
  }
  const user = await repo.findUserByEmail(db, input.email);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid) {
    context.throttle.recordFailure(throttleKey);
    throw new AppError('UNAUTHORIZED', 'Email or password is incorrect');
  }
  context.throttle.reset(throttleKey);
  const session = await startSession(db, user.id, user.accountId);
  const found = await repo.findLiveSession(db, sha256(session.token), new Date());
  return { ...session, info: { user: toUserDto(found.user), account: toAccountDto(found.account) } };
}

export async function logout(db: Database, token: string): Promise<void> {
  await repo.deleteSession(db, sha256(token));
}

export async function resolveSession(db: Database, token: string) {
  return repo.findLiveSession(db, sha256(token), new Date());
}

/** Changes the signed-in user's password; every other session of theirs ends. */
export async function changePassword(
  db: Database,
  user: { userId: string; sessionToken: string | undefined },
  input: { currentPassword: string; newPassword: string },
) {
  const row = await repo.findUserById(db, user.userId);
  if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash))) {
    throw invalidFields([{ field: 'currentPassword', message: 'This is not your current password' }]);
  }
  await repo.setPasswordHash(db, user.userId, await hashPassword(input.newPassword));
  await repo.deleteSessionsOfUser(db, user.userId, user.sessionToken ? sha256(user.sessionToken) : undefined);
}

/** An owner sets someone's password: all of that user's sessions end. */
export async function resetPassword(db: Database, userId: string, password: string) {
  await repo.setPasswordHash(db, userId, await hashPassword(password));
  await repo.deleteSessionsOfUser(db, userId);
}
