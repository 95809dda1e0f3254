import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import { Button } from '@web/components/ui/button';
import { Checkbox } from '@web/components/ui/checkbox';
import { Label } from '@web/components/ui/label';
import { cn } from '@web/lib/utils';
import { useId } from 'react';

type NumberChecklistProps = {
  /** The numbers that may be chosen: free ones, plus those already in the pool being edited. */
  numbers: TrackingNumber[];
  value: string[];
  onChange: (ids: string[]) => void;
  invalid?: boolean;
  describedBy?: string;
};

/** Pick numbers by ticking them; "All" and "None" for long lists. */
export function NumberChecklist({ numbers, value, onChange, invalid, describedBy }: NumberChecklistProps) {
  const id = useId();
  const chosen = new Set(value);
  const toggle = (numberId: string, checked: boolean) =>
    onChange(checked ? [...value, numberId] : value.filter((other) => other !== numberId));

  return (
    <fieldset aria-describedby={describedBy} className="grid min-w-0 gap-1.5">
      <legend className="sr-only">Numbers</legend>
      <div className="flex items-center justify-between gap-2">
        <span aria-hidden="true" className="text-[13px] leading-none font-medium text-slate-700">
          Numbers
        </span>
        {numbers.length > 1 && (
          <span className="flex items-center gap-1 text-xs text-slate-500">
            {value.length} of {numbers.length} chosen
            <Button
              type="button"
              variant="ghost"
              size="xs"
              onClick={() => onChange(numbers.map((n) => n.id))}
            >
              All
            </Button>
            <Button type="button" variant="ghost" size="xs" onClick={() => onChange([])}>
              None
            </Button>
          </span>
        )}
      </div>
      <div
        className={cn(
          'max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-md border',
          invalid ? 'border-red-500' : 'border-slate-300',
        )}
      >
        {numbers.length === 0 && (
          <p className="px-3 py-4 text-center text-[13px] text-slate-500">
            No free numbers: each is in another pool or assigned to a campaign. Buy or import numbers first.
          </p>
        )}
        {numbers.map((number) => {
          const checkboxId = `${id}-${number.id}`;
          return (
            <div key={number.id} className="flex items-center gap-2.5 px-3 py-2 hover:bg-slate-50">
              <Checkbox
                id={checkboxId}
                checked={chosen.has(number.id)}
                onCheckedChange={(checked) => toggle(number.id, checked === true)}
              />
              <Label
                htmlFor={checkboxId}
                className="flex flex-1 items-center justify-between gap-2 font-normal"
              >
                <span className="font-medium text-slate-900 tabular-nums">
                  {formatPhone(number.phoneNumber)}
                </span>
                {number.name && <span className="truncate text-xs text-slate-500">{number.name}</span>}
              </Label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
