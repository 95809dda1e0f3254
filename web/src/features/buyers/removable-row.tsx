import { Button } from '@web/components/ui/button';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';

type RemovableRowProps = {
  /** The row's inputs, laid out in a line. */
  children: ReactNode;
  /** The remove button's accessible name, e.g. "Remove header 2". */
  removeLabel: string;
  onRemove: () => void;
  error?: string;
};

/** One entry of an editable list (a SIP header, a day's opening hours): its inputs, ✕, and its error. */
export function RemovableRow({ children, removeLabel, onRemove, error }: RemovableRowProps) {
  return (
    <div className="grid gap-1">
      <div className="flex items-center gap-2">
        {children}
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="size-7"
          aria-label={removeLabel}
          onClick={onRemove}
        >
          <X aria-hidden="true" />
        </Button>
      </div>
      {error && <p className="text-xs text-red-600">{error}</p>}
    </div>
  );
}
