import { Button } from '@web/components/ui/button';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { ActionsHead } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';
import { Plus, X } from 'lucide-react';
import { useId, useState } from 'react';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { useRtbTargets } from './api';
import type { RouterFormValues, RouterPayload } from './router-form';
import { endpointHost } from './rtb-labels';

type RouterBidderRowsProps = {
  control: Control<RouterFormValues, unknown, RouterPayload>;
  register: UseFormRegister<RouterFormValues>;
  errors: FieldErrors<RouterFormValues>;
};

/** The router's bidders with their priority and weight, and a picker for the ones not in it yet. */
export function RouterBidderRows({ control, register, errors }: RouterBidderRowsProps) {
  const targets = useRtbTargets();
  const { fields, append, remove } = useFieldArray({ control, name: 'targets', keyName: 'key' });
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const pickerId = useId();
  const byId = new Map(targets.data?.map((target) => [target.id, target]));
  const inRouter = new Set(fields.map((field) => field.rtbTargetId));
  const available = (targets.data ?? []).filter((target) => !inRouter.has(target.id));
  const listError = errors.targets?.message ?? errors.targets?.root?.message;

  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-[13px] font-medium text-slate-700">Bidders</legend>
      <p className="text-xs text-slate-500">
        Every bidder is pinged at once; among equal bids the lower priority number wins.
      </p>
      {fields.length > 0 && (
        <div className="rounded-md border border-slate-200">
          <Table className="text-[13px]">
            <TableHeader>
              <TableRow>
                <TableHead>Bidder</TableHead>
                <TableHead>Priority</TableHead>
                <TableHead>Weight</TableHead>
                <ActionsHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {fields.map((field, index) => {
                const target = byId.get(field.rtbTargetId);
                const name = target?.name ?? 'Deleted bidder';
                const rowErrors = errors.targets?.[index];
                return (
                  <TableRow key={field.key}>
                    <TableCell className="max-w-48">
                      <div className="truncate font-medium text-slate-900">{name}</div>
                      {target && (
                        <div className="truncate text-xs text-slate-500">
                          {endpointHost(target.endpointUrl)}
                        </div>
                      )}
                    </TableCell>
                    {(['priority', 'weight'] as const).map((key) => {
                      const id = `${pickerId}-${index}-${key}`;
                      const error = rowErrors?.[key]?.message;
                      return (
                        <TableCell key={key} className="py-1">
                          <label htmlFor={id} className="sr-only">
                            {key === 'priority' ? 'Priority' : 'Weight'} of {name}
                          </label>
                          <Input
                            id={id}
                            type="number"
                            min={1}
                            max={key === 'priority' ? 10 : 100}
                            className="h-8 w-20 tabular-nums"
                            aria-invalid={error ? true : undefined}
                            {...register(`targets.${index}.${key}`, { valueAsNumber: true })}
                          />
                          {error && (
                            <p className="mt-0.5 max-w-28 text-xs whitespace-normal text-red-600">{error}</p>
                          )}
                        </TableCell>
                      );
                    })}
                    <TableCell className="w-10 py-1 text-right">
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        className="size-7 text-slate-500 hover:bg-red-50 hover:text-red-600"
                        aria-label={`Remove ${name}`}
                        onClick={() => remove(index)}
                      >
                        <X aria-hidden="true" />
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {listError && <p className="text-xs text-red-600">{listError}</p>}
      <div className="flex flex-wrap items-end gap-2">
        <div className="grid min-w-56 flex-1 gap-1.5">
          <Label htmlFor={pickerId}>Bidder</Label>
          <OptionSelect
            id={pickerId}
            value={selected ?? ''}
            onChange={setSelected}
            options={available.map((target) => ({
              value: target.id,
              label: target.name,
              description: `${endpointHost(target.endpointUrl)} · from ${formatCents(target.minBidCents)}`,
            }))}
            placeholder={
              targets.data?.length === 0
                ? 'No bidders yet'
                : available.length === 0
                  ? 'Every bidder is in the router'
                  : 'Choose a bidder'
            }
            disabled={available.length === 0}
          />
        </div>
        <Button
          type="button"
          variant="outline"
          disabled={!selected}
          onClick={() => {
            if (!selected) return;
            append({ rtbTargetId: selected, priority: 1, weight: 50 }, { shouldFocus: false });
            setSelected(undefined);
          }}
        >
          <Plus aria-hidden="true" />
          Add bidder
        </Button>
      </div>
    </fieldset>
  );
}
