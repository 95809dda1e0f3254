import type { TargetFormValues } from './target-form-values';

export const TARGET_TABS = [
  { value: 'basic', label: 'Basic' },
  { value: 'schedule', label: 'Schedule' },
  { value: 'caps', label: 'Caps' },
  { value: 'criteria', label: 'Criteria' },
  { value: 'advanced', label: 'Advanced' },
] as const;

export type TargetTab = (typeof TARGET_TABS)[number]['value'];

const tabOfField: Record<keyof TargetFormValues, TargetTab> = {
  buyerId: 'basic',
  name: 'basic',
  destination: 'basic',
  status: 'basic',
  revenue: 'basic',
  conversionSeconds: 'basic',
  dialTimeoutSeconds: 'basic',
  notes: 'basic',
  timezone: 'schedule',
  alwaysOpen: 'schedule',
  schedule: 'schedule',
  caps: 'caps',
  capCounts: 'caps',
  criteria: 'criteria',
  callerIdPolicy: 'advanced',
  callerIdNumber: 'advanced',
  sipHeaders: 'advanced',
};

/** The tabs holding these fields ("caps.daily" → caps), in the order the tabs are shown. */
export function tabsOf(fields: Iterable<string>): TargetTab[] {
  const tabs = new Set<TargetTab>();
  for (const field of fields) {
    const tab = tabOfField[field.split('.')[0] as keyof TargetFormValues];
    if (tab) tabs.add(tab);
  }
  return TARGET_TABS.map((tab) => tab.value).filter((tab) => tabs.has(tab));
}
