import type { NodeAnalytics } from '@contracts/flows';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** Entries, drop-offs and average time on a node, over its card when analytics are shown. */
export function NodeStats({ stats }: { stats: NodeAnalytics }) {
  return (
    <dl className="grid grid-cols-3 gap-1 border-t border-slate-200 bg-slate-50 px-2.5 py-1.5 text-[11px]">
      <div>
        <dt className="text-slate-500">Entries</dt>
        <dd className="font-semibold tabular-nums text-slate-900">{stats.entries}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Drop-offs</dt>
        <dd className="font-semibold tabular-nums text-slate-900">{stats.dropOffs}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Avg time</dt>
        <dd className="font-semibold tabular-nums text-slate-900">{seconds(stats.averageMs)}</dd>
      </div>
    </dl>
  );
}
