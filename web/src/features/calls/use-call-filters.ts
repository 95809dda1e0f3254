import { CallStatus } from '@contracts/calls';
import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import type { CallFilters } from './api';

export const filterKeys = ['start', 'end', 'campaign', 'status', 'converted', 'caller', 'utmSource'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type FilterValues = Record<FilterKey, string>;

/** Local midnight of a yyyy-mm-dd day, `addDays` later, as an instant the API accepts. */
function dayStart(day: string, addDays = 0): string | undefined {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return undefined;
  return new Date(year, month - 1, date + addDays).toISOString();
}

export function toApiFilters(values: FilterValues): CallFilters {
  const status = CallStatus.safeParse(values.status);
  return {
    from: values.start ? dayStart(values.start) : undefined,
    // The end day is inclusive on screen; the API's `to` is exclusive.
    to: values.end ? dayStart(values.end, 1) : undefined,
    campaignId: values.campaign || undefined,
    status: status.success ? status.data : undefined,
    converted: values.converted === 'true' || values.converted === 'false' ? values.converted : undefined,
    caller: values.caller.trim() || undefined,
    utmSource: values.utmSource.trim() || undefined,
  };
}

/** The call log's filters live in the address, so a filtered view can be reloaded and shared. */
export function useCallFilters() {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () => Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? ''])) as FilterValues,
    [params],
  );
  const apiFilters = useMemo(() => toApiFilters(values), [values]);

  const setFilter = (key: FilterKey, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const clear = () => setParams({}, { replace: true });
  const active = filterKeys.some((key) => values[key] !== '');
  return { values, apiFilters, setFilter, clear, active };
}
