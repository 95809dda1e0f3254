import { cn } from '@web/lib/utils';
import type { ReactNode } from 'react';

const tones = {
  default: 'text-slate-900',
  positive: 'text-emerald-700',
  negative: 'text-red-700',
  warning: 'text-amber-700',
} as const;

const frames = {
  default: 'border-slate-200 bg-white',
  positive: 'border-slate-200 bg-white',
  negative: 'border-slate-200 bg-white',
  warning: 'border-amber-300 bg-amber-50',
} as const;

/** One key figure: a small label over a large value, for rows of KPIs. */
export function Stat({
  label,
  value,
  hint,
  tone = 'default',
  className,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: keyof typeof tones;
  className?: string;
}) {
  return (
    <div
      className={cn('min-w-0 rounded-lg border px-3 py-2.5 shadow-xs', frames[tone], className)}
      data-tone={tone}
    >
      <dt className="truncate text-xs font-medium text-slate-500">{label}</dt>
      <dd className={cn('mt-1 truncate text-lg font-semibold tabular-nums', tones[tone])}>{value}</dd>
      {hint && <dd className="mt-0.5 truncate text-xs text-slate-500">{hint}</dd>}
    </div>
  );
}
