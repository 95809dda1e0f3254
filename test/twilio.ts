import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { signTwilioRequest } from '../server/modules/telephony/signature';
import { TEST_PUBLIC_URL, TEST_TWILIO_AUTH_TOKEN } from './test-app';

export const callSid = () => `CA${randomBytes(16).toString('hex')}`;

/** A webhook request signed exactly as Twilio signs it, over the public URL the app is configured with. */
export function twilioPost(
  app: FastifyInstance,
  path: string,
  params: Record<string, string>,
  options: { signature?: string | null } = {},
) {
  const signature =
    options.signature === undefined
      ? signTwilioRequest(TEST_TWILIO_AUTH_TOKEN, `${TEST_PUBLIC_URL}${path}`, params)
      : options.signature;
  return app.inject({
    method: 'POST',
    url: path,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(signature ? { 'x-twilio-signature': signature } : {}),
    },
    payload: new URLSearchParams(params).toString(),
  });
}

export const incomingCall = (to: string, from: string, extra: Record<string, string> = {}) => ({
  CallSid: callSid(),
  AccountSid: 'ACtest',
  From: from,
  To: to,
  CallStatus: 'ringing',
  Direction: 'inbound',
  ...extra,
});
