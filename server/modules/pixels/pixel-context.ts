import type { PixelTagFilter } from '../../../contracts/pixels';
import type { CallRow } from '../../db/schema';
import { renderTemplate, type TokenContext } from '../rtb/tokens';

// Ad networks' click ids; a tracker's own parameter (RedTrack's rtkcid, clickid…) is preferred over them.
const AD_NETWORK_CLICK_IDS = ['gclid', 'gbraid', 'wbraid', 'fbclid', 'msclkid', 'ttclid'];

export function pickClickId(clickIds: Readonly<Record<string, string>> | null | undefined): string | null {
  const entries = Object.entries(clickIds ?? {}).filter(([, value]) => value);
  const own = entries.find(([key]) => !AD_NETWORK_CLICK_IDS.includes(key.toLowerCase()));
  const network = AD_NETWORK_CLICK_IDS.map((key) => entries.find(([k]) => k.toLowerCase() === key)).find(
    Boolean,
  );
  return (own ?? network)?.[1] ?? null;
}

export type CallForPixel = {
  call: CallRow;
  targetName: string | null;
  rtbTargetName: string | null;
  buyerName: string | null;
  publisherName: string | null;
};

/** Everything a pixel's tokens can say about a call, as it stands now. */
export function callTokenContext(found: CallForPixel, now: Date): TokenContext {
  const { call } = found;
  const utm = {
    utm_source: call.utmSource,
    utm_medium: call.utmMedium,
    utm_campaign: call.utmCampaign,
    utm_term: call.utmTerm,
    utm_content: call.utmContent,
  };
  const user: Record<string, string> = { ...call.clickIds };
  for (const [key, value] of Object.entries(utm)) if (value) user[key] = value;
  return {
    now,
    campaignId: call.campaignId ?? undefined,
    callId: call.id,
    callerId: call.fromNumber || null,
    callerState: call.fromState,
    callerZip: call.fromZip,
    publisherId: call.publisherId,
    targetName: found.targetName ?? found.rtbTargetName,
    isDuplicate: call.isDuplicate,
    callStartTime: call.startedAt,
    conversionAmountCents: call.revenueCents,
    conversionPayoutCents: call.payoutCents,
    currency: 'USD',
    durationSeconds: call.durationSeconds,
    status: call.status,
    clickId: pickClickId(call.clickIds),
    buyerName: found.buyerName,
    publisherName: found.publisherName,
    user,
  };
}

/** A made-up call for "send test": every token has a plausible value. */
export function sampleTokenContext(now: Date): TokenContext {
  return {
    now,
    requestId: `test-${now.getTime()}`,
    campaignId: 'cmp_sample',
    callId: 'call_sample',
    callerId: '+14155550123',
    callerState: 'CA',
    callerZip: '94103',
    publisherId: 'pub_sample',
    targetName: 'Sample target',
    isDuplicate: false,
    callStartTime: new Date(now.getTime() - 120_000),
    conversionAmountCents: 2500,
    conversionPayoutCents: 1000,
    currency: 'USD',
    durationSeconds: 95,
    status: 'completed',
    clickId: 'sample-click-id',
    buyerName: 'Sample buyer',
    publisherName: 'Sample publisher',
    user: { utm_source: 'google', gclid: 'sample-gclid' },
  };
}

/** The first tag filter the call fails, described for the delivery log; undefined when all pass. */
export function failedTagFilter(
  filters: readonly PixelTagFilter[],
  context: TokenContext,
): string | undefined {
  for (const filter of filters) {
    const value = renderTemplate(filter.token, context, { escape: 'none' }).trim();
    const listed = filter.values.some((wanted) => wanted.toLowerCase() === value.toLowerCase());
    if (listed !== (filter.operator === 'in')) {
      const verb = filter.operator === 'in' ? 'is not one of' : 'is one of';
      return `Tag filter: ${filter.token} is "${value}", which ${verb} ${filter.values.join(', ')}`;
    }
  }
  return undefined;
}
