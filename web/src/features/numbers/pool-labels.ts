import type { OnExhausted } from '@contracts/pools';
import type { z } from 'zod';

type OnExhaustedValue = z.infer<typeof OnExhausted>;

export const onExhaustedLabels: Record<OnExhaustedValue, string> = {
  reuse_oldest: 'Reuse the oldest number',
  show_default: 'Show the default number',
};

export const onExhaustedDescriptions: Record<OnExhaustedValue, string> = {
  reuse_oldest: 'New visitors share the number held longest; a call may be credited to the wrong visit',
  show_default: "New visitors keep the page's own number; their calls are not attributed",
};

export const onExhaustedOptions = (Object.keys(onExhaustedLabels) as OnExhaustedValue[]).map((value) => ({
  value,
  label: onExhaustedLabels[value],
  description: onExhaustedDescriptions[value],
}));

export function formatTtl(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0 && minutes >= 60) return `${minutes / 60} h`;
  return `${minutes} min`;
}
