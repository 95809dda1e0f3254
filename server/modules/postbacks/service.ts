import type { z } from 'zod';
import type { PostbackInput, PostbackResult, PostbackUrl } from '../../../contracts/pixels';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { randomToken } from '../../db/columns';
import { AppError, invalidFields, notFound } from '../../lib/app-error';
import { sha256 } from '../../lib/hash';
import { recordCallEvents } from '../call-events/record-call-events';
import * as calls from '../calls/repository';
import { settlePayout } from '../publishers/settle-payout';
import { countConversion } from '../routing/service';
import { decryptSecret, encryptSecret } from '../rtb/hmac';
import { parseCents } from '../rtb/money';
import { longestConnected, settleCall } from '../telephony/settle-call';
import { type LookupBounds, lookupWithin } from './bounded-lookup';
import * as repo from './repository';

export type PostbackContext = { db: Database; config: Config; clickIdLookup?: LookupBounds };

const MAX_REVENUE_CENTS = 100_000_000;
const postbackPath = (token: string) => `/api/postbacks/${token}`;

export async function getPostbackUrl(
  { db, config }: PostbackContext,
  accountId: string,
): Promise<PostbackUrl> {
  const row = await repo.findPostbackToken(db, accountId);
  if (!row) return { url: null, createdAt: null };
  const token = decryptSecret(row.tokenSealed, config.sessionSecret, accountId);
  return { url: `${config.publicUrl}${postbackPath(token)}`, createdAt: row.createdAt.toISOString() };
}

/** A new secret for the account's postback URL; the old URL stops working at once. */
export async function rotatePostbackUrl(ctx: PostbackContext, accountId: string): Promise<PostbackUrl> {
  const token = randomToken(32);
  await repo.savePostbackToken(ctx.db, {
    accountId,
    tokenHash: sha256(token),
    tokenSealed: encryptSecret(token, ctx.config.sessionSecret, accountId),
    createdAt: new Date(),
  });
  return getPostbackUrl(ctx, accountId);
}

function revenueOf(input: z.output<typeof PostbackInput>): number | undefined {
  if (input.revenue === undefined || input.revenue === '') return undefined;
  const cents = parseCents(input.revenue);
  if (cents === undefined || cents < 0 || cents > MAX_REVENUE_CENTS)
    throw invalidFields([{ field: 'revenue', message: 'An amount in dollars, such as 12.50' }]);
  return cents;
}

/**
 * Marks the call converted, as a sale confirmed after the call. The attempt that answered now
 * converts whatever its length, at the reported revenue, and the call is settled again from it:
 * money, caps and the converted and payout events follow the same rules as a long enough call,
 * and later Twilio callbacks recompute the same result. Repeating a postback changes nothing.
 */
async function convertCall(db: Database, callId: string, revenueCents: number | undefined, now: Date) {
  return db.transaction(async (tx) => {
    const call = (await calls.lockCall(tx, callId))!;
    const attempts = await calls.listAttempts(tx, callId);
    const answered = longestConnected(attempts) ?? attempts.findLast((a) => a.answeredAt != null);
    if (answered) {
      await calls.updateAttempt(tx, answered.id, {
        conversionSeconds: 0,
        ...(revenueCents === undefined ? {} : { revenueCents }),
      });
    }
    if (answered?.connectedSeconds != null) {
      await settleCall(tx, callId, now);
    } else {
      // Not settled yet (still on the line) or never answered: the call converts as reported now.
      if (revenueCents !== undefined) await calls.updateCall(tx, callId, { revenueCents });
      const target = answered?.targetId ? await calls.findTarget(tx, answered.targetId) : undefined;
      if ((await calls.markConvertedOnce(tx, callId)) && target) await countConversion(tx, target, now);
      const paid = await settlePayout(tx, callId);
      await recordCallEvents(tx, call, paid ? ['converted', 'payout'] : ['converted'], now);
    }
    const after = (await calls.findCallById(tx, callId))!;
    return { revenueCents: after.revenueCents, alreadyConverted: call.converted };
  });
}

export async function receivePostback(
  ctx: PostbackContext,
  token: string,
  input: z.output<typeof PostbackInput>,
): Promise<z.infer<typeof PostbackResult>> {
  if (!input.callId && !input.clickId)
    throw invalidFields([{ field: 'callId', message: 'Send callId, or the clickId of the visit' }]);
  const revenueCents = revenueOf(input);
  const accountId = await repo.findAccountByPostbackHash(ctx.db, sha256(token));
  if (!accountId) throw new AppError('NOT_FOUND', 'No postback URL has this token');
  const callId = input.callId
    ? await repo.findCallInAccount(ctx.db, accountId, input.callId)
    : (await lookupWithin(() => repo.findCallByClickId(ctx.db, accountId, input.clickId!), ctx.clickIdLookup))
        .found;
  if (!callId) throw notFound(input.callId ? 'Call' : 'Call with this click id');
  const result = await convertCall(ctx.db, callId, revenueCents, new Date());
  return { callId, converted: true, ...result };
}
