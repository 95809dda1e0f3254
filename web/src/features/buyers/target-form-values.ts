import type { ActiveStatus } from '@contracts/buyers';
import type { FieldError } from '@contracts/common';
import { formatPhone } from '@contracts/phone';
import { WEEKDAYS, type Weekday } from '@contracts/schedule';
import {
  type CallerIdPolicy,
  type CapCounts,
  type Caps,
  CreateTargetInput,
  type Target,
} from '@contracts/targets';
import { centsToDollars, dollarsToCents } from '@web/lib/format';
import type { z } from 'zod';
import { formatDestination } from './target-summary';

export const CAP_NAMES = [
  'concurrency',
  'hourly',
  'daily',
  'monthly',
  'total',
] as const satisfies readonly (keyof Caps)[];
export type CapName = (typeof CAP_NAMES)[number];

export const CRITERIA_NAMES = ['states', 'areaCodes', 'zipPrefixes'] as const;

export type TimeRangeValues = { open: string; close: string };

/**
 * What the target form edits: the contract's fields as the inputs hold them (text for numbers and
 * dollars, rows for SIP headers, every weekday present). `toTargetInput` turns it into the contract's input.
 */
export type TargetFormValues = {
  buyerId: string;
  name: string;
  destination: string;
  status: ActiveStatus;
  revenue: string;
  conversionSeconds: string;
  dialTimeoutSeconds: string;
  notes: string;
  timezone: string;
  alwaysOpen: boolean;
  schedule: Record<Weekday, TimeRangeValues[]>;
  caps: Record<CapName, string>;
  capCounts: z.infer<typeof CapCounts>;
  criteria: Record<(typeof CRITERIA_NAMES)[number], string[]>;
  callerIdPolicy: z.infer<typeof CallerIdPolicy>;
  callerIdNumber: string;
  sipHeaders: { name: string; value: string }[];
};

/** What the form submits: the contract's parsed output, ready for POST or PATCH. */
export type TargetPayload = z.output<typeof CreateTargetInput>;

export const DEFAULT_TIMEZONE = 'America/New_York';

const isWeekend = (day: Weekday) => day === 'sat' || day === 'sun';

/** Weekdays 09:00–17:00: what "opening hours" most often means, offered when "Always open" is turned off. */
function officeHours(): Record<Weekday, TimeRangeValues[]> {
  return Object.fromEntries(
    WEEKDAYS.map((day) => [day, isWeekend(day) ? [] : [{ open: '09:00', close: '17:00' }]]),
  ) as Record<Weekday, TimeRangeValues[]>;
}

export function newTargetValues(buyerId = ''): TargetFormValues {
  return {
    buyerId,
    name: '',
    destination: '',
    status: 'active',
    revenue: '',
    conversionSeconds: '60',
    dialTimeoutSeconds: '30',
    notes: '',
    timezone: DEFAULT_TIMEZONE,
    alwaysOpen: true,
    schedule: officeHours(),
    caps: { concurrency: '', hourly: '', daily: '', monthly: '', total: '' },
    capCounts: 'routed',
    criteria: { states: [], areaCodes: [], zipPrefixes: [] },
    callerIdPolicy: 'passthrough',
    callerIdNumber: '',
    sipHeaders: [],
  };
}

export function targetToValues(target: Target): TargetFormValues {
  const { schedule } = target;
  return {
    buyerId: target.buyerId,
    name: target.name,
    destination: formatDestination(target.destination),
    status: target.status,
    revenue: centsToDollars(target.revenueCents),
    conversionSeconds: String(target.conversionSeconds),
    dialTimeoutSeconds: String(target.dialTimeoutSeconds),
    notes: target.notes ?? '',
    timezone: target.timezone,
    alwaysOpen: schedule === null,
    schedule: schedule
      ? (Object.fromEntries(WEEKDAYS.map((day) => [day, schedule[day] ?? []])) as Record<
          Weekday,
          TimeRangeValues[]
        >)
      : officeHours(),
    caps: Object.fromEntries(CAP_NAMES.map((name) => [name, target.caps[name]?.toString() ?? ''])) as Record<
      CapName,
      string
    >,
    capCounts: target.capCounts,
    criteria: {
      states: target.criteria.states ?? [],
      areaCodes: target.criteria.areaCodes ?? [],
      zipPrefixes: target.criteria.zipPrefixes ?? [],
    },
    callerIdPolicy: target.callerIdPolicy,
    callerIdNumber: formatPhone(target.callerIdNumber),
    sipHeaders: Object.entries(target.sipHeaders ?? {}).map(([name, value]) => ({ name, value })),
  };
}

