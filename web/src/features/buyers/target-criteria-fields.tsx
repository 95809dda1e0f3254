import { ChipInput } from '@web/components/ui/chip-input';
import { ControlledFormField } from '@web/components/ui/form-field';
import { useFormContext } from 'react-hook-form';
import { CRITERIA_NAMES, type TargetFormValues } from './target-form-values';

type CriteriaName = (typeof CRITERIA_NAMES)[number];

const criteriaFields: Record<
  CriteriaName,
  { label: string; hint: string; normalize?: (entry: string) => string }
> = {
  states: {
    label: 'States',
    hint: 'Two-letter codes, e.g. CA, NY.',
    normalize: (entry) => entry.toUpperCase(),
  },
  areaCodes: { label: 'Area codes', hint: 'Three digits, e.g. 415, 212.' },
  zipPrefixes: { label: 'ZIP prefixes', hint: 'One to five digits; 941 matches 94103.' },
};

export function TargetCriteriaFields() {
  const { control } = useFormContext<TargetFormValues>();

  return (
    <div className="grid gap-4">
      <p className="text-[13px] text-slate-500">
        Only callers that match every list you fill in reach this target. Leave a list empty to accept
        everyone. Separate entries with commas or spaces.
      </p>
      {CRITERIA_NAMES.map((name) => (
        <ControlledFormField
          key={name}
          control={control}
          name={`criteria.${name}`}
          label={criteriaFields[name].label}
          hint={criteriaFields[name].hint}
          render={(field) => (
            <ChipInput
              {...field}
              normalize={criteriaFields[name].normalize}
              placeholder={field.value.length === 0 ? 'Any' : undefined}
            />
          )}
        />
      ))}
    </div>
  );
}
