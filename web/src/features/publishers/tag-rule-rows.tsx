import type { BidAdjustment, TagFilter } from '@contracts/inbound-rtb';
import { Button } from '@web/components/ui/button';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { Plus, X } from 'lucide-react';

const operatorOptions = [
  { value: 'equals', label: 'equals' },
  { value: 'not_equals', label: 'does not equal' },
  { value: 'in', label: 'is one of' },
  { value: 'not_in', label: 'is none of' },
  { value: 'starts_with', label: 'starts with' },
  { value: 'exists', label: 'is present' },
  { value: 'not_exists', label: 'is missing' },
] as const satisfies readonly { value: TagFilter['operator']; label: string }[];

const actionOptions = [
  { value: 'add', label: 'Add cents' },
  { value: 'multiply', label: 'Multiply by %' },
  { value: 'override', label: 'Set to cents' },
  { value: 'reject', label: 'Reject' },
] as const satisfies readonly { value: BidAdjustment['action']; label: string }[];

type Row = TagFilter & Partial<Pick<BidAdjustment, 'action' | 'amount'>>;

/**
 * Editable rows of tag conditions (`state is one of CA, NY`); with `adjustments`, each row also
 * says what to do to the bid when it matches.
 */
export function TagRuleRows<T extends Row>({
  rows,
  onChange,
  blank,
  adjustments = false,
  disabled,
  label,
}: {
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: T;
  adjustments?: boolean;
  disabled: boolean;
  label: string;
}) {
  const update = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="grid gap-2">
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <div key={index} className="flex flex-wrap items-center gap-2">
          <Input
            aria-label="Tag"
            className="w-28"
            placeholder="tag"
            value={row.tag}
            disabled={disabled}
            onChange={(e) => update(index, { tag: e.target.value })}
          />
          <OptionSelect
            aria-label="Condition"
            className="w-40"
            value={row.operator}
            options={operatorOptions}
            disabled={disabled}
            onChange={(operator) => update(index, { operator })}
          />
          <Input
            aria-label="Values"
            className="w-44"
            placeholder="values, comma separated"
            value={row.values.join(', ')}
            disabled={disabled}
            onChange={(e) => update(index, { values: e.target.value.split(',').map((v) => v.trim()) })}
          />
          {adjustments && (
            <>
              <OptionSelect
                aria-label="Action"
                className="w-36"
                value={row.action}
                options={actionOptions}
                disabled={disabled}
                onChange={(action) => update(index, { action })}
              />
              {row.action !== 'reject' && (
                <Input
                  aria-label="Amount"
                  className="w-24"
                  inputMode="numeric"
                  value={String(row.amount ?? 0)}
                  disabled={disabled}
                  onChange={(e) => update(index, { amount: Number(e.target.value) || 0 })}
                />
              )}
            </>
          )}
          {!disabled && (
            <Button
              variant="ghost"
              size="sm"
              aria-label="Remove"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <X aria-hidden="true" />
            </Button>
          )}
        </div>
      ))}
      {!disabled && (
        <Button
          variant="outline"
          size="sm"
          className="justify-self-start"
          onClick={() => onChange([...rows, blank])}
        >
          <Plus aria-hidden="true" />
          {label}
        </Button>
      )}
    </div>
  );
}
