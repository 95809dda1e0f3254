import type { z } from 'zod';
import {
  type CreateFlowInput,
  type Flow,
  type FlowAnalytics,
  type FlowAnalyticsQuery,
  type FlowDefinition,
  type FlowIssue,
  type FlowSummary,
  type FlowValidation,
  type FlowVersion,
  NODE_CONFIG_SCHEMAS,
  starterDefinition,
  type UpdateFlowInput,
} from '../../../contracts/flows';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { AppError, invalidFields, notFound } from '../../lib/app-error';
import { campaignRepository, findRoutersByIds, findTargetsByIds, listRoutes } from '../campaigns/repository';
import * as repo from './repository';
import { validateFlow } from './validate';

function toFlowDto(row: repo.FlowWithCampaign): Flow {
  return {
    id: row.id,
    name: row.name,
    campaignId: row.campaignId,
    campaignName: row.campaignName,
    status: row.publishedVersion ? 'published' : 'draft',
    definition: row.definition,
    publishedVersion: row.publishedVersion,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    hasUnpublishedChanges: !row.publishedVersion || !!row.draftChangedAt,
    validation: validateFlow(row.definition),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A Router's chosen target or RTB router must be the account's, and, once the flow has a campaign,
 * in that campaign's routing plan (the call is routed with the plan's configuration).
 */
async function referenceIssues(
  db: Database,
  accountId: string,
  definition: FlowDefinition,
  campaignId: string | null,
): Promise<FlowIssue[]> {
  const routers = definition.nodes.flatMap((node) => {
    if (node.type !== 'router') return [];
    const parsed = NODE_CONFIG_SCHEMAS.router.safeParse(node.config);
    // Agent groups need not be in the plan; a missing one takes the Router's failed branch.
    return parsed.success && (parsed.data.mode === 'target' || parsed.data.mode === 'rtbRouter')
      ? [{ id: node.id, config: parsed.data }]
      : [];
  });
  if (!routers.length) return [];
  const ids = (mode: 'target' | 'rtbRouter') =>
    routers.flatMap((r) =>
      r.config.mode === mode ? [mode === 'target' ? r.config.targetId : r.config.rtbRouterId] : [],
    );
  const [targets, rtbRouters, plan] = await Promise.all([
    findTargetsByIds(db, accountId, ids('target')),
    findRoutersByIds(db, accountId, ids('rtbRouter')),
    campaignId ? listRoutes(db, accountId, [campaignId]) : [],
  ]);
  const known = new Set([...targets, ...rtbRouters].map((row) => row.id));
  const planned = new Set(plan.flatMap((entry) => [entry.targetId, entry.rtbRouterId].filter(Boolean)));
  return routers.flatMap(({ id, config }) => {
    const field = config.mode === 'target' ? 'targetId' : 'rtbRouterId';
    const noun = config.mode === 'target' ? 'target' : 'RTB router';
    const chosen = config[field];
    if (!known.has(chosen)) return [{ nodeId: id, field, message: `No such ${noun} in this account` }];
    if (campaignId && !planned.has(chosen))
      return [{ nodeId: id, field, message: `Add this ${noun} to the campaign's routing plan first` }];
    return [];
  });
}

export async function validateDefinition(
  db: Database,
  accountId: string,
  definition: FlowDefinition,
  campaignId: string | null = null,
): Promise<FlowValidation> {
  const errors = [
    ...validateFlow(definition).errors,
    ...(await referenceIssues(db, accountId, definition, campaignId)),
  ];
  return { valid: errors.length === 0, errors };
}

async function loadFlow(db: Database, accountId: string, id: string) {
  const row = await repo.findFlow(db, accountId, id);
  if (!row) throw notFound('Flow');
  return row;
}

export async function listFlows(db: Database, accountId: string): Promise<FlowSummary[]> {
  return (await repo.listFlows(db, accountId)).map((row) => {
    const { definition, validation, ...summary } = toFlowDto(row);
    return { ...summary, nodeCount: definition.nodes.length, valid: validation.valid };
  });
}

export async function getFlow(db: Database, accountId: string, id: string): Promise<Flow> {
  return toFlowDto(await loadFlow(db, accountId, id));
}

/** A campaign runs one flow: the unique index says so, and the answer names the field. */
async function saving<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw invalidFields([{ field: 'campaignId', message: 'This campaign already has a flow' }]);
    throw error;
  }
}

export async function createFlow(
  db: Database,
  accountId: string,
  input: z.output<typeof CreateFlowInput>,
): Promise<Flow> {
  await campaignRepository.assertReference(db, accountId, input.campaignId, 'campaignId', 'campaign');
  const row = await saving(() =>
    repo.flowRepository.insert(db, accountId, {
      name: input.name,
      campaignId: input.campaignId ?? null,
      definition: input.definition ?? starterDefinition(),
    }),
  );
  return getFlow(db, accountId, row.id);
}

