import type { SavedViewParams, StatsGroupBy } from '@contracts/stats';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { useBuyers } from '@web/features/buyers/api';
import { useCampaigns } from '@web/features/campaigns/api';
import { RANGE_OPTIONS, type RangeName } from './report-range';

export const GROUP_BY_OPTIONS: { value: StatsGroupBy; label: string }[] = [
  { value: 'day', label: 'Day' },
  { value: 'hour', label: 'Hour' },
  { value: 'campaign', label: 'Campaign' },
  { value: 'buyer', label: 'Buyer' },
  { value: 'target', label: 'Target' },
  { value: 'publisher', label: 'Publisher' },
  { value: 'number', label: 'Tracking number' },
  { value: 'state', label: 'Caller state' },
  { value: 'utmSource', label: 'UTM source' },
];

// Radix Select cannot hold an empty value; this stands for "no filter".
const ALL = 'all';

export type ReportSettings = SavedViewParams;

/** Group-by, range, timezone and one filter per dimension: the whole of a report's settings. */
export function ReportControls({
  settings,
  onChange,
}: {
  settings: ReportSettings;
  onChange: (next: ReportSettings) => void;
}) {
  const campaigns = useCampaigns();
  const buyers = useBuyers();
  const set = (patch: Partial<ReportSettings>) => onChange({ ...settings, ...patch });
  const entityOptions = (label: string, items: { id: string; name: string }[] | undefined) => [
    { value: ALL, label },
    ...(items ?? []).map((item) => ({ value: item.id, label: item.name })),
  ];
  const text = (value: string) => value.trim() || undefined;

  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-8">
      <FormField label="Group by">
        <OptionSelect
          value={settings.groupBy}
          onChange={(groupBy) => set({ groupBy })}
          options={GROUP_BY_OPTIONS}
        />
      </FormField>
      <FormField label="Date range">
        <OptionSelect
          value={settings.range}
          onChange={(range: RangeName) => set({ range })}
          options={RANGE_OPTIONS}
        />
      </FormField>
      {settings.range === 'custom' && (
        <>
          <FormField label="From">
            <Input
              type="date"
              value={settings.from ?? ''}
              onChange={(e) => set({ from: e.target.value || undefined })}
            />
          </FormField>
          <FormField label="To">
            <Input
              type="date"
              value={settings.to ?? ''}
              onChange={(e) => set({ to: e.target.value || undefined })}
            />
          </FormField>
        </>
      )}
      <FormField label="Timezone">
        <Input
          defaultValue={settings.timezone}
          key={settings.timezone}
          placeholder="America/New_York"
          onBlur={(e) => set({ timezone: e.target.value.trim() || 'UTC' })}
        />
      </FormField>
      <FormField label="Campaign">
        <OptionSelect
          value={settings.campaignId ?? ALL}
          onChange={(id) => set({ campaignId: id === ALL ? undefined : id })}
          options={entityOptions('All campaigns', campaigns.data)}
        />
      </FormField>
      <FormField label="Buyer">
        <OptionSelect
          value={settings.buyerId ?? ALL}
          onChange={(id) => set({ buyerId: id === ALL ? undefined : id })}
          options={entityOptions('All buyers', buyers.data)}
        />
      </FormField>
      <FormField label="Caller state">
        <Input
          defaultValue={settings.state ?? ''}
          key={`state-${settings.state ?? ''}`}
          placeholder="Any"
          maxLength={8}
          onBlur={(e) => set({ state: text(e.target.value) })}
        />
      </FormField>
      <FormField label="UTM source">
        <Input
          defaultValue={settings.utmSource ?? ''}
          key={`utm-${settings.utmSource ?? ''}`}
          placeholder="Any"
          onBlur={(e) => set({ utmSource: text(e.target.value) })}
        />
      </FormField>
    </div>
  );
}
