import type { z } from 'zod';
import type {
  Agent,
  AgentGroup,
  CreateAgentGroupInput,
  CreateAgentInput,
  UpdateAgentGroupInput,
  UpdateAgentInput,
} from '../../../contracts/agents';
import type { Database } from '../../db/client';
import type { AgentGroupRow, AgentRow } from '../../db/schema';
import { invalidFields, notFound } from '../../lib/app-error';
import { configurationChanged } from '../configuration-changed';
import * as repo from './repository';
import { effectiveStatus } from './select-agent';

type LiveCalls = { ringing: number; connected: number };

export function toAgentDto(row: AgentRow, live: LiveCalls | undefined, now: Date): Agent {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    destination: row.destination,
    skills: row.skills,
    status: effectiveStatus(row, now, live ?? { ringing: 0, connected: 0 }),
    presence: row.status,
    maxConcurrent: row.maxConcurrent,
    activeCalls: row.live,
    missedInARow: row.missedInARow,
    wrapUpUntil: row.wrapUpUntil?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function agentsWithStatus(db: Database, rows: AgentRow[], now = new Date()) {
  const live = await repo.liveCallsOfAgents(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toAgentDto(row, live.get(row.id), now));
}

export async function listAgents(db: Database, accountId: string) {
  return agentsWithStatus(db, await repo.agentRepository.list(db, accountId));
}

export async function getAgent(db: Database, accountId: string, id: string) {
  const row = await repo.agentRepository.find(db, accountId, id);
  if (!row) throw notFound('Agent');
  return (await agentsWithStatus(db, [row]))[0];
}

export async function createAgent(db: Database, accountId: string, input: z.output<typeof CreateAgentInput>) {
  const row = await repo.agentRepository.insert(db, accountId, input);
  return getAgent(db, accountId, row.id);
}

export async function updateAgent(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateAgentInput>,
) {
  // Becoming available again forgives earlier misses.
  const values = input.status === 'available' ? { ...input, missedInARow: 0 } : input;
  if (!(await repo.agentRepository.update(db, accountId, id, values))) throw notFound('Agent');
  return getAgent(db, accountId, id);
}

export async function deleteAgent(db: Database, accountId: string, id: string) {
  if (!(await repo.agentRepository.remove(db, accountId, id))) throw notFound('Agent');
  configurationChanged(db, accountId);
}

const toGroupDto = (row: AgentGroupRow, agentIds: string[]): AgentGroup => ({
  id: row.id,
  name: row.name,
  agentIds,
  strategy: row.strategy,
  requiredSkills: row.requiredSkills,
  wrapUpSeconds: row.wrapUpSeconds,
  ringTimeoutSeconds: row.ringTimeoutSeconds,
  missesBeforeBreak: row.missesBeforeBreak,
  queue: {
    maxWaitSeconds: row.maxWaitSeconds,
    holdAudioUrl: row.holdAudioUrl,
    holdMessage: row.holdMessage,
    announcePosition: row.announcePosition,
    timeoutAction: row.timeoutAction,
    timeoutNumber: row.timeoutNumber,
    timeoutMessage: row.timeoutMessage,
  },
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

async function withMembers(db: Database, accountId: string, rows: AgentGroupRow[]) {
  const members = await repo.listMembers(
    db,
    accountId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toGroupDto(
      row,
      members.filter((m) => m.groupId === row.id).map((m) => m.agentId),
    ),
  );
}

async function checkMembers(db: Database, accountId: string, agentIds: string[]) {
  const known = new Set((await repo.findAgentIds(db, accountId, agentIds)).map((a) => a.id));
  const errors = agentIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ field: `agentIds.${index}`, message: 'No such agent in this account' }],
  );
  if (errors.length) throw invalidFields(errors);
}

type GroupInput = z.output<typeof UpdateAgentGroupInput>;
const groupColumns = ({ agentIds: _agents, queue, ...fields }: GroupInput) => ({ ...fields, ...queue });

export async function listGroups(db: Database, accountId: string) {
  return withMembers(db, accountId, await repo.agentGroupRepository.list(db, accountId));
}

export async function getGroup(db: Database, accountId: string, id: string) {
  const row = await repo.agentGroupRepository.find(db, accountId, id);
  if (!row) throw notFound('Agent group');
  return (await withMembers(db, accountId, [row]))[0];
}

export async function createGroup(
  db: Database,
  accountId: string,
  input: z.output<typeof CreateAgentGroupInput>,
) {
  const agentIds = input.agentIds ?? [];
  await checkMembers(db, accountId, agentIds);
  const id = await db.transaction(async (tx) => {
    const row = await repo.agentGroupRepository.insert(
      tx,
      accountId,
      groupColumns(input) as typeof input & {
        name: string;
      },
    );
    await repo.replaceMembers(tx, accountId, row.id, agentIds);
    return row.id;
  });
  return getGroup(db, accountId, id);
}

export async function updateGroup(db: Database, accountId: string, id: string, input: GroupInput) {
  await getGroup(db, accountId, id);
  if (input.agentIds) await checkMembers(db, accountId, input.agentIds);
  await db.transaction(async (tx) => {
    await repo.agentGroupRepository.update(tx, accountId, id, groupColumns(input));
    if (input.agentIds) await repo.replaceMembers(tx, accountId, id, input.agentIds);
  });
  configurationChanged(db, accountId);
  return getGroup(db, accountId, id);
}

export async function deleteGroup(db: Database, accountId: string, id: string) {
  if (!(await repo.agentGroupRepository.remove(db, accountId, id))) throw notFound('Agent group');
  configurationChanged(db, accountId);
}
