import { createHash } from 'node:crypto';
import { toE164 } from '../../../contracts/phone';
import type { PingTags } from './decide-bid';

export type PingInput = {
  callerId: string | null;
  publisherId: string | null;
  key: string | null;
  sipOk: boolean;
  tags: PingTags;
};

const RESERVED = new Set(['cid', 'publisherid', 'key', 'sipok']);
const MAX_TAGS = 50;
const MAX_VALUE = 200;

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value).trim()
    : '';

/**
 * A ping's inputs from the query string and a JSON body together (the body wins): the caller id
 * (`CID`), `publisherId`, the publisher's `key`, `sipOk`, and every other key as a tag, lower-cased.
 */
export function readPingInput(query: unknown, body: unknown): PingInput {
  const fields = Object.entries({
    ...(query && typeof query === 'object' ? query : {}),
    ...(body && typeof body === 'object' && !Array.isArray(body) ? body : {}),
  });
  const byName = new Map(fields.map(([name, value]) => [name.toLowerCase(), text(value)]));
  const raw = byName.get('cid') ?? '';
  const tags: PingTags = {};
  for (const [name, value] of byName) {
    if (RESERVED.has(name) || !value || Object.keys(tags).length >= MAX_TAGS) continue;
    tags[name.slice(0, 60)] = value.slice(0, MAX_VALUE);
  }
  return {
    callerId: raw ? (toE164(raw) ?? null) : null,
    publisherId: byName.get('publisherid') || null,
    key: byName.get('key') || null,
    sipOk: ['true', '1', 'yes'].includes((byName.get('sipok') ?? '').toLowerCase()),
    tags,
  };
}

/** Pings and calls meet on this hash, so the caller id itself is never stored with the ping. */
export const callerHash = (e164: string) => createHash('sha256').update(e164).digest('hex');
