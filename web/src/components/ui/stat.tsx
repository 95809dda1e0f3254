import { cn } from '@web/lib/utils';
import type { ReactNode } from 'react';

const tones = {
  default: 'text-slate-900',
  positive: 'text-emerald-700',
  negative: 'text-red-700',
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
      className={cn('min-w-0 rounded-lg border border-slate-200 bg-white px-3 py-2.5 shadow-xs', className)}
    >
      <dt className="truncate text-xs font-medium text-slate-500">{label}</dt>
      <dd className={cn('mt-1 truncate text-lg font-semibold tabular-nums', tones[tone])}>{value}</dd>
      {hint && <dd className="mt-0.5 truncate text-xs text-slate-500">{hint}</dd>}
    </div>
  );
}
