import type { AgentPresence, AgentView } from '../../../contracts/agents';
import type { Database } from '../../db/client';
import { forbidden, notFound } from '../../lib/app-error';
import * as repo from './repository';
import { agentsWithStatus } from './service';
import { wallboardFigures } from './wallboard';

const RECENT_CALLS = 20;
const DAY_MS = 24 * 60 * 60_000;

async function agentOfUser(db: Database, accountId: string, userId: string | null) {
  const agentId = userId ? await repo.findUserAgentId(db, accountId, userId) : null;
  if (!agentId) throw forbidden('This view is for users tied to an agent');
  const row = await repo.agentRepository.find(db, accountId, agentId);
  if (!row) throw notFound('Agent');
  return row;
}

/** What an agent user sees: themselves, the call they are on, and their recent calls. */
export async function getAgentView(
  db: Database,
  accountId: string,
  userId: string | null,
): Promise<AgentView> {
  const row = await agentOfUser(db, accountId, userId);
  const [agent] = await agentsWithStatus(db, [row]);
  const recent = (await repo.recentAgentCalls(db, row.id, RECENT_CALLS)).map(({ attempt, call }) => ({
    callId: call.id,
    from: call.fromNumber,
    status: attempt.status,
    startedAt: attempt.startedAt.toISOString(),
    answeredAt: attempt.answeredAt?.toISOString() ?? null,
    connectedSeconds: attempt.connectedSeconds,
    live: attempt.live,
  }));
  return { agent, currentCall: recent.find((c) => c.live) ?? null, recentCalls: recent };
}

export async function setOwnPresence(
  db: Database,
  accountId: string,
  userId: string | null,
  status: AgentPresence,
): Promise<AgentView> {
  const row = await agentOfUser(db, accountId, userId);
  await repo.setPresence(db, row.id, status);
  return getAgentView(db, accountId, userId);
}

export async function getWallboard(db: Database, accountId: string, serviceLevelSeconds: number) {
  const now = new Date();
  const [agents, queued] = await Promise.all([
    agentsWithStatus(db, await repo.agentRepository.list(db, accountId), now),
    repo.queueFigures(db, accountId, new Date(now.getTime() - DAY_MS)),
  ]);
  return wallboardFigures({ agents, queued, now, serviceLevelSeconds });
}
