import { CallStatus } from '@contracts/calls';
import { Button } from '@web/components/ui/button';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { useCampaigns } from '@web/features/campaigns/api';
import { Search, X } from 'lucide-react';
import { useEffect, useEffectEvent, useId, useState } from 'react';
import { callStatusLabels } from './call-status-badge';
import type { FilterKey, FilterValues } from './use-call-filters';

// Radix Select cannot hold an empty value; this stands for "no filter".
const ANY = 'any';

const statusOptions = [
  { value: ANY, label: 'Any status' },
  ...CallStatus.options.map((status) => ({ value: status, label: callStatusLabels[status] })),
];

const convertedOptions = [
  { value: ANY, label: 'Any' },
  { value: 'true', label: 'Converted' },
  { value: 'false', label: 'Not converted' },
];

/** Typing waits for a pause before it filters, so the log is not refetched on every key. */
function TextFilter({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const commit = useEffectEvent(onChange);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => commit(text), 350);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div className="grid min-w-40 flex-1 gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="relative">
        <Search
          className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-slate-400"
          aria-hidden="true"
        />
        <Input
          id={id}
          type="search"
          className="pl-8"
          placeholder={placeholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
    </div>
  );
}

export function CallFiltersBar({
  values,
  onChange,
  onClear,
  active,
}: {
  values: FilterValues;
  onChange: (key: FilterKey, value: string) => void;
  onClear: () => void;
  active: boolean;
}) {
  const campaigns = useCampaigns();
  const campaignOptions = [
    { value: ANY, label: 'All campaigns' },
    ...(campaigns.data ?? []).map((campaign) => ({ value: campaign.id, label: campaign.name })),
  ];
  const select = (key: FilterKey) => ({
    value: values[key] || ANY,
    onChange: (next: string) => onChange(key, next === ANY ? '' : next),
  });

  return (
    <div className="flex flex-wrap items-end gap-3 px-4 py-3">
      <FormField label="Start date" className="w-36">
        <Input
          type="date"
          value={values.start}
          max={values.end || undefined}
          onChange={(e) => onChange('start', e.target.value)}
        />
      </FormField>
      <FormField label="End date" className="w-36">
        <Input
          type="date"
          value={values.end}
          min={values.start || undefined}
          onChange={(e) => onChange('end', e.target.value)}
        />
      </FormField>
      <FormField label="Campaign" className="w-44">
        <OptionSelect {...select('campaign')} options={campaignOptions} />
      </FormField>
      <FormField label="Status" className="w-32">
        <OptionSelect {...select('status')} options={statusOptions} />
      </FormField>
      <FormField label="Converted" className="w-36">
        <OptionSelect {...select('converted')} options={convertedOptions} />
      </FormField>
      <TextFilter
        label="Caller"
        placeholder="Number or part of it"
        value={values.caller}
        onChange={(caller) => onChange('caller', caller)}
      />
      <TextFilter
        label="UTM source"
        placeholder="e.g. google"
        value={values.utmSource}
        onChange={(utmSource) => onChange('utmSource', utmSource)}
      />
      {active && (
        <Button variant="ghost" onClick={onClear}>
          <X aria-hidden="true" />
          Clear
        </Button>
      )}
    </div>
  );
}
