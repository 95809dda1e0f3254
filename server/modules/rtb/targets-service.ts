import type { z } from 'zod';
import type { FieldError } from '../../../contracts/common';
import type {
  CreateRtbTargetInput,
  RtbTarget,
  SampleCallInput,
  UpdateRtbTargetInput,
} from '../../../contracts/rtb';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import type { RtbTargetRow } from '../../db/schema';
import { invalidFields, notFound } from '../../lib/app-error';
import { buyerRepository } from '../buyers/repository';
import { buildBidRequest, listUnknownTargetTokens } from './build-request';
import { decryptSecret, encryptSecret } from './hmac';
import * as repo from './repository';
import { listInvalidPaths } from './response-mapping';
import { type AuctionBidder, runAuction } from './run-auction';
import { BlockedAddressError, checkUrl, resolveVetted } from './ssrf-guard';
import type { TokenContext } from './tokens';

export type RtbContext = { db: Database; config: Config };

export const toRtbTargetDto = (row: RtbTargetRow): RtbTarget => ({
  id: row.id,
  name: row.name,
  buyerId: row.buyerId,
  endpointUrl: row.endpointUrl,
  method: row.method,
  contentType: row.contentType,
  headers: row.headers,
  requestTemplate: row.requestTemplate,
  responseMapping: row.responseMapping,
  timeoutMs: row.timeoutMs,
  minBidCents: row.minBidCents,
  maxBidCents: row.maxBidCents,
  currency: row.currency,
  caps: row.caps,
  rateLimits: row.rateLimits,
  auth: { type: row.authType, headerName: row.authHeaderName, hasSecret: !!row.authSecretSealed },
  callerIdPolicy: row.callerIdPolicy,
  callerIdNumber: row.callerIdNumber,
  forceE164: row.forceE164,
  sipHeaders: row.sipHeaders,
  dtmfOnAnswer: row.dtmfOnAnswer,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The platform's own simulated bidder may be reached outside production, so "Create a demo bidder" works. */
export function mayReach(url: string, config: Config): boolean {
  if (config.allowPrivateOutbound) return true;
  if (config.production || !URL.canParse(url)) return false;
  const target = new URL(url);
  return target.origin === new URL(config.publicUrl).origin && target.pathname === '/_sim/rtb';
}

/**
 * A URL that can never be pinged (bad scheme, credentials, a private address) is refused when
 * saved. A name that does not resolve right now is accepted: DNS is checked again on every ping.
 */
export async function endpointProblem(url: string, allowPrivate: boolean): Promise<string | undefined> {
  const checked = checkUrl(url, { allowPrivate });
  if (!checked.ok) return checked.message;
  try {
    await resolveVetted(checked.url.hostname, { allowPrivate });
  } catch (error) {
    if (error instanceof BlockedAddressError) return error.message;
  }
  return undefined;
}

type Merged = Pick<RtbTargetRow, 'endpointUrl' | 'method' | 'contentType' | 'headers' | 'requestTemplate'> & {
  responseMapping: RtbTargetRow['responseMapping'];
  minBidCents: number;
  maxBidCents: number | null;
};

/** Everything about a target that only makes sense as a whole, each problem named by its field. */
async function checkTarget(target: Merged, config: Config) {
  const errors: FieldError[] = [];
  const unknown = listUnknownTargetTokens(target);
  if (unknown.length)
    errors.push({ field: 'requestTemplate', message: `Unknown tokens: ${unknown.join(', ')}` });
  for (const field of listInvalidPaths(target.responseMapping)) {
    errors.push({ field: `responseMapping.${field}`, message: 'Not a path such as $.bid.amount' });
  }
  if (target.maxBidCents != null && target.maxBidCents < target.minBidCents) {
    errors.push({ field: 'maxBidCents', message: 'Must not be below minBidCents' });
  }
  const urlProblem = await endpointProblem(target.endpointUrl, mayReach(target.endpointUrl, config));
  if (urlProblem) errors.push({ field: 'endpointUrl', message: urlProblem });
  if (errors.length) throw invalidFields(errors);
}

type AuthInput = z.output<typeof CreateRtbTargetInput>['auth'];

/** Seals a new secret; keeps the stored one when the input leaves it out. */
function authColumns(auth: AuthInput, existing: RtbTargetRow | undefined, config: Config, targetId: string) {
  if (!auth) return {};
  if (auth.type === 'none')
    return { authType: 'none' as const, authHeaderName: null, authSecretSealed: null };
  const secret = auth.type === 'header' ? auth.headerValue : auth.secret;
  const keepsSecret = existing?.authType === auth.type && existing.authSecretSealed;
  if (!secret && !keepsSecret) {
    throw invalidFields([
      {
        field: auth.type === 'header' ? 'auth.headerValue' : 'auth.secret',
        message: 'Required for this authentication',
      },
    ]);
  }
  return {
    authType: auth.type,
    authHeaderName: auth.type === 'header' ? auth.headerName : null,
    authSecretSealed: secret
      ? encryptSecret(secret, config.sessionSecret, targetId)
      : existing!.authSecretSealed,
  };
}

export async function listRtbTargets({ db }: RtbContext, accountId: string) {
  return (await repo.rtbTargetRepository.list(db, accountId)).map(toRtbTargetDto);
}

async function findRow(db: Database, accountId: string, id: string) {
  const row = await repo.rtbTargetRepository.find(db, accountId, id);
  if (!row) throw notFound('RTB target');
  return row;
}

export async function getRtbTarget({ db }: RtbContext, accountId: string, id: string) {
  return toRtbTargetDto(await findRow(db, accountId, id));
}

export async function createRtbTarget(
  ctx: RtbContext,
  accountId: string,
  input: z.output<typeof CreateRtbTargetInput>,
) {
  const { auth, ...fields } = input;
  await buyerRepository.assertReference(ctx.db, accountId, fields.buyerId, 'buyerId', 'buyer');
  await checkTarget(
    {
      endpointUrl: fields.endpointUrl,
      method: fields.method ?? 'POST',
      contentType: fields.contentType ?? 'application/json',
      headers: fields.headers ?? {},
      requestTemplate: fields.requestTemplate ?? '',
      responseMapping: fields.responseMapping ?? {},
      minBidCents: fields.minBidCents ?? 0,
      maxBidCents: fields.maxBidCents ?? null,
    },
    ctx.config,
  );
  const row = await repo.rtbTargetRepository.insert(ctx.db, accountId, fields);
  if (!auth) return toRtbTargetDto(row);
  const updated = await repo.rtbTargetRepository.update(
    ctx.db,
    accountId,
    row.id,
    authColumns(auth, row, ctx.config, row.id),
  );
  return toRtbTargetDto(updated!);
}

export async function updateRtbTarget(
  ctx: RtbContext,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateRtbTargetInput>,
) {
  const existing = await findRow(ctx.db, accountId, id);
  const { auth, ...fields } = input;
  await buyerRepository.assertReference(ctx.db, accountId, fields.buyerId, 'buyerId', 'buyer');
  // An explicit null clears the maximum; leaving it out keeps the stored one.
  const maxBidCents = 'maxBidCents' in fields ? (fields.maxBidCents ?? null) : existing.maxBidCents;
  await checkTarget({ ...existing, ...fields, maxBidCents }, ctx.config);
  const row = await repo.rtbTargetRepository.update(ctx.db, accountId, id, {
    ...fields,
    ...authColumns(auth, existing, ctx.config, id),
  });
  return toRtbTargetDto(row!);
}

export async function deleteRtbTarget({ db }: RtbContext, accountId: string, id: string) {
  if (!(await repo.rtbTargetRepository.remove(db, accountId, id))) throw notFound('RTB target');
}

function sampleContext(target: RtbTargetRow, sample: z.output<typeof SampleCallInput>): TokenContext {
  const now = new Date();
  return {
    now,
    requestId: `preview-${now.getTime()}`,
    callId: 'call_preview',
    callerId: sample.callerId ?? '+14155550123',
    callerState: sample.callerState ?? 'CA',
    callerZip: sample.callerZip ?? '94103',
    targetName: target.name,
    callStartTime: now,
    minBidCents: target.minBidCents,
    maxBidCents: target.maxBidCents,
    currency: target.currency,
  };
}

/** A request as shown to people: the auth header value masked, HMAC headers described. */
function shownRequest(target: RtbTargetRow, context: TokenContext) {
  const request = buildBidRequest(target, context);
  const headers = { ...request.headers };
  if (target.authType === 'header' && target.authHeaderName) headers[target.authHeaderName] = '••••••';
  if (target.authType === 'hmac')
    Object.assign(headers, { 'X-Signature': '(computed when sent)', 'X-Timestamp': '(now)' });
  return { url: request.url, method: request.method, headers, body: request.body ?? null };
}

/** The exact ping a target would get for a sample call; the auth value is shown masked. */
export async function previewRtbRequest(
  ctx: RtbContext,
  accountId: string,
  id: string,
  sample: z.output<typeof SampleCallInput>,
) {
  const target = await findRow(ctx.db, accountId, id);
  return shownRequest(target, sampleContext(target, sample));
}

/** The auction bidder for a target: its request for this call, its secret unsealed. */
export function toBidder(
  target: RtbTargetRow,
  context: TokenContext,
  config: Config,
  priority = 1,
): AuctionBidder {
  const request = buildBidRequest(target, context);
  const secret = target.authSecretSealed
    ? decryptSecret(target.authSecretSealed, config.sessionSecret, target.id)
    : undefined;
  if (target.authType === 'header' && target.authHeaderName && secret) {
    request.headers = { ...request.headers, [target.authHeaderName]: secret };
  }
  return {
    id: target.id,
    priority,
    request,
    timeoutMs: target.timeoutMs,
    minBidCents: target.minBidCents,
    maxBidCents: target.maxBidCents,
    currency: target.currency,
    forceE164: target.forceE164,
    mapping: target.responseMapping,
    hmacSecret: target.authType === 'hmac' ? secret : undefined,
  };
}

/** Sends the sample ping for real and shows what came back and how it was read. */
export async function testRtbTarget(
  ctx: RtbContext,
  accountId: string,
  id: string,
  sample: z.output<typeof SampleCallInput>,
) {
  const target = await findRow(ctx.db, accountId, id);
  const context = sampleContext(target, sample);
  const bidder = toBidder(target, context, ctx.config);
  const result = await runAuction({
    bidders: [bidder],
    deadlineMs: target.timeoutMs,
    allowPrivate: mayReach(target.endpointUrl, ctx.config),
    callerId: context.callerId,
  });
  const ping = result.pings[0];
  const preview = shownRequest(target, context);
  const outcome = ping.outcome;
  return {
    request: preview,
    latencyMs: ping.latencyMs == null ? null : Math.round(ping.latencyMs),
    httpStatus: ping.httpStatus,
    responseExcerpt: ping.responseExcerpt,
    valid: outcome.valid,
    reason: outcome.valid ? null : outcome.reason,
    message: outcome.valid ? null : outcome.message,
    bid: ping.bid
      ? {
          amountCents: ping.bid.amountCents,
          destination: ping.bid.phoneNumber,
          sipAddress: ping.bid.sipAddress,
          expireInSeconds: ping.bid.expiresAt ? Math.round((ping.bid.expiresAt - Date.now()) / 1000) : null,
        }
      : null,
  };
}