/**
 * The contract's input for these values, plus the problems found while reading the text inputs
 * (those carry form field names). Range checks are left to the contract itself.
 */
export function toTargetInput(values: TargetFormValues): { input: CreateTargetInput; issues: FieldError[] } {
  const issues: FieldError[] = [];

  const wholeNumber = (field: string, text: string): number | null | undefined => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
    issues.push({ field, message: 'Enter a whole number' });
    return undefined;
  };
  const required = (field: string, text: string) => {
    const value = wholeNumber(field, text);
    if (value === null) issues.push({ field, message: 'Enter a number of seconds' });
    return value ?? undefined;
  };

  const revenueCents = values.revenue.trim() === '' ? 0 : dollarsToCents(values.revenue);
  if (revenueCents === undefined) {
    issues.push({ field: 'revenue', message: 'Enter an amount in dollars, like 12.50' });
  }

  const sipHeaders: Record<string, string> = {};
  values.sipHeaders.forEach(({ name, value }, index) => {
    const key = name.trim();
    if (key === '' && value.trim() === '') return;
    if (key in sipHeaders)
      issues.push({ field: `sipHeaders.${index}.name`, message: 'Header already listed' });
    sipHeaders[key] = value.trim();
  });

  const criteria = Object.fromEntries(
    CRITERIA_NAMES.filter((name) => values.criteria[name].length > 0).map((name) => [
      name,
      values.criteria[name],
    ]),
  );

  const input: CreateTargetInput = {
    buyerId: values.buyerId,
    name: values.name,
    destination: values.destination,
    status: values.status,
    revenueCents,
    conversionSeconds: required('conversionSeconds', values.conversionSeconds),
    dialTimeoutSeconds: required('dialTimeoutSeconds', values.dialTimeoutSeconds),
    notes: values.notes,
    timezone: values.timezone.trim(),
    schedule: values.alwaysOpen
      ? null
      : Object.fromEntries(
          WEEKDAYS.filter((day) => values.schedule[day].length > 0).map((day) => [
            day,
            values.schedule[day].map(({ open, close }) => ({ open, close })),
          ]),
        ),
    caps: Object.fromEntries(CAP_NAMES.map((name) => [name, wholeNumber(`caps.${name}`, values.caps[name])])),
    capCounts: values.capCounts,
    criteria,
    callerIdPolicy: values.callerIdPolicy,
    // Only a fixed policy uses the number; clear it otherwise so a stale one is not kept.
    callerIdNumber: values.callerIdPolicy === 'fixed' ? values.callerIdNumber : null,
    sipHeaders: Object.keys(sipHeaders).length > 0 ? sipHeaders : null,
  };
  return { input, issues };
}

/**
 * A contract field path ("revenueCents", "criteria.states.2", "sipHeaders.Foo") as the form field that shows it;
 * used for the contract's own issues and for the server's field errors alike.
 */
export function toFormFieldError({ field, message }: FieldError, values: TargetFormValues): FieldError {
  if (field === 'revenueCents') return { field: 'revenue', message };

  const header = field.match(/^sipHeaders\.(.+)$/);
  if (header && !/^\d+\./.test(header[1])) {
    const index = values.sipHeaders.findIndex((row) => row.name.trim() === header[1]);
    return { field: index >= 0 ? `sipHeaders.${index}.name` : 'sipHeaders', message };
  }

  const entry = field.match(/^criteria\.(states|areaCodes|zipPrefixes)\.(\d+)$/);
  if (entry) {
    const name = entry[1] as (typeof CRITERIA_NAMES)[number];
    const value = values.criteria[name][Number(entry[2])];
    return { field: `criteria.${name}`, message: value ? `${value}: ${message}` : message };
  }
  return { field, message };
}

/** Every problem with the values, by form field; empty when the contract accepts them. */
export function validateTargetValues(
  values: TargetFormValues,
): { success: true; payload: TargetPayload } | { success: false; errors: FieldError[] } {
  const { input, issues } = toTargetInput(values);
  const parsed = CreateTargetInput.safeParse(input);
  if (parsed.success && issues.length === 0) return { success: true, payload: parsed.data };

  const contractIssues = parsed.success
    ? []
    : parsed.error.issues.map((issue) =>
        toFormFieldError(
          {
            field: issue.path.map(String).join('.'),
            // A bad record key reports "Invalid key in record"; the key's own rule says what is wrong.
            message:
              issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message,
          },
          values,
        ),
      );
  return { success: false, errors: [...issues, ...contractIssues] };
}
