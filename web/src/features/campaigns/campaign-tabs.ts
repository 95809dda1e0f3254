export const campaignTabs = ['settings', 'routing', 'numbers', 'inbound-rtb', 'test-call'] as const;
export type CampaignTab = (typeof campaignTabs)[number];

export const isCampaignTab = (value: string | undefined): value is CampaignTab =>
  campaignTabs.includes(value as CampaignTab);
