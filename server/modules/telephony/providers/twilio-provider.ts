import twilio from 'twilio';
import type { AvailableNumber } from '../../../../contracts/numbers';
import { AppError } from '../../../lib/app-error';
import type { NumberSearch, TelephonyProvider } from './telephony-provider';

/**
 * Twilio's REST API through the official client. `apiBaseUrl` points the client elsewhere (a
 * stand-in server in tests); production leaves it at https://api.twilio.com.
 */
/** Twilio refused the request (a number no longer available, a bad search): the user's to fix. */
function refused(error: unknown): never {
  const status = (error as { status?: number }).status;
  if (status && status >= 400 && status < 500) {
    throw new AppError(status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', `Twilio: ${(error as Error).message}`, {
      field: 'phoneNumber',
    });
  }
  throw error;
}

export function createTwilioProvider(options: {
  accountSid: string;
  authToken: string;
  apiBaseUrl?: string;
}): TelephonyProvider {
  const client = twilio(options.accountSid, options.authToken, { timeout: 10_000 });
  if (options.apiBaseUrl) client.api.baseUrl = options.apiBaseUrl;

  return {
    name: 'twilio',
    async searchNumbers(search: NumberSearch): Promise<AvailableNumber[]> {
      const country = client.availablePhoneNumbers('US');
      const filter = {
        ...(search.areaCode ? { areaCode: Number(search.areaCode) } : {}),
        ...(search.contains ? { contains: search.contains } : {}),
        voiceEnabled: true,
        limit: search.limit,
      };
      const found =
        search.type === 'toll_free' ? await country.tollFree.list(filter) : await country.local.list(filter);
      return found.map((n) => ({
        phoneNumber: n.phoneNumber,
        friendlyName: n.friendlyName,
        locality: n.locality || null,
        region: n.region || null,
      }));
    },
    async buyNumber(phoneNumber, webhooks) {
      const bought = await client.incomingPhoneNumbers
        .create({
          phoneNumber,
          voiceUrl: webhooks.voiceUrl,
          voiceMethod: 'POST',
          statusCallback: webhooks.statusCallbackUrl,
          statusCallbackMethod: 'POST',
        })
        .catch(refused);
      return { phoneNumber: bought.phoneNumber, providerSid: bought.sid };
    },
    async releaseNumber(providerSid) {
      // Already released at Twilio (404): the number is gone either way.
      await client
        .incomingPhoneNumbers(providerSid)
        .remove()
        .catch((error) => {
          if ((error as { status?: number }).status !== 404) throw error;
        });
    },
  };
}
