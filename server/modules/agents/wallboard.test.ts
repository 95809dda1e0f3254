import { describe, expect, it } from 'vitest';
import type { Agent } from '../../../contracts/agents';
import { wallboardFigures } from './wallboard';

const now = new Date('2026-11-23T12:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const agent = (id: string, status: Agent['status']) => ({ id, name: id, status, activeCalls: 0 }) as Agent;

describe('wallboardFigures', () => {
  it('counts agents by status, waiting callers, handled calls, averages and service level', () => {
    const board = wallboardFigures({
      now,
      serviceLevelSeconds: 20,
      agents: [agent('a', 'available'), agent('b', 'on_call'), agent('c', 'on_call')],
      queued: [
        { enqueuedAt: ago(600), answeredAt: ago(590), talkSeconds: 120, callStatus: 'completed' },
        { enqueuedAt: ago(500), answeredAt: ago(470), talkSeconds: 60, callStatus: 'completed' },
        { enqueuedAt: ago(400), answeredAt: null, talkSeconds: null, callStatus: 'completed' },
        { enqueuedAt: ago(45), answeredAt: null, talkSeconds: null, callStatus: 'in-progress' },
        { enqueuedAt: ago(5), answeredAt: null, talkSeconds: null, callStatus: 'ringing' },
      ],
    });
    expect(board.byStatus).toMatchObject({ available: 1, on_call: 2, ringing: 0, wrap_up: 0 });
    expect(board).toMatchObject({
      waiting: 2,
      longestWaitSeconds: 45,
      handled: 2,
      averageTalkSeconds: 90,
      averageWaitSeconds: 20,
      // Offered: the two answered, the one who hung up, the one past 20 s; the 5 s one may yet make it.
      serviceLevelPercent: 25,
    });
  });

  it('has no service level before anyone was offered', () => {
    expect(
      wallboardFigures({ now, serviceLevelSeconds: 20, agents: [], queued: [] }).serviceLevelPercent,
    ).toBeNull();
  });
});
