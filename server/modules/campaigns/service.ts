import type { z } from 'zod';
import type {
  Campaign,
  CreateCampaignInput,
  RoutingEntry,
  UpdateCampaignInput,
} from '../../../contracts/campaigns';
import type { FieldError } from '../../../contracts/common';
import type { Database } from '../../db/client';
import type { CampaignRow } from '../../db/schema';
import { invalidFields, notFound } from '../../lib/app-error';
import { findGroupsByIds } from '../agents/repository';
import { configurationChanged } from '../configuration-changed';
import * as repo from './repository';

const toCampaignDto = (row: CampaignRow, routes: repo.StoredRoute[]): Campaign => ({
  id: row.id,
  name: row.name,
  description: row.description,
  status: row.status,
  vertical: row.vertical,
  timezone: row.timezone,
  routingStrategy: row.routingStrategy,
  routing: routes.map(({ targetId, rtbRouterId, agentGroupId, priority, weight }) =>
    targetId
      ? { targetId, priority, weight }
      : rtbRouterId
        ? { rtbRouterId, priority, weight }
        : { agentGroupId, priority, weight },
  ),
  fallbackNumber: row.fallbackNumber,
  fallbackMessage: row.fallbackMessage,
  record: row.record,
  duplicateWindowHours: row.duplicateWindowHours,
  duplicateAction: row.duplicateAction,
  payoutCents: row.payoutCents,
  defaultCallerId: row.defaultCallerId,
  rtbId: row.rtbId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

async function withRoutes(db: Database, accountId: string, rows: CampaignRow[]): Promise<Campaign[]> {
  const routes = await repo.listRoutes(
    db,
    accountId,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toCampaignDto(
      row,
      routes.filter((route) => route.campaignId === row.id),
    ),
  );
}

/**
 * Every target and router in a plan must belong to the account (a foreign id is reported by its
 * index); returns whether the plan can route a call at all.
 */
async function checkPlan(db: Database, accountId: string, routing: RoutingEntry[]) {
  const ids = (key: 'targetId' | 'rtbRouterId' | 'agentGroupId') =>
    routing.flatMap((entry) => (entry[key] ? [entry[key]] : []));
  const [planTargets, planRouters, planGroups] = await Promise.all([
    repo.findTargetsByIds(db, accountId, ids('targetId')),
    repo.findRoutersByIds(db, accountId, ids('rtbRouterId')),
    findGroupsByIds(db, accountId, ids('agentGroupId')),
  ]);
  const knownTargets = new Set(planTargets.map((t) => t.id));
  const knownRouters = new Set(planRouters.map((r) => r.id));
  const knownGroups = new Set(planGroups.map((g) => g.id));
  const errors = routing.flatMap((entry, index) => {
    if (entry.targetId && !knownTargets.has(entry.targetId)) {
      return [{ field: `routing.${index}.targetId`, message: 'No such target in this account' }];
    }
    if (entry.rtbRouterId && !knownRouters.has(entry.rtbRouterId)) {
      return [{ field: `routing.${index}.rtbRouterId`, message: 'No such RTB router in this account' }];
    }
    if (entry.agentGroupId && !knownGroups.has(entry.agentGroupId)) {
      return [{ field: `routing.${index}.agentGroupId`, message: 'No such agent group in this account' }];
    }
    return [];
  });
  if (errors.length) throw invalidFields(errors);
  return (
    planTargets.some((t) => t.status === 'active') ||
    planRouters.some((r) => r.activeTargets > 0) ||
    planGroups.some((g) => g.agents > 0)
  );
}

/** Activation needs something to route to and a number to ring; the 400 names what is missing. */
async function checkActivation(db: Database, accountId: string, campaignId: string, routing: RoutingEntry[]) {
  const canRoute = await checkPlan(db, accountId, routing);
  const errors: FieldError[] = [];
  if (!canRoute) {
    errors.push({
      field: 'routing',
      message:
        'Add at least one active target (or an RTB router with an active bidder, or an agent group with agents) to the routing plan before activating',
    });
  }
  if ((await repo.countNumbersOfCampaign(db, accountId, campaignId)) === 0) {
    errors.push({ field: 'numbers', message: 'Assign a tracking number to this campaign before activating' });
  }
  if (errors.length) throw invalidFields(errors);
}

export async function listCampaigns(db: Database, accountId: string) {
  return withRoutes(db, accountId, await repo.campaignRepository.list(db, accountId));
}

export async function getCampaign(db: Database, accountId: string, id: string) {
  const row = await repo.campaignRepository.find(db, accountId, id);
  if (!row) throw notFound('Campaign');
  return (await withRoutes(db, accountId, [row]))[0];
}

export async function createCampaign(
  db: Database,
  accountId: string,
  input: z.output<typeof CreateCampaignInput>,
) {
  const { routing = [], ...fields } = input;
  await checkPlan(db, accountId, routing);
  // A new campaign has no numbers yet, so it cannot start active.
  if (fields.status === 'active') {
    throw invalidFields([
      { field: 'numbers', message: 'Assign a tracking number to this campaign before activating' },
    ]);
  }
  const id = await db.transaction(async (tx) => {
    const row = await repo.campaignRepository.insert(tx, accountId, fields);
    await repo.replaceRoutes(tx, accountId, row.id, routing);
    return row.id;
  });
  return getCampaign(db, accountId, id);
}

export async function updateCampaign(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateCampaignInput>,
) {
  const current = await getCampaign(db, accountId, id);
  const { routing, ...fields } = input;
  const plan = routing ?? current.routing;
  if ((fields.status ?? current.status) === 'active') await checkActivation(db, accountId, id, plan);
  else if (routing) await checkPlan(db, accountId, routing);
  await db.transaction(async (tx) => {
    if (Object.keys(fields).length) await repo.campaignRepository.update(tx, accountId, id, fields);
    if (routing) await repo.replaceRoutes(tx, accountId, id, routing);
  });
  configurationChanged(db, accountId);
  return getCampaign(db, accountId, id);
}

export async function getRouting(db: Database, accountId: string, id: string) {
  return { routing: (await getCampaign(db, accountId, id)).routing };
}

export async function setRouting(db: Database, accountId: string, id: string, routing: RoutingEntry[]) {
  return { routing: (await updateCampaign(db, accountId, id, { routing })).routing };
}

export async function deleteCampaign(db: Database, accountId: string, id: string) {
  if (!(await repo.campaignRepository.remove(db, accountId, id))) throw notFound('Campaign');
  configurationChanged(db, accountId);
}
