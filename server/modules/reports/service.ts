import type { z } from 'zod';
import type {
  CampaignStats,
  CampaignStatsQuery,
  CreateSavedViewInput,
  HistoricalStats,
  HistoricalStatsQuery,
  InboundPingOutcome,
  LiveStats,
  RtbBidderStats,
  RtbStatsQuery,
  SavedView,
  StatsRow,
} from '../../../contracts/stats';
import type { Database } from '../../db/client';
import { forbidden, invalidFields, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../plugins/auth';
import { LIVE_ATTEMPT_MAX_AGE_MS } from '../calls/stale-attempts';
import { activeFilters, type Dimension, isDimension } from './dimensions';
import { addSums, figuresOf, type StatsSums, sumsFromRow, zeroSums } from './figures';
import * as repo from './repository';
import { withoutJit } from './repository';
import { refreshDirtyHours } from './rollup';

const MAX_RANGE_DAYS = 400;
const MAX_HOURLY_DAYS = 93;
const DAY_MS = 86_400_000;

type Query = z.output<typeof HistoricalStatsQuery>;

/** Which rollup dimension answers a query, or null when only calls can (two dimensions at once). */
function rollupPlan(
  query: Query,
  filters: repo.Filter[],
): { dimension: Dimension | 'all'; value?: string } | null {
  const grouped = isDimension(query.groupBy) ? query.groupBy : undefined;
  if (filters.length > 1) return null;
  const [filter] = filters;
  if (!filter) return { dimension: grouped ?? 'all' };
  if (grouped && grouped !== filter.dimension) return null;
  return { dimension: filter.dimension, value: filter.value };
}

/** Local days (YYYY-MM-DD) or hour starts (ISO) covering the range, so empty periods show as zeros. */
function periodKeys(grouping: repo.Grouping, range: repo.Range): string[] {
  if (grouping.kind === 'dimension') return [];
  if (grouping.kind === 'hour') {
    const keys: string[] = [];
    // The local hour `from` falls in (not the UTC hour: half-hour timezones).
    const localMinute = Number(
      new Intl.DateTimeFormat('en-US', { timeZone: grouping.timezone, minute: 'numeric' }).format(range.from),
    );
    const first = range.from.getTime() - (range.from.getTime() % 60_000) - localMinute * 60_000;
    for (let t = first; t < range.to.getTime(); t += 3_600_000) keys.push(new Date(t).toISOString());
    return keys;
  }
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: grouping.timezone, dateStyle: 'short' });
  const keys = new Set<string>();
  for (let t = range.from.getTime(); t < range.to.getTime(); t += 3_600_000)
    keys.add(day.format(new Date(t)));
  return [...keys];
}

function hourLabel(timezone: string) {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: timezone,
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (iso: string) => format.format(new Date(iso));
}

async function labelsFor(db: Database, accountId: string, grouping: repo.Grouping, keys: string[]) {
  if (grouping.kind === 'day') return (key: string) => key;
  if (grouping.kind === 'hour') return hourLabel(grouping.timezone);
  const names = await repo.dimensionNames(
    db,
    accountId,
    grouping.dimension,
    keys.filter((k) => k),
  );
  return (key: string) => (key ? (names.get(key) ?? key) : '(none)');
}

export async function historicalStats(
  db: Database,
  accountId: string,
  query: Query,
): Promise<HistoricalStats> {
  const range = await repo.resolveRange(db, query);
  const days = (range.to.getTime() - range.from.getTime()) / DAY_MS;
  if (days <= 0) throw invalidFields([{ field: 'to', message: 'Must be after from' }]);
  if (days > MAX_RANGE_DAYS)
    throw invalidFields([{ field: 'to', message: `At most ${MAX_RANGE_DAYS} days` }]);
  if (query.groupBy === 'hour' && days > MAX_HOURLY_DAYS)
    throw invalidFields([
      { field: 'groupBy', message: `Hourly reports cover at most ${MAX_HOURLY_DAYS} days` },
    ]);

  const grouping: repo.Grouping = isDimension(query.groupBy)
    ? { kind: 'dimension', dimension: query.groupBy }
    : query.groupBy === 'hour'
      ? { kind: 'hour', timezone: query.timezone }
      : { kind: 'day', timezone: query.timezone };
  const filters = activeFilters(query);
  const plan = range.rollupReady || grouping.kind === 'dimension' ? rollupPlan(query, filters) : null;
  const alignedForRollup = plan && range.rollupReady;

  const sums = new Map<string, StatsSums>();
  const unique = new Map<string | null, number>();
  if (alignedForRollup) await refreshDirtyHours(db, accountId);
  await withoutJit(db, async (tx) => {
    const rows = alignedForRollup
      ? await repo.rollupSums(tx, accountId, { range, grouping, ...plan })
      : await repo.callSums(tx, accountId, { range, grouping, filters });
    for (const row of rows) sums.set(row.key, sumsFromRow(row));
    if (!query.uniqueCallers) return;
    for (const row of await repo.uniqueCallers(tx, accountId, { range, grouping, filters }))
      unique.set(row.key, Number(row.n));
  });
  for (const key of periodKeys(grouping, range)) if (!sums.has(key)) sums.set(key, zeroSums());

  const keys = [...sums.keys()];
  const label = await labelsFor(db, accountId, grouping, keys);
  const rows: StatsRow[] = keys.map((key) => ({
    key: grouping.kind === 'dimension' && key === '' ? null : key,
    label: label(key),
    ...figuresOf(sums.get(key) as StatsSums, query.uniqueCallers ? (unique.get(key) ?? 0) : null),
  }));
  if (grouping.kind === 'dimension') rows.sort((a, b) => b.calls - a.calls || a.label.localeCompare(b.label));
  else rows.sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));
  const total = [...sums.values()].reduce(addSums, zeroSums());
  return {
    groupBy: query.groupBy,
    timezone: query.timezone,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    rows,
    totals: figuresOf(total, query.uniqueCallers ? (unique.get(null) ?? 0) : null),
  };
}

