import type { AvailableNumber } from '../../../../contracts/numbers';

export type NumberSearch = {
  areaCode?: string;
  contains?: string;
  type: 'local' | 'toll_free';
  limit: number;
};

export type PurchasedNumber = { phoneNumber: string; providerSid: string };

/** Where phone numbers come from: Twilio's REST API, or the offline sandbox. */
export type TelephonyProvider = {
  name: 'twilio' | 'sandbox';
  searchNumbers(search: NumberSearch): Promise<AvailableNumber[]>;
  /** Buys the number and points its voice and status webhooks at this platform. */
  buyNumber(
    phoneNumber: string,
    webhooks: { voiceUrl: string; statusCallbackUrl: string },
  ): Promise<PurchasedNumber>;
  releaseNumber(providerSid: string): Promise<void>;
};