export async function updateFlow(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateFlowInput>,
): Promise<Flow> {
  const current = await loadFlow(db, accountId, id);
  await campaignRepository.assertReference(db, accountId, input.campaignId, 'campaignId', 'campaign');
  await saving(() =>
    repo.flowRepository.update(db, accountId, id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.campaignId !== undefined && { campaignId: input.campaignId }),
      ...(input.definition && {
        definition: input.definition,
        ...(current.publishedVersion && { draftChangedAt: new Date() }),
      }),
    }),
  );
  return getFlow(db, accountId, id);
}

export async function deleteFlow(db: Database, accountId: string, id: string): Promise<void> {
  if (!(await repo.flowRepository.remove(db, accountId, id))) throw notFound('Flow');
}

/**
 * Freezes the draft as the next version and makes it the one new calls run. Calls already on an
 * older version keep it (their session points at that snapshot). Refused while the draft has errors.
 */
export async function publishFlow(
  db: Database,
  auth: { accountId: string; userId: string | null },
  id: string,
): Promise<Flow> {
  const flow = await loadFlow(db, auth.accountId, id);
  const validation = await validateDefinition(db, auth.accountId, flow.definition, flow.campaignId);
  if (!validation.valid) {
    throw new AppError(
      'VALIDATION_ERROR',
      `The flow has ${validation.errors.length} problem(s) to fix before publishing`,
      {
        fields: validation.errors.map((issue) => ({
          field:
            [issue.nodeId && `nodes.${issue.nodeId}`, issue.field].filter(Boolean).join('.') || 'definition',
          message: issue.message,
        })),
        errors: validation.errors,
      },
    );
  }
  const version = (flow.publishedVersion ?? 0) + 1;
  try {
    await db.transaction(async (tx) => {
      await repo.insertVersion(tx, {
        accountId: auth.accountId,
        flowId: id,
        version,
        definition: flow.definition,
        publishedBy: auth.userId,
      });
      await repo.flowRepository.update(tx, auth.accountId, id, {
        publishedVersion: version,
        publishedAt: new Date(),
        draftChangedAt: null,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('CONFLICT', 'Someone published this flow at the same moment; reload');
    throw error;
  }
  return getFlow(db, auth.accountId, id);
}

export async function listVersions(db: Database, accountId: string, id: string): Promise<FlowVersion[]> {
  const flow = await loadFlow(db, accountId, id);
  return (await repo.listVersions(db, accountId, id)).map(({ version, publishedBy }) => ({
    version: version.version,
    definition: version.definition,
    publishedAt: version.createdAt.toISOString(),
    publishedBy,
    nodeCount: version.definition.nodes.length,
    live: version.version === flow.publishedVersion,
  }));
}

/** A copy of the draft, as a new unpublished flow on no campaign (a campaign runs one flow). */
export async function duplicateFlow(
  db: Database,
  accountId: string,
  id: string,
  input: { name?: string },
): Promise<Flow> {
  const flow = await loadFlow(db, accountId, id);
  return createFlow(db, accountId, {
    name: input.name ?? `Copy of ${flow.name}`.slice(0, 120),
    campaignId: null,
    definition: flow.definition,
  });
}

export async function flowAnalytics(
  db: Database,
  accountId: string,
  id: string,
  query: z.output<typeof FlowAnalyticsQuery>,
): Promise<FlowAnalytics> {
  const flow = await loadFlow(db, accountId, id);
  const version = query.version ?? flow.publishedVersion ?? undefined;
  const definition =
    (version && (await repo.findVersion(db, accountId, id, version))?.definition) || flow.definition;
  const { sessions, rows } = await repo.nodeBranchStats(db, {
    accountId,
    flowId: id,
    version,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  });
  return {
    flowId: id,
    version: version ?? null,
    sessions,
    nodes: definition.nodes.map((node) => {
      const mine = rows.filter((row) => row.nodeId === node.id);
      const entries = mine.reduce((sum, row) => sum + row.passes, 0);
      const totalMs = Math.round(mine.reduce((sum, row) => sum + row.totalMs, 0));
      return {
        nodeId: node.id,
        type: node.type,
        entries,
        exits: Object.fromEntries(mine.flatMap((row) => (row.branch ? [[row.branch, row.passes]] : []))),
        dropOffs: mine.reduce((sum, row) => sum + row.dropOffs, 0),
        totalMs,
        averageMs: entries ? Math.round(totalMs / entries) : 0,
      };
    }),
  };
}
