import { branchesOf, NODE_LABELS } from '@contracts/flows';
import { cn } from '@web/lib/utils';
import { Handle, type NodeProps, Position, useUpdateNodeInternals } from '@xyflow/react';
import { useEffect } from 'react';
import { useCanvasOverlay } from './canvas-overlay';
import type { CanvasNode } from './flow-graph';
import { branchLabel, nodeKinds, summarizeNode } from './node-catalog';
import { NodeStats } from './node-stats';

/** A node's card: its kind, a line about its config, and one labelled outlet per branch. */
export function FlowNodeCard({ id, data, selected }: NodeProps<CanvasNode>) {
  const overlay = useCanvasOverlay();
  const kind = nodeKinds[data.type];
  const Icon = kind.icon;
  const branches = branchesOf(data);
  const issues = overlay.issues.get(id) ?? [];
  const stats = overlay.analytics?.get(id);
  const onPath = overlay.path.has(id);
  const updateNodeInternals = useUpdateNodeInternals();
  const branchKey = branches.join('|');

  // React Flow measures handles once; a branch added or removed must be measured again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: branchKey is what changes the handles
  useEffect(() => updateNodeInternals(id), [id, branchKey, updateNodeInternals]);

  return (
    <article
      aria-label={`${NODE_LABELS[data.type]} node`}
      data-node-id={id}
      data-invalid={issues.length > 0 || undefined}
      data-on-path={onPath || undefined}
      className={cn(
        'w-56 rounded-lg border border-slate-300 bg-white text-left shadow-sm',
        selected && 'border-indigo-500 ring-2 ring-indigo-500/30',
        onPath && 'border-emerald-500 ring-2 ring-emerald-400/60',
        overlay.currentNodeId === id && 'ring-4',
        issues.length > 0 && 'border-red-500 ring-2 ring-red-500/40',
      )}
    >
      {data.type !== 'start' && (
        <Handle type="target" position={Position.Left} className="!size-2.5 !border-slate-400 !bg-white" />
      )}
      <div className="flex items-center gap-2 px-2.5 pt-2">
        <span className={cn('flex size-6 shrink-0 items-center justify-center rounded', kind.tone)}>
          <Icon className="size-3.5" aria-hidden="true" />
        </span>
        <span className="truncate text-[13px] font-semibold text-slate-900">{NODE_LABELS[data.type]}</span>
      </div>
      <p className="truncate px-2.5 pt-1 pb-2 text-xs text-slate-500">
        {summarizeNode(data.type, data.config, overlay.names)}
      </p>
      {stats && <NodeStats stats={stats} />}
      {issues.length > 0 && (
        <ul className="border-t border-red-200 bg-red-50 px-2.5 py-1.5 text-[11px] leading-snug text-red-700">
          {issues.slice(0, 3).map((issue) => (
            <li key={`${issue.field ?? ''}:${issue.message}`}>{issue.message}</li>
          ))}
          {issues.length > 3 && <li>and {issues.length - 3} more</li>}
        </ul>
      )}
      {branches.length > 0 && (
        <ul className="border-t border-slate-200 py-1">
          {branches.map((branch) => (
            <li key={branch} className="relative flex h-6 items-center justify-end gap-2 pr-3.5 text-[11px]">
              {stats && (
                <span className="tabular-nums text-slate-400" title="Calls that left by this branch">
                  {stats.exits[branch] ?? 0}
                </span>
              )}
              <span className="font-medium text-slate-600">{branchLabel(data.type, branch)}</span>
              <Handle
                id={branch}
                type="source"
                position={Position.Right}
                aria-label={`${branchLabel(data.type, branch)} branch`}
                className="!size-2.5 !border-indigo-500 !bg-white"
              />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
