import { type SQL, sql } from 'drizzle-orm';
import type { StatsFilters, StatsGroupBy } from '../../../contracts/stats';

export type Dimension = Exclude<StatsGroupBy, 'hour' | 'day'>;

/** Each report dimension as the value it reads from a call (`calls` aliased `c`; null = none). */
export const DIMENSION_COLUMNS: Record<Dimension, SQL> = {
  campaign: sql`c.campaign_id`,
  buyer: sql`c.buyer_id`,
  target: sql`c.target_id`,
  publisher: sql`c.publisher_id`,
  number: sql`c.number_id`,
  state: sql`upper(c.from_state)`,
  utmSource: sql`lower(c.utm_source)`,
};

/** The query filter of each dimension, and how a filter value is normalised like the column. */
export const DIMENSION_FILTERS: Record<
  Dimension,
  { field: keyof StatsFilters; normalise: (v: string) => string }
> = {
  campaign: { field: 'campaignId', normalise: (v) => v },
  buyer: { field: 'buyerId', normalise: (v) => v },
  target: { field: 'targetId', normalise: (v) => v },
  publisher: { field: 'publisherId', normalise: (v) => v },
  number: { field: 'numberId', normalise: (v) => v },
  state: { field: 'state', normalise: (v) => v.toUpperCase() },
  utmSource: { field: 'utmSource', normalise: (v) => v.toLowerCase() },
};

export const isDimension = (groupBy: StatsGroupBy): groupBy is Dimension =>
  groupBy !== 'hour' && groupBy !== 'day';

/** The filters set on a query, as (dimension, normalised value). */
export function activeFilters(filters: StatsFilters): { dimension: Dimension; value: string }[] {
  return (Object.entries(DIMENSION_FILTERS) as [Dimension, (typeof DIMENSION_FILTERS)[Dimension]][]).flatMap(
    ([dimension, { field, normalise }]) => {
      const value = filters[field];
      return value ? [{ dimension, value: normalise(value) }] : [];
    },
  );
}
