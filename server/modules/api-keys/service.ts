import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from '../../../contracts/api-keys';
import type { Database } from '../../db/client';
import { randomToken } from '../../db/columns';
import type { ApiKeyRow } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import { sha256 } from '../../lib/hash';
import * as repo from './repository';

const KEY_PREFIX = 'ccp_';
const VISIBLE_PREFIX_LENGTH = 12;
// Writing lastUsedAt on every request would turn each read into a write; a minute's precision is enough.
const TOUCH_INTERVAL_MS = 60_000;

const toApiKeyDto = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

export async function listApiKeys(db: Database, accountId: string): Promise<ApiKey[]> {
  return (await repo.listApiKeys(db, accountId)).map(toApiKeyDto);
}

export async function createApiKey(
  db: Database,
  scope: { accountId: string; userId: string | null },
  input: CreateApiKeyInput,
): Promise<CreatedApiKey> {
  const key = `${KEY_PREFIX}${randomToken(40)}`;
  const row = await repo.insertApiKey(db, {
    accountId: scope.accountId,
    createdByUserId: scope.userId,
    name: input.name,
    prefix: key.slice(0, VISIBLE_PREFIX_LENGTH),
    keyHash: sha256(key),
  });
  return { ...toApiKeyDto(row), key };
}

export async function revokeApiKey(db: Database, accountId: string, id: string): Promise<void> {
  if (!(await repo.deleteApiKey(db, accountId, id))) throw notFound('API key');
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(KEY_PREFIX) && value.length < 200;
}

export async function resolveApiKey(db: Database, key: string) {
  const found = await repo.findApiKeyByHash(db, sha256(key));
  if (!found) return undefined;
  const now = new Date();
  if (!found.key.lastUsedAt || now.getTime() - found.key.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await repo.touchApiKey(db, found.key.id, now);
  }
  return found;
}
