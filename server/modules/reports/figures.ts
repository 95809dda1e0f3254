import type { StatsFigures } from '../../../contracts/stats';

/** The additive sums a report row is made of; everything in StatsFigures derives from them. */
export type StatsSums = {
  calls: number;
  answered: number;
  converted: number;
  revenueCents: number;
  payoutCents: number;
  durationSeconds: number;
  durationCalls: number;
  auctions: number;
  bids: number;
  wins: number;
  bidCents: number;
};

export const SUM_FIELDS = [
  'calls',
  'answered',
  'converted',
  'revenueCents',
  'payoutCents',
  'durationSeconds',
  'durationCalls',
  'auctions',
  'bids',
  'wins',
  'bidCents',
] as const satisfies readonly (keyof StatsSums)[];

export const zeroSums = (): StatsSums =>
  Object.fromEntries(SUM_FIELDS.map((field) => [field, 0])) as StatsSums;

/** Database sums arrive as text (bigint) or numbers; they are integers far below 2^53. */
export function sumsFromRow(row: Record<string, unknown>): StatsSums {
  return Object.fromEntries(SUM_FIELDS.map((field) => [field, Number(row[field] ?? 0)])) as StatsSums;
}

export function addSums(into: StatsSums, add: StatsSums): StatsSums {
  for (const field of SUM_FIELDS) into[field] += add[field];
  return into;
}

const ratio = (part: number, whole: number) => (whole ? Math.round(part / whole) : 0);

/** Rates and averages from exact sums: percentages to two decimals, averages to whole units. */
export function figuresOf(sums: StatsSums, uniqueCallers: number | null): StatsFigures {
  return {
    calls: sums.calls,
    uniqueCallers,
    answered: sums.answered,
    converted: sums.converted,
    conversionRate: sums.calls ? Math.round((sums.converted * 10_000) / sums.calls) / 100 : 0,
    revenueCents: sums.revenueCents,
    payoutCents: sums.payoutCents,
    profitCents: sums.revenueCents - sums.payoutCents,
    avgDurationSeconds: ratio(sums.durationSeconds, sums.durationCalls),
    auctions: sums.auctions,
    bids: sums.bids,
    wins: sums.wins,
    avgBidCents: ratio(sums.bidCents, sums.bids),
  };
}
