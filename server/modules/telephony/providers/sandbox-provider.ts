import type { AvailableNumber } from '../../../../contracts/numbers';
import { formatPhone } from '../../../../contracts/phone';
import type { NumberSearch, TelephonyProvider } from './telephony-provider';

/**
 * Hands out numbers from the range the North American plan reserves for fiction (555-0100 to
 * 555-0199), so everything works offline. Which of them are already taken is for the caller to
 * filter; buying and releasing touch nothing outside.
 */
export function createSandboxProvider(): TelephonyProvider {
  return {
    name: 'sandbox',
    async searchNumbers(search: NumberSearch): Promise<AvailableNumber[]> {
      const areaCode = search.type === 'toll_free' ? '800' : (search.areaCode ?? '415');
      const numbers = Array.from(
        { length: 100 },
        (_, i) => `+1${areaCode}55501${String(i).padStart(2, '0')}`,
      );
      const wanted = search.contains ? new RegExp(search.contains.replaceAll('*', '\\d')) : undefined;
      return numbers
        .filter((number) => !wanted || wanted.test(number.slice(2)))
        .map((phoneNumber) => ({
          phoneNumber,
          friendlyName: formatPhone(phoneNumber),
          locality: null,
          region: search.type === 'toll_free' ? null : 'Sandbox',
        }));
    },
    async buyNumber(phoneNumber) {
      return { phoneNumber, providerSid: `PNsandbox${phoneNumber.replace(/\D/g, '')}` };
    },
    async releaseNumber() {},
  };
}
