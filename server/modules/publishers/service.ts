import type { z } from 'zod';
import { maskPhone } from '../../../contracts/phone';
import type {
  AssignInput,
  CreatePublisherInput,
  PayoutRule,
  PayoutRuleInput,
  Publisher,
  PublisherCall,
  PublisherSummary,
  UpdatePublisherInput,
} from '../../../contracts/publishers';
import type { Database } from '../../db/client';
import type { PublisherRow } from '../../db/schema';
import { invalidFields, notFound } from '../../lib/app-error';
import * as repo from './repository';

const toPublisherDto = (row: PublisherRow): Publisher => ({
  id: row.id,
  name: row.name,
  company: row.company,
  email: row.email,
  status: row.status,
  defaultPayoutCents: row.defaultPayoutCents,
  rtbKey: row.rtbKey,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listPublishers(db: Database, accountId: string) {
  return (await repo.publisherRepository.list(db, accountId)).map(toPublisherDto);
}

async function findPublisher(db: Database, accountId: string, id: string) {
  const row = await repo.publisherRepository.find(db, accountId, id);
  if (!row) throw notFound('Publisher');
  return row;
}

export async function getPublisher(db: Database, accountId: string, id: string) {
  return toPublisherDto(await findPublisher(db, accountId, id));
}

export async function createPublisher(
  db: Database,
  accountId: string,
  input: z.output<typeof CreatePublisherInput>,
) {
  return toPublisherDto(await repo.publisherRepository.insert(db, accountId, input));
}

export async function updatePublisher(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdatePublisherInput>,
) {
  const row = await repo.publisherRepository.update(db, accountId, id, input);
  if (!row) throw notFound('Publisher');
  return toPublisherDto(row);
}

/** Its calls keep their history (publisher_id set null); its users and rules go with it. */
export async function deletePublisher(db: Database, accountId: string, id: string) {
  if (!(await repo.publisherRepository.remove(db, accountId, id))) throw notFound('Publisher');
}

export async function assertPublisher(
  db: Database,
  accountId: string,
  id: string | null | undefined,
  field: string,
) {
  await repo.publisherRepository.assertReference(db, accountId, id, field, 'publisher');
}

type RuleRow = Awaited<ReturnType<typeof repo.listRules>>[number];
const toRuleDto = ({ rule, campaignName }: RuleRow): PayoutRule => ({
  id: rule.id,
  publisherId: rule.publisherId,
  campaignId: rule.campaignId,
  campaignName,
  payoutCents: rule.payoutCents,
  trigger: rule.trigger,
  minDurationSeconds: rule.minDurationSeconds,
  revenueSharePercent: rule.revenueSharePercent,
  capDaily: rule.capDaily,
  capMonthly: rule.capMonthly,
  capTotal: rule.capTotal,
  duplicateRule: rule.duplicateRule,
  duplicateSeconds: rule.duplicateSeconds,
});

export async function listPayoutRules(db: Database, accountId: string, publisherId: string) {
  await findPublisher(db, accountId, publisherId);
  return (await repo.listRules(db, accountId, publisherId)).map(toRuleDto);
}

export async function savePayoutRule(
  db: Database,
  accountId: string,
  publisherId: string,
  input: z.output<typeof PayoutRuleInput>,
) {
  await findPublisher(db, accountId, publisherId);
  if (!(await repo.findCampaignInAccount(db, accountId, input.campaignId)))
    throw invalidFields([{ field: 'campaignId', message: 'No such campaign in this account' }]);
  const saved = await repo.upsertRule(db, {
    ...input,
    revenueSharePercent: input.revenueSharePercent ?? null,
    capDaily: input.capDaily ?? null,
    capMonthly: input.capMonthly ?? null,
    capTotal: input.capTotal ?? null,
    accountId,
    publisherId,
  });
  const rules = await listPayoutRules(db, accountId, publisherId);
  return rules.find((rule) => rule.id === saved.id)!;
}

export async function deletePayoutRule(db: Database, accountId: string, publisherId: string, ruleId: string) {
  if (!(await repo.deleteRule(db, accountId, publisherId, ruleId))) throw notFound('Payout rule');
}

export async function listSources(db: Database, accountId: string, publisherId: string) {
  await findPublisher(db, accountId, publisherId);
  return repo.listSources(db, accountId, publisherId);
}

export async function assignSources(
  db: Database,
  accountId: string,
  publisherId: string,
  input: z.output<typeof AssignInput>,
) {
  await findPublisher(db, accountId, publisherId);
  const { unknown } = await repo.replaceSources(db, { accountId, publisherId, ...input });
  if (unknown.length)
    throw invalidFields(
      unknown.map((id) => ({
        field: `ids.${input.ids.indexOf(id)}`,
        message: `No such ${input.kind} item in this account`,
      })),
    );
  return repo.listSources(db, accountId, publisherId);
}

/** A publisher's calls; the caller is always masked, as a publisher user sees them. */
export async function listPublisherCalls(db: Database, accountId: string, publisherId: string) {
  await findPublisher(db, accountId, publisherId);
  const rows = await repo.listPublisherCalls(db, { accountId, publisherId, limit: 200 });
  return rows.map(
    ({ call, campaignName }): PublisherCall => ({
      id: call.id,
      startedAt: call.startedAt.toISOString(),
      campaignName,
      caller: maskPhone(call.fromNumber),
      toNumber: call.toNumber,
      status: call.status,
      durationSeconds: call.durationSeconds,
      payoutCents: call.payoutCents,
      payoutState: call.payoutState,
      payoutNote: call.payoutNote,
    }),
  );
}

export async function summarisePublisher(
  db: Database,
  accountId: string,
  publisherId: string,
): Promise<PublisherSummary> {
  const publisher = await findPublisher(db, accountId, publisherId);
  return {
    publisher: { id: publisher.id, name: publisher.name, status: publisher.status },
    ...(await repo.summarisePublisherCalls(db, accountId, publisherId)),
  };
}
