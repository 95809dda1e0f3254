import { SplitterConfig } from '@contracts/flows';
import { WEEKDAYS } from '@contracts/schedule';
import { FormField } from '@web/components/ui/form-field';
import { TimezoneSelect } from '@web/features/campaigns/timezone-select';
import { Controller, useFieldArray } from 'react-hook-form';
import { NumberField, SelectField, TextField } from './fields';
import { ListRow, ListRows } from './list-rows';
import { type NodeFormProps, useNodeForm } from './use-node-form';
import { WeekdayPicker } from './weekday-picker';

const modeOptions = [
  { value: 'percentage', label: 'Percentage', description: 'Shares that add up to 100' },
  { value: 'weighted', label: 'Weighted', description: 'Relative weights' },
  { value: 'time', label: 'Time of day', description: 'The first branch whose days and hours match' },
  { value: 'roundRobin', label: 'Round robin', description: 'Each branch in turn' },
] as const;

export function SplitterForm(props: NodeFormProps) {
  const form = useNodeForm(SplitterConfig, props);
  const branches = useFieldArray({ control: form.control, name: 'branches' });
  const mode = form.watch('mode');
  const errors = form.formState.errors.branches;

  return (
    <>
      <SelectField form={form} name="mode" label="Split by" options={modeOptions} />
      {mode === 'time' && (
        <Controller
          control={form.control}
          name="timezone"
          render={({ field }) => (
            <FormField label="Timezone">
              <TimezoneSelect value={field.value} onChange={field.onChange} />
            </FormField>
          )}
        />
      )}
      <ListRows
        title="Branches"
        addLabel="Add branch"
        canAdd={branches.fields.length < 10}
        onAdd={() =>
          branches.append({
            name: String.fromCharCode(65 + branches.fields.length),
            value: 0,
            days: [...WEEKDAYS],
            hours: { open: '00:00', close: '24:00' },
          })
        }
        error={errors?.message ?? errors?.root?.message}
      >
        {branches.fields.map((branch, index) => (
          <ListRow key={branch.id} label={`branch ${index + 1}`} onRemove={() => branches.remove(index)}>
            <div className="grid grid-cols-[1fr_6rem] gap-2">
              <TextField form={form} name={`branches.${index}.name`} label="Name" />
              {(mode === 'percentage' || mode === 'weighted') && (
                <NumberField
                  form={form}
                  name={`branches.${index}.value`}
                  label={mode === 'percentage' ? 'Percent' : 'Weight'}
                />
              )}
            </div>
            {mode === 'time' && (
              <>
                <Controller
                  control={form.control}
                  name={`branches.${index}.days`}
                  render={({ field }) => (
                    <WeekdayPicker value={field.value ?? []} onChange={field.onChange} />
                  )}
                />
                <div className="grid grid-cols-2 gap-2">
                  <TextField
                    form={form}
                    name={`branches.${index}.hours.open`}
                    label="From"
                    placeholder="09:00"
                  />
                  <TextField
                    form={form}
                    name={`branches.${index}.hours.close`}
                    label="Until"
                    placeholder="17:00"
                  />
                </div>
              </>
            )}
          </ListRow>
        ))}
      </ListRows>
      <p className="text-xs text-slate-500">
        The failover branch is taken when the chosen branch leads nowhere.
      </p>
    </>
  );
}
