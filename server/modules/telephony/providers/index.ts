import type { Config } from '../../../config';
import { createSandboxProvider } from './sandbox-provider';
import type { TelephonyProvider } from './telephony-provider';
import { createTwilioProvider } from './twilio-provider';

/** Twilio when its credentials are configured, the offline sandbox otherwise. */
export function createTelephonyProvider(config: Config): TelephonyProvider {
  const { accountSid, authTokenConfigured, authToken, apiBaseUrl } = config.twilio;
  if (accountSid && authTokenConfigured) return createTwilioProvider({ accountSid, authToken, apiBaseUrl });
  return createSandboxProvider();
}

export type { TelephonyProvider } from './telephony-provider';
