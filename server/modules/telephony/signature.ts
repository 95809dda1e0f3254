import twilio from 'twilio';

export type TwilioParams = Record<string, string>;

/** X-Twilio-Signature for a request, exactly as Twilio computes it (used by the simulator and tests). */
export function signTwilioRequest(authToken: string, url: string, params: TwilioParams): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}

/** Constant-time check of X-Twilio-Signature over the public URL Twilio called and the form params. */
export function isValidTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: TwilioParams,
): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}
