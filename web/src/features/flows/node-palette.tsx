import { NODE_LABELS, type NodeType } from '@contracts/flows';
import { cn } from '@web/lib/utils';
import { nodeKinds, paletteGroups } from './node-catalog';

export const DRAG_MIME = 'application/x-callcenter-flow-node';

/** The node types to drag onto the canvas; a click (or Enter) adds one in view instead. */
export function NodePalette({ onAdd, disabled }: { onAdd: (type: NodeType) => void; disabled: boolean }) {
  return (
    <nav
      aria-label="Node palette"
      className="flex w-48 shrink-0 flex-col gap-3 overflow-y-auto border-r border-slate-200 bg-slate-50/70 p-2"
    >
      {paletteGroups.map((group) => (
        <div key={group.title}>
          <p className="px-1 pb-1 text-[11px] font-medium tracking-wide text-slate-500 uppercase">
            {group.title}
          </p>
          <ul className="grid gap-1">
            {group.types.map((type) => {
              const kind = nodeKinds[type];
              const Icon = kind.icon;
              return (
                <li key={type}>
                  <button
                    type="button"
                    draggable={!disabled}
                    disabled={disabled}
                    onDragStart={(event) => {
                      event.dataTransfer.setData(DRAG_MIME, type);
                      event.dataTransfer.effectAllowed = 'move';
                    }}
                    onClick={() => onAdd(type)}
                    aria-label={`Add ${NODE_LABELS[type]}`}
                    title={kind.description}
                    className="flex w-full cursor-grab items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left text-[13px] text-slate-800 shadow-xs hover:border-indigo-300 hover:bg-indigo-50/40 disabled:cursor-not-allowed disabled:opacity-50"
                  >
                    <span
                      className={cn('flex size-5 shrink-0 items-center justify-center rounded', kind.tone)}
                    >
                      <Icon className="size-3" aria-hidden="true" />
                    </span>
                    <span className="truncate">{NODE_LABELS[type]}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
