import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@web/components/ui/select';
import { useCampaigns } from '@web/features/campaigns/api';
import type { ComponentProps } from 'react';

// Radix Select cannot hold an empty value; this stands for "no campaign" (null) inside the select only.
const NONE = 'none';

type CampaignSelectProps = Omit<ComponentProps<typeof SelectTrigger>, 'onChange' | 'value'> & {
  value: string | null | undefined;
  onChange: (campaignId: string | null) => void;
};

/** The error for the picker's field while the campaigns to choose from could not be loaded. */
export function useCampaignsLoadError(): string | undefined {
  return useCampaigns().isError ? 'Campaigns could not be loaded.' : undefined;
}

/** Offers the account's campaigns. Extra props (id, aria-*) go to the trigger so <FormField> can label it. */
export function CampaignSelect({ value, onChange, ...triggerProps }: CampaignSelectProps) {
  const campaigns = useCampaigns().data ?? [];
  return (
    <Select value={value ?? NONE} onValueChange={(next) => onChange(next === NONE ? null : next)}>
      <SelectTrigger {...triggerProps}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={NONE}>No campaign</SelectItem>
        {campaigns.map((campaign) => (
          <SelectItem key={campaign.id} value={campaign.id} description={campaign.status}>
            {campaign.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
