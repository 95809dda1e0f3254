import { Button } from '@web/components/ui/button';
import { Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';

/** A list inside a node form: its rows, a way to add one, and the list's own error. */
export function ListRows({
  title,
  addLabel,
  onAdd,
  canAdd = true,
  error,
  children,
}: {
  title: string;
  addLabel: string;
  onAdd: () => void;
  canAdd?: boolean;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">{title}</legend>
      {children}
      {error && <p className="text-xs text-red-600">{error}</p>}
      <Button
        type="button"
        size="xs"
        variant="outline"
        className="justify-self-start"
        onClick={onAdd}
        disabled={!canAdd}
      >
        <Plus aria-hidden="true" />
        {addLabel}
      </Button>
    </fieldset>
  );
}

/** One row of such a list, with its remove button at the end. */
export function ListRow({
  label,
  onRemove,
  children,
}: {
  label: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <div className="flex items-start gap-2 rounded-md border border-slate-200 p-2">
      <div className="grid min-w-0 flex-1 gap-2">{children}</div>
      <Button
        type="button"
        size="icon"
        variant="ghost"
        className="size-7"
        onClick={onRemove}
        aria-label={`Remove ${label}`}
      >
        <Trash2 aria-hidden="true" />
      </Button>
    </div>
  );
}