export async function campaignStats(
  db: Database,
  accountId: string,
  campaignId: string,
  query: z.output<typeof CampaignStatsQuery>,
): Promise<CampaignStats> {
  const [name] = (await repo.dimensionNames(db, accountId, 'campaign', [campaignId])).values();
  if (name === undefined) throw notFound('Campaign');
  const report = await historicalStats(db, accountId, { ...query, groupBy: 'day', campaignId });
  return {
    campaignId,
    campaignName: name,
    timezone: report.timezone,
    from: report.from,
    to: report.to,
    totals: report.totals,
    days: report.rows,
  };
}

export async function liveStats(db: Database, accountId: string, now = new Date()): Promise<LiveStats> {
  const live = await repo.liveCalls(db, accountId, new Date(now.getTime() - LIVE_ATTEMPT_MAX_AGE_MS));
  return {
    at: now.toISOString(),
    total: live.campaigns.reduce((sum, c) => sum + c.live, 0),
    campaigns: live.campaigns,
    targets: live.targets,
  };
}

const rounded = (part: number, whole: number) => (whole ? Math.round(part / whole) : 0);

export async function inboundPingStats(
  db: Database,
  accountId: string,
  query: z.output<typeof RtbStatsQuery>,
): Promise<{ items: InboundPingOutcome[] }> {
  const range = await repo.resolveRange(db, query);
  const rows = await repo.inboundPingOutcomes(db, accountId, range);
  return {
    items: rows.map((row) => ({
      accepted: row.accepted,
      reason: row.accepted ? 'Accepted' : (row.reason ?? 'Rejected'),
      errorCode: row.errorCode === null ? null : Number(row.errorCode),
      pings: Number(row.pings),
      avgBidCents: row.accepted ? rounded(Number(row.bidCents), Number(row.pings)) : 0,
    })),
  };
}

export async function rtbBidderStats(
  db: Database,
  accountId: string,
  query: z.output<typeof RtbStatsQuery>,
): Promise<{ items: RtbBidderStats[] }> {
  const range = await repo.resolveRange(db, query);
  const rows = await repo.bidderTotals(db, accountId, range);
  return {
    items: rows.map((row) => {
      const n = (field: string) => Number(row[field] ?? 0);
      return {
        rtbTargetId: (row.rtbTargetId as string | null) ?? null,
        name: String(row.name),
        pings: n('pings'),
        bids: n('bids'),
        wins: n('wins'),
        winRate: n('pings') ? Math.round((n('wins') * 10_000) / n('pings')) / 100 : 0,
        avgBidCents: rounded(n('bidCents'), n('bids')),
        avgWinningBidCents: rounded(n('winCents'), n('wins')),
        avgLatencyMs: rounded(n('latencyMs'), n('latencyCount')),
        timeouts: n('timeouts'),
      };
    }),
  };
}

function viewOwner(auth: AuthContext) {
  if (!auth.userId) throw forbidden('Saved views belong to a signed-in user, not an API key');
  return { accountId: auth.accountId, userId: auth.userId };
}

const toViewDto = (row: Awaited<ReturnType<typeof repo.insertSavedView>>): SavedView => ({
  id: row.id,
  name: row.name,
  params: row.params,
  createdAt: row.createdAt.toISOString(),
});

export async function listSavedViews(db: Database, auth: AuthContext) {
  // An API key is no user, so it has no saved views.
  if (!auth.userId) return { items: [] };
  const owner = viewOwner(auth);
  return { items: (await repo.listSavedViews(db, owner.accountId, owner.userId)).map(toViewDto) };
}

export async function createSavedView(
  db: Database,
  auth: AuthContext,
  input: z.output<typeof CreateSavedViewInput>,
) {
  return toViewDto(await repo.insertSavedView(db, viewOwner(auth), input));
}

export async function deleteSavedView(db: Database, auth: AuthContext, id: string) {
  if (!(await repo.deleteSavedView(db, viewOwner(auth), id))) throw notFound('Saved view');
}
