import type { z } from 'zod';
import type { FieldError } from '../../../contracts/common';
import type {
  CreatePixelInput,
  Pixel,
  PixelDeliveriesQuery,
  PixelDelivery,
  PixelTagFilter,
  UpdatePixelInput,
} from '../../../contracts/pixels';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import type { PixelDeliveryRow, PixelRow } from '../../db/schema';
import { invalidFields, notFound } from '../../lib/app-error';
import { campaignRepository } from '../campaigns/repository';
import { endpointProblem } from '../rtb/targets-service';
import { describeTokens, listUnknownTokens } from '../rtb/tokens';
import { attemptDelivery, type DeliverySettings, leaseMs } from './deliver';
import { pixelsChanged } from './enqueue';
import * as repo from './repository';

export type PixelContext = { db: Database; config: Config; delivery: DeliverySettings };

export const toPixelDto = (row: PixelRow): Pixel => ({
  id: row.id,
  name: row.name,
  events: row.events as Pixel['events'],
  campaignId: row.campaignId,
  tagFilters: row.tagFilters,
  method: row.method,
  url: row.url,
  contentType: row.contentType,
  headers: row.headers,
  body: row.body,
  enabled: row.enabled,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toDeliveryDto = (row: PixelDeliveryRow, pixelName: string | null): PixelDelivery => ({
  id: row.id,
  pixelId: row.pixelId,
  pixelName,
  callId: row.callId,
  event: row.event,
  status: row.status as PixelDelivery['status'],
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
  request: row.request,
  httpStatus: row.httpStatus,
  latencyMs: row.latencyMs,
  responseExcerpt: row.responseExcerpt,
  error: row.error,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const SINGLE_TOKEN = /^(?:\[[^\]]+\]|\{[A-Za-z]\w*\})$/;

type Templates = Pick<PixelRow, 'url' | 'headers' | 'body'> & { tagFilters: PixelTagFilter[] };

/** Every problem with a pixel's templates and URL, each named by its field. */
async function checkPixel(pixel: Templates, config: Config) {
  const errors: FieldError[] = [];
  const unknown = (field: string, template: string) => {
    const names = listUnknownTokens(template, 'pixel');
    if (names.length) errors.push({ field, message: `Unknown tokens: ${names.join(', ')}` });
  };
  unknown('url', pixel.url);
  unknown('body', pixel.body);
  for (const [name, value] of Object.entries(pixel.headers)) unknown(`headers.${name}`, value);
  pixel.tagFilters.forEach((filter, index) => {
    if (!SINGLE_TOKEN.test(filter.token))
      errors.push({ field: `tagFilters.${index}.token`, message: 'One token, such as [tag:Geo:ZipCode]' });
    else unknown(`tagFilters.${index}.token`, filter.token);
  });
  if (!errors.some((error) => error.field === 'url')) {
    const problem = await endpointProblem(pixel.url, config.allowPrivateOutbound);
    if (problem) errors.push({ field: 'url', message: problem });
  }
  if (errors.length) throw invalidFields(errors);
}

async function findRow(db: Database, accountId: string, id: string) {
  const row = await repo.pixelRepository.find(db, accountId, id);
  if (!row) throw notFound('Pixel');
  return row;
}

export async function listPixels({ db }: PixelContext, accountId: string) {
  return (await repo.pixelRepository.list(db, accountId)).map(toPixelDto);
}

export async function getPixel({ db }: PixelContext, accountId: string, id: string) {
  return toPixelDto(await findRow(db, accountId, id));
}

export async function createPixel(
  ctx: PixelContext,
  accountId: string,
  input: z.output<typeof CreatePixelInput>,
) {
  await campaignRepository.assertReference(ctx.db, accountId, input.campaignId, 'campaignId', 'campaign');
  await checkPixel(
    {
      url: input.url,
      headers: input.headers ?? {},
      body: input.body ?? '',
      tagFilters: input.tagFilters ?? [],
    },
    ctx.config,
  );
  const row = await repo.pixelRepository.insert(ctx.db, accountId, input);
  pixelsChanged(accountId);
  return toPixelDto(row);
}

export async function updatePixel(
  ctx: PixelContext,
  accountId: string,
  id: string,
  input: z.output<typeof UpdatePixelInput>,
) {
  const existing = await findRow(ctx.db, accountId, id);
  await campaignRepository.assertReference(ctx.db, accountId, input.campaignId, 'campaignId', 'campaign');
  await checkPixel({ ...existing, ...input }, ctx.config);
  const row = await repo.pixelRepository.update(ctx.db, accountId, id, input);
  pixelsChanged(accountId);
  return toPixelDto(row!);
}

export async function deletePixel({ db }: PixelContext, accountId: string, id: string) {
  if (!(await repo.pixelRepository.remove(db, accountId, id))) throw notFound('Pixel');
  pixelsChanged(accountId);
}

export async function listPixelDeliveries(
  { db }: PixelContext,
  accountId: string,
  query: z.output<typeof PixelDeliveriesQuery>,
) {
  const rows = await repo.listDeliveries(db, accountId, query);
  return rows.map((row) => toDeliveryDto(row.delivery, row.pixelName));
}

/** Sends the pixel now for a sample call, once, and records it in the delivery log. */
export async function testPixel(ctx: PixelContext, accountId: string, id: string) {
  const pixel = await findRow(ctx.db, accountId, id);
  const row = await repo.insertTestDelivery(ctx.db, {
    accountId,
    pixelId: pixel.id,
    leaseUntil: new Date(Date.now() + leaseMs(ctx.delivery)),
  });
  const outcome = await attemptDelivery(
    { db: ctx.db, allowPrivate: ctx.config.allowPrivateOutbound, settings: ctx.delivery },
    row,
    { retry: false },
  );
  return toDeliveryDto({ ...row, ...outcome, updatedAt: new Date() }, pixel.name);
}

export const pixelTokens = () => describeTokens('pixel');
