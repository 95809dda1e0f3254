import { describe, expect, it } from 'vitest';
import type { Caps, Criteria } from '../../../contracts/targets';
import {
  type Caller,
  type PlanEntry,
  type RoutableTarget,
  type SelectTargetsInput,
  selectTargets,
  type TargetUsage,
} from './select-targets';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
/** Wednesday 2026-03-04 09:30 in New York (EST), 06:30 in Los Angeles. */
const NOW = new Date('2026-03-04T14:30:00Z');

/** Deterministic PRNG so the weighted tests never depend on Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function target(id: string, overrides: Partial<RoutableTarget> = {}): RoutableTarget {
  return {
    id,
    name: `Target ${id}`,
    status: 'active',
    buyerStatus: 'active',
    timezone: NY,
    schedule: null,
    caps: {},
    criteria: {},
    ...overrides,
  };
}

const entry = (t: RoutableTarget, priority = 1, weight = 1): PlanEntry => ({ target: t, priority, weight });

function select(
  input: Partial<SelectTargetsInput<RoutableTarget>> & Pick<SelectTargetsInput<RoutableTarget>, 'plan'>,
) {
  return selectTargets({
    strategy: 'weighted',
    now: NOW,
    caller: {},
    usage: new Map(),
    roundRobinTurn: 0,
    random: mulberry32(1),
    ...input,
  });
}

const ids = (selection: { candidates: PlanEntry[] }) => selection.candidates.map((e) => e.target.id);
const reasons = (selection: { skipped: { entry: PlanEntry; skip: { reason: string } }[] }) =>
  selection.skipped.map((s) => [s.entry.target.id, s.skip.reason]);

describe('selectTargets', () => {
  it('returns nothing for an empty plan', () => {
    expect(select({ plan: [] })).toEqual({ candidates: [], skipped: [] });
    expect(select({ plan: [], strategy: 'round_robin', roundRobinTurn: 5 })).toEqual({
      candidates: [],
      skipped: [],
    });
  });

  describe('ordering', () => {
    it('tries priority 1 first, then 2, then 3, whatever the plan order and weights', () => {
      const plan = [entry(target('p3'), 3, 100), entry(target('p1'), 1, 1), entry(target('p2'), 2, 100)];
      for (let seed = 1; seed <= 20; seed++) {
        expect(ids(select({ plan, random: mulberry32(seed) }))).toEqual(['p1', 'p2', 'p3']);
        expect(ids(select({ plan, strategy: 'round_robin', roundRobinTurn: seed }))).toEqual([
          'p1',
          'p2',
          'p3',
        ]);
      }
    });

    it('keeps lower priorities as fallbacks after the whole first priority', () => {
      const plan = [
        entry(target('b1'), 2),
        entry(target('a1'), 1),
        entry(target('a2'), 1),
        entry(target('b2'), 2),
      ];
      const order = ids(select({ plan }));
      expect(order.slice(0, 2).sort()).toEqual(['a1', 'a2']);
      expect(order.slice(2).sort()).toEqual(['b1', 'b2']);
    });

    it('picks weighted first choices in proportion to weight (70/30 within ±3% over 10,000 calls)', () => {
      const plan = [entry(target('heavy'), 1, 70), entry(target('light'), 1, 30)];
      const random = mulberry32(42);
      const calls = 10_000;
      let heavyFirst = 0;
      for (let i = 0; i < calls; i++) {
        const order = ids(select({ plan, random }));
        if (order[0] === 'heavy') heavyFirst++;
      }
      expect(heavyFirst / calls).toBeGreaterThan(0.67);
      expect(heavyFirst / calls).toBeLessThan(0.73);
    });

    it('lists every weighted target exactly once, the lighter one as the fallback', () => {
      const plan = [entry(target('heavy'), 1, 70), entry(target('light'), 1, 30)];
      const random = mulberry32(7);
      const orders = new Set<string>();
      for (let i = 0; i < 200; i++) orders.add(ids(select({ plan, random })).join(','));
      expect([...orders].sort()).toEqual(['heavy,light', 'light,heavy']);
    });

    it('picks by the random draw against cumulative weight', () => {
      const plan = [entry(target('a'), 1, 70), entry(target('b'), 1, 30)];
      expect(ids(select({ plan, random: () => 0 }))).toEqual(['a', 'b']);
      expect(ids(select({ plan, random: () => 0.69 }))).toEqual(['a', 'b']);
      expect(ids(select({ plan, random: () => 0.71 }))).toEqual(['b', 'a']);
      expect(ids(select({ plan, random: () => 0.999999 }))).toEqual(['b', 'a']);
    });

    it('gives each target the first turn equally often under round robin', () => {
      const plan = [entry(target('a')), entry(target('b')), entry(target('c'))];
      const firsts: Record<string, number> = { a: 0, b: 0, c: 0 };
      for (let turn = 0; turn < 300; turn++) {
        firsts[ids(select({ plan, strategy: 'round_robin', roundRobinTurn: turn }))[0]]++;
      }
      expect(firsts).toEqual({ a: 100, b: 100, c: 100 });
    });

    it('rotates the round-robin order one step per turn, keeping every target', () => {
      const plan = [entry(target('a')), entry(target('b')), entry(target('c'))];
      const order = (turn: number) => ids(select({ plan, strategy: 'round_robin', roundRobinTurn: turn }));
      expect(order(0)).toEqual(['a', 'b', 'c']);
      expect(order(1)).toEqual(['b', 'c', 'a']);
      expect(order(2)).toEqual(['c', 'a', 'b']);
      expect(order(3)).toEqual(['a', 'b', 'c']);
    });

    it('rotates only among the eligible targets of a priority', () => {
      const plan = [entry(target('a')), entry(target('paused', { status: 'paused' })), entry(target('b'))];
      const order = (turn: number) => ids(select({ plan, strategy: 'round_robin', roundRobinTurn: turn }));
      expect(order(0)).toEqual(['a', 'b']);
      expect(order(1)).toEqual(['b', 'a']);
    });
  });

  describe('preferTargetId (duplicate caller back to the same target)', () => {
    const plan = [entry(target('first'), 1), entry(target('second'), 1), entry(target('fallback'), 2)];

    it('moves the previous target to the front, even from a lower priority', () => {
      expect(ids(select({ plan, strategy: 'round_robin', preferTargetId: 'fallback' }))).toEqual([
        'fallback',
        'first',
        'second',
      ]);
      expect(ids(select({ plan, strategy: 'round_robin', preferTargetId: 'second' }))).toEqual([
        'second',
        'first',
        'fallback',
      ]);
    });

    it('changes nothing when the previous target is not eligible or not in the plan', () => {
      const usage = new Map<string, TargetUsage>([['fallback', { live: 1, counts: {} }]]);
      const capped = plan.map((e) =>
        e.target.id === 'fallback' ? entry(target('fallback', { caps: { concurrency: 1 } }), 2) : e,
      );
      const selection = select({ plan: capped, strategy: 'round_robin', preferTargetId: 'fallback', usage });
      expect(ids(selection)).toEqual(['first', 'second']);
      expect(reasons(selection)).toEqual([['fallback', 'cap_concurrency']]);

      expect(ids(select({ plan, strategy: 'round_robin', preferTargetId: 'gone' }))).toEqual([
        'first',
        'second',
        'fallback',
      ]);
    });
  });

  describe('eligibility', () => {
    it('skips targets already dialed on this call', () => {
      const plan = [entry(target('a')), entry(target('b'))];
      const selection = select({ plan, tried: new Set(['a']) });
      expect(ids(selection)).toEqual(['b']);
      expect(reasons(selection)).toEqual([['a', 'already_tried']]);
    });

    it('does not bring back an already-dialed target through preferTargetId', () => {
      const plan = [entry(target('a')), entry(target('b'))];
      expect(ids(select({ plan, tried: new Set(['a']), preferTargetId: 'a' }))).toEqual(['b']);
    });

    it('skips a paused target and a target whose buyer is paused', () => {
      const plan = [
        entry(target('paused', { status: 'paused' })),
        entry(target('buyer-paused', { buyerStatus: 'paused' })),
        entry(target('ok')),
      ];
      const selection = select({ plan });
      expect(ids(selection)).toEqual(['ok']);
      expect(reasons(selection)).toEqual([
        ['paused', 'target_paused'],
        ['buyer-paused', 'buyer_paused'],
      ]);
    });

    it('skips a target outside its hours, read in its own timezone', () => {
      const schedule = { wed: [{ open: '09:00', close: '17:00' }] };
      const plan = [
        entry(target('ny', { schedule, timezone: NY })),
        entry(target('la', { schedule, timezone: LA })),
      ];
      const selection = select({ plan }); // 09:30 in New York, 06:30 in Los Angeles
      expect(ids(selection)).toEqual(['ny']);
      expect(selection.skipped).toEqual([
        { entry: plan[1], skip: { reason: 'outside_hours', detail: 'Closed now in America/Los_Angeles' } },
      ]);
    });

    it('reports every skipped entry with its reason, in plan order', () => {
      const plan = [
        entry(target('tried')),
        entry(target('ok')),
        entry(target('paused', { status: 'paused' })),
        entry(target('closed', { schedule: {} })),
      ];
      const selection = select({ plan, tried: new Set(['tried']) });
      expect(ids(selection)).toEqual(['ok']);
      expect(reasons(selection)).toEqual([
        ['tried', 'already_tried'],
        ['paused', 'target_paused'],
        ['closed', 'outside_hours'],
      ]);
    });
  });

  describe('caps', () => {
    const capped = (caps: Caps, usage: TargetUsage, now = NOW, timezone = NY) => {
      const selection = select({
        plan: [entry(target('t', { caps, timezone }))],
        usage: new Map([['t', usage]]),
        now,
      });
      return selection.skipped[0]?.skip;
    };

    it('skips at the concurrency cap and allows just under it', () => {
      expect(capped({ concurrency: 2 }, { live: 2, counts: {} })).toEqual({
        reason: 'cap_concurrency',
        detail: 'Concurrency 2/2',
      });
      expect(capped({ concurrency: 2 }, { live: 1, counts: {} })).toBeUndefined();
    });

    it('treats a target without usage as having no live calls and no counts', () => {
      const selection = select({
        plan: [entry(target('t', { caps: { concurrency: 1, daily: 1, total: 1 } }))],
      });
      expect(ids(selection)).toEqual(['t']);
    });

    // NOW is Wednesday 2026-03-04 09:30 in New York; the buckets are that local hour, day and month.
    it.each([
      ['hourly', 'h:2026-03-04T09'],
      ['daily', 'd:2026-03-04'],
      ['monthly', 'm:2026-03'],
      ['total', 'total'],
    ] as const)('skips at the %s cap and allows just under it', (period, bucket) => {
      expect(capped({ [period]: 5 }, { live: 0, counts: { [bucket]: 5 } })?.reason).toBe(`cap_${period}`);
      expect(capped({ [period]: 5 }, { live: 0, counts: { [bucket]: 4 } })).toBeUndefined();
    });

    it('ignores counts of other buckets', () => {
      const counts = { 'h:2026-03-04T08': 9, 'd:2026-03-03': 9, 'm:2026-02': 9 };
      expect(capped({ hourly: 5, daily: 5, monthly: 5 }, { live: 0, counts })).toBeUndefined();
    });

    it('keys the hourly bucket by the local hour', () => {
      const caps = { hourly: 5 };
      const usage = { live: 0, counts: { 'h:2026-03-04T09': 5 } };
      expect(capped(caps, usage, new Date('2026-03-04T14:59:00Z'))?.reason).toBe('cap_hourly'); // 09:59
      expect(capped(caps, usage, new Date('2026-03-04T15:00:00Z'))).toBeUndefined(); // 10:00
    });

    it('resets a daily cap at local midnight, not UTC midnight', () => {
      const caps = { daily: 5 };
      const usage = { live: 0, counts: { 'd:2026-03-04': 5 } }; // Wednesday's calls in Los Angeles
      // Past UTC midnight, but still Wednesday 16:30 and 23:59 in Los Angeles (PST, UTC-8).
      expect(capped(caps, usage, new Date('2026-03-05T00:30:00Z'), LA)?.reason).toBe('cap_daily');
      expect(capped(caps, usage, new Date('2026-03-05T07:59:00Z'), LA)?.reason).toBe('cap_daily');
      // Thursday 00:00 in Los Angeles.
      expect(capped(caps, usage, new Date('2026-03-05T08:00:00Z'), LA)).toBeUndefined();
    });

    it('resets a monthly cap at the start of the local month', () => {
      const caps = { monthly: 5 };
      const usage = { live: 0, counts: { 'm:2026-03': 5 } };
      // April in UTC, still March 31 23:00 in New York (EDT, UTC-4).
      expect(capped(caps, usage, new Date('2026-04-01T03:00:00Z'))?.reason).toBe('cap_monthly');
      expect(capped(caps, usage, new Date('2026-04-01T04:00:00Z'))).toBeUndefined();
    });

    it('never resets the total cap', () => {
      const usage = { live: 0, counts: { total: 5 } };
      expect(capped({ total: 5 }, usage, new Date('2027-01-01T12:00:00Z'))?.reason).toBe('cap_total');
    });
  });

  describe('criteria', () => {
    const check = (criteria: Criteria, caller: Caller) =>
      select({ plan: [entry(target('t', { criteria }))], caller }).skipped[0]?.skip.reason;

    it('accepts any caller when no criteria are set', () => {
      expect(check({}, {})).toBeUndefined();
      expect(check({}, { state: null, areaCode: null, zip: null })).toBeUndefined();
      expect(check({ states: [], areaCodes: [], zipPrefixes: [] }, {})).toBeUndefined();
    });

    it('matches the caller state, in any case', () => {
      const criteria = { states: ['NY', 'NJ'] };
      expect(check(criteria, { state: 'NJ' })).toBeUndefined();
      expect(check(criteria, { state: 'ny' })).toBeUndefined();
      expect(check(criteria, { state: 'CA' })).toBe('criteria_state');
    });

    it('rejects an unknown caller state when states are set', () => {
      const criteria = { states: ['NY'] };
      expect(check(criteria, {})).toBe('criteria_state');
      expect(check(criteria, { state: null })).toBe('criteria_state');
      expect(check(criteria, { state: '' })).toBe('criteria_state');
    });

    it('matches the caller area code and rejects unknown ones', () => {
      const criteria = { areaCodes: ['212', '646'] };
      expect(check(criteria, { areaCode: '646' })).toBeUndefined();
      expect(check(criteria, { areaCode: '415' })).toBe('criteria_area_code');
      expect(check(criteria, { areaCode: null })).toBe('criteria_area_code');
      expect(check(criteria, {})).toBe('criteria_area_code');
    });

    it('matches ZIP prefixes and rejects unknown ZIPs', () => {
      const criteria = { zipPrefixes: ['100', '11201'] };
      expect(check(criteria, { zip: '10001' })).toBeUndefined();
      expect(check(criteria, { zip: '11201' })).toBeUndefined();
      expect(check(criteria, { zip: '11202' })).toBe('criteria_zip');
      expect(check(criteria, { zip: '90210' })).toBe('criteria_zip');
      expect(check(criteria, { zip: null })).toBe('criteria_zip');
      expect(check(criteria, {})).toBe('criteria_zip');
    });

    it('needs every set criterion to match', () => {
      const criteria = { states: ['NY'], areaCodes: ['212'], zipPrefixes: ['100'] };
      expect(check(criteria, { state: 'NY', areaCode: '212', zip: '10001' })).toBeUndefined();
      expect(check(criteria, { state: 'NY', areaCode: '212', zip: '07030' })).toBe('criteria_zip');
      expect(check(criteria, { state: 'NY', areaCode: '201', zip: '10001' })).toBe('criteria_area_code');
    });
  });
});
