import { describe, expect, it } from 'vitest';
import {
  effectiveStatus,
  mergeSkills,
  placesLeftAfter,
  type RoutableAgent,
  rankAgents,
} from './select-agent';

const now = new Date('2026-11-23T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

const agent = (id: string, overrides: Partial<RoutableAgent> = {}): RoutableAgent => ({
  id,
  name: id,
  status: 'available',
  skills: [],
  maxConcurrent: 1,
  live: 0,
  wrapUpUntil: null,
  lastOfferedAt: null,
  lastCallEndedAt: null,
  ...overrides,
});

const ids = (agents: RoutableAgent[]) => agents.map((a) => a.id);

describe('rankAgents strategies', () => {
  const members = [
    agent('a', {
      lastCallEndedAt: minutesAgo(1),
      lastOfferedAt: minutesAgo(3),
      skills: [{ name: 'spanish', level: 4 }],
    }),
    agent('b', {
      lastCallEndedAt: minutesAgo(10),
      lastOfferedAt: minutesAgo(1),
      skills: [{ name: 'spanish', level: 9 }],
    }),
    agent('c', {
      lastCallEndedAt: minutesAgo(5),
      lastOfferedAt: minutesAgo(2),
      skills: [{ name: 'spanish', level: 6 }],
    }),
  ];
  const rank = (strategy: Parameters<typeof rankAgents>[0]['strategy']) =>
    ids(rankAgents({ strategy, members, required: [], now }).candidates);

  it('priority keeps the group order', () => expect(rank('priority')).toEqual(['a', 'b', 'c']));
  it('longest idle puts the agent whose last call ended earliest first', () =>
    expect(rank('longest_idle')).toEqual(['b', 'c', 'a']));
  it('round robin offers to the agent offered a call longest ago', () =>
    expect(rank('round_robin')).toEqual(['a', 'c', 'b']));
  it('most skilled ranks by the level of the required skills', () =>
    expect(
      ids(
        rankAgents({ strategy: 'most_skilled', members, required: [{ name: 'spanish', level: 1 }], now })
          .candidates,
      ),
    ).toEqual(['b', 'c', 'a']));
  it('an agent who never took a call counts as idle the longest', () =>
    expect(
      ids(
        rankAgents({ strategy: 'longest_idle', members: [...members, agent('new')], required: [], now })
          .candidates,
      )[0],
    ).toBe('new'));
});

describe('eligibility', () => {
  it('filters by skills at the minimum level and says why', () => {
    const { candidates, skipped } = rankAgents({
      strategy: 'priority',
      members: [
        agent('fluent', { skills: [{ name: 'spanish', level: 7 }] }),
        agent('basic', { skills: [{ name: 'spanish', level: 3 }] }),
        agent('none'),
      ],
      required: [{ name: 'spanish', level: 5 }],
      now,
    });
    expect(ids(candidates)).toEqual(['fluent']);
    expect(skipped.map((s) => [s.agent.id, s.reason, s.detail])).toEqual([
      ['basic', 'agent_skills', 'Lacks spanish 5'],
      ['none', 'agent_skills', 'Lacks spanish 5'],
    ]);
  });

  it('skips agents on break, offline, at max concurrency, wrapping up, or who missed this call', () => {
    const { candidates, skipped } = rankAgents({
      strategy: 'priority',
      members: [
        agent('break', { status: 'break' }),
        agent('offline', { status: 'offline' }),
        agent('full', { live: 2, maxConcurrent: 2 }),
        agent('room', { live: 1, maxConcurrent: 2 }),
        agent('wrapping', { wrapUpUntil: new Date(now.getTime() + 1000) }),
        agent('wrapped', { wrapUpUntil: now }),
        agent('missed'),
      ],
      required: [],
      now,
      exclude: new Set(['missed']),
    });
    expect(ids(candidates)).toEqual(['room', 'wrapped']);
    expect(skipped.map((s) => s.reason)).toEqual([
      'agent_break',
      'agent_offline',
      'agent_busy',
      'agent_wrap_up',
      'agent_missed',
    ]);
  });

  it('a flow adds skills: the higher minimum wins', () => {
    expect(
      mergeSkills(
        [
          { name: 'sales', level: 3 },
          { name: 'spanish', level: 2 },
        ],
        [{ name: 'spanish', level: 6 }],
      ),
    ).toEqual([
      { name: 'sales', level: 3 },
      { name: 'spanish', level: 6 },
    ]);
  });
});

describe('effectiveStatus', () => {
  const none = { ringing: 0, connected: 0 };
  it('calls outrank what the agent chose; wrap-up ends on time', () => {
    expect(effectiveStatus(agent('a'), now, { ringing: 0, connected: 1 })).toBe('on_call');
    expect(effectiveStatus(agent('a', { status: 'break' }), now, { ringing: 1, connected: 0 })).toBe(
      'ringing',
    );
    expect(effectiveStatus(agent('a', { status: 'break' }), now, none)).toBe('break');
    expect(effectiveStatus(agent('a', { wrapUpUntil: new Date(now.getTime() + 1) }), now, none)).toBe(
      'wrap_up',
    );
    expect(effectiveStatus(agent('a', { wrapUpUntil: now }), now, none)).toBe('available');
  });
});

describe('placesLeftAfter (fairness between waiting callers)', () => {
  it('callers ahead take the first fitting free places, oldest first', () => {
    const spanish = agent('es', { skills: [{ name: 'spanish', level: 5 }] });
    const english = agent('en', { maxConcurrent: 2 });
    const left = placesLeftAfter([english, spanish], [[{ name: 'spanish', level: 5 }], [], []]);
    expect(Object.fromEntries(left)).toEqual({ en: 0, es: 0 });
    expect(Object.fromEntries(placesLeftAfter([english, spanish], [[]]))).toEqual({ en: 1, es: 1 });
  });
});
