import type { Campaign } from '@contracts/campaigns';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@web/components/ui/select';
import type { ComponentProps } from 'react';

// Radix Select cannot hold an empty value; this stands for "no campaign" (null) inside the select only.
const NONE = 'none';

type CampaignSelectProps = Omit<ComponentProps<typeof SelectTrigger>, 'onChange' | 'value'> & {
  campaigns: Campaign[];
  value: string | null | undefined;
  onChange: (campaignId: string | null) => void;
};

/** Extra props (id, aria-*) go to the trigger so <FormField> can label it. */
export function CampaignSelect({ campaigns, value, onChange, ...triggerProps }: CampaignSelectProps) {
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
