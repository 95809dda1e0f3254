import { describe, expect, it } from 'vitest';
import { type HeldSession, PoolAllocator, type Visit } from './pool-allocator';

const visit: Visit = {
  landingPage: 'https://example.com/',
  referrer: null,
  utmSource: 'google',
  utmMedium: null,
  utmCampaign: null,
  utmTerm: null,
  utmContent: null,
  clickIds: {},
  geo: null,
};
const numbers = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `num_${i}`,
    phoneNumber: `+1415555${String(i).padStart(4, '0')}`,
  }));
const minutes = (n: number) => n * 60_000;
const at = (offsetMinutes: number) => new Date(Date.UTC(2026, 10, 23, 12, 0) + minutes(offsetMinutes));
let counter = 0;
const newId = () => `v_${++counter}`;

function allocator(
  count: number,
  onExhausted: 'reuse_oldest' | 'show_default' = 'reuse_oldest',
  loaded: HeldSession[] = [],
) {
  return new PoolAllocator({ ttlMs: minutes(30), onExhausted, numbers: numbers(count) }, loaded);
}

describe('PoolAllocator', () => {
  it('gives each new visitor a different free number and keeps it for the session', () => {
    const pool = allocator(3);
    const a = pool.touch(null, at(0), visit, newId);
    const b = pool.touch(null, at(0), visit, newId);
    expect(a.numberId).not.toBe(b.numberId);
    const again = pool.touch(a.id, at(10), visit, newId);
    expect(again).toBe(a);
    expect(again.numberId).toBe(a.numberId);
    expect(again.expiresAt).toEqual(at(40));
  });

  it('frees a number when its session expires, and reuses the one free the longest', () => {
    const pool = allocator(2);
    const a = pool.touch(null, at(0), visit, newId);
    const b = pool.touch(null, at(5), visit, newId);
    // a expires at 30, b at 35: at 36 both are free; a's number has been free longer.
    const c = pool.touch(null, at(36), visit, newId);
    expect(c.numberId).toBe(a.numberId);
    expect(c.collision).toBe(false);
    expect(pool.touch(null, at(36), visit, newId).numberId).toBe(b.numberId);
  });

  it('a returning visitor whose number went to someone else gets another one', () => {
    const pool = allocator(2);
    const a = pool.touch(null, at(0), visit, newId);
    pool.touch(null, at(1), visit, newId); // holds the other number until 31
    const b = pool.touch(null, at(31), visit, newId); // takes a's expired number (free longest)
    expect(b.numberId).toBe(a.numberId);
    const back = pool.touch(a.id, at(32), visit, newId);
    expect(back.id).toBe(a.id);
    expect(back.numberId).not.toBe(b.numberId);
    expect(back.visit.utmSource).toBe('google');
  });

  it('keeps the number for a returning visitor after expiry when nobody took it', () => {
    const pool = allocator(2);
    const a = pool.touch(null, at(0), visit, newId);
    const first = a.numberId;
    expect(pool.touch(a.id, at(45), visit, newId).numberId).toBe(first);
  });

  it('when exhausted, reuses the number of the least recently seen visitor and records a collision', () => {
    const pool = allocator(2);
    const a = pool.touch(null, at(0), visit, newId);
    const b = pool.touch(null, at(1), visit, newId);
    pool.touch(a.id, at(2), visit, newId); // a is active again; b is now the oldest
    const c = pool.touch(null, at(3), visit, newId);
    expect(c.numberId).toBe(b.numberId);
    expect(c.collision).toBe(true);
  });

  it('with show_default, an exhausted pool gives no number', () => {
    const pool = allocator(1, 'show_default');
    pool.touch(null, at(0), visit, newId);
    const late = pool.touch(null, at(1), visit, newId);
    expect(late.numberId).toBeNull();
    expect(pool.numberOf(late)).toBeNull();
  });

  it('500 simultaneous new sessions on a 50-number pool never share a number while one is free', () => {
    const pool = allocator(50);
    const sessions = Array.from({ length: 500 }, () => pool.touch(null, at(0), visit, newId));
    const firstFifty = sessions.slice(0, 50).map((s) => s.numberId);
    expect(new Set(firstFifty).size).toBe(50);
    expect(sessions.slice(0, 50).every((s) => !s.collision)).toBe(true);
    expect(sessions.slice(50).every((s) => s.collision)).toBe(true);
  });

  it('attributes a call to the session holding the number at that moment', () => {
    const pool = allocator(1);
    const a = pool.touch(null, at(0), visit, newId);
    expect(pool.holderAt(a.numberId!, at(10))?.id).toBe(a.id);
    expect(pool.holderAt(a.numberId!, at(31))).toBeUndefined();
    expect(pool.holderAt(a.numberId!, at(-1))).toBeUndefined();
  });

  it('restores holders from loaded sessions (after a restart)', () => {
    const held: HeldSession = {
      id: 'v_saved',
      numberId: 'num_0',
      collision: false,
      firstSeenAt: at(0),
      lastSeenAt: at(5),
      expiresAt: at(35),
      visit,
    };
    const pool = allocator(2, 'reuse_oldest', [held]);
    expect(pool.touch('v_saved', at(6), visit, newId).numberId).toBe('num_0');
    expect(pool.touch(null, at(6), visit, newId).numberId).toBe('num_1');
  });
});
