import { randomBytes } from 'node:crypto';
import { integer, text, timestamp } from 'drizzle-orm/pg-core';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Random base62 string; 16 characters carry ~95 bits, enough for ids that must not be guessed. */
export function randomToken(length = 16): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    // 248 = 62 * 4: dropping higher bytes keeps every character equally likely.
    if (bytes[i] < 248) out += ALPHABET[bytes[i] % 62];
  }
  return out.length === length ? out : randomToken(length);
}

/** Prefixed ids (`cmp_…`) say what they point at in logs and URLs. */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(16)}`;
}

export const idColumn = (prefix: string) =>
  text('id')
    .primaryKey()
    .$defaultFn(() => newId(prefix));

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** The usage columns shared by targets and RTB bidders (see target_usage): one shape, one claim. */
export const usageColumns = () => ({
  live: integer('live').notNull().default(0),
  hourBucket: text('hour_bucket'),
  hourCount: integer('hour_count').notNull().default(0),
  dayBucket: text('day_bucket'),
  dayCount: integer('day_count').notNull().default(0),
  monthBucket: text('month_bucket'),
  monthCount: integer('month_count').notNull().default(0),
  total: integer('total').notNull().default(0),
});
