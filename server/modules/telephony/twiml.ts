import twilio from 'twilio';
import { SIP_URI } from '../../../contracts/phone';

const { VoiceResponse } = twilio.twiml;
type NumberAttributes = Parameters<InstanceType<typeof VoiceResponse>['dial']>[0];

export const POLITE_UNAVAILABLE =
  'Thank you for calling. We are unable to connect your call right now. Please try again later. Goodbye.';

export type DialSpec = {
  destination: string;
  sipHeaders?: Record<string, string> | null;
  callerId?: string | null;
  timeoutSeconds: number;
  record: boolean;
  actionUrl: string;
  statusCallbackUrl: string;
  recordingCallbackUrl: string;
  /** DTMF sent once the callee answers (an IVR extension, say). */
  sendDigits?: string | null;
  /** TwiML the answering agent hears before being connected (a call flow's Whisper). */
  whisperUrl?: string | null;
};

/** SIP headers travel as URI parameters: sip:agent@host;X-Campaign=abc */
export function sipUriWithHeaders(uri: string, headers: Record<string, string> | null | undefined): string {
  const params = Object.entries(headers ?? {}).map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return params.length ? `${uri};${params.join(';')}` : uri;
}

export function dialTwiml(spec: DialSpec): string {
  const response = new VoiceResponse();
  const attributes: NumberAttributes = {
    action: spec.actionUrl,
    method: 'POST',
    timeout: spec.timeoutSeconds,
    answerOnBridge: true,
  };
  if (spec.callerId) attributes.callerId = spec.callerId;
  if (spec.record) {
    attributes.record = 'record-from-answer';
    attributes.recordingStatusCallback = spec.recordingCallbackUrl;
    attributes.recordingStatusCallbackMethod = 'POST';
  }
  const dial = response.dial(attributes);
  const legCallbacks = {
    statusCallback: spec.statusCallbackUrl,
    statusCallbackMethod: 'POST' as const,
    statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'] as never,
    ...(spec.whisperUrl ? { url: spec.whisperUrl, method: 'POST' as const } : {}),
  };
  if (SIP_URI.test(spec.destination))
    dial.sip(legCallbacks, sipUriWithHeaders(spec.destination, spec.sipHeaders));
  else
    dial.number(
      { ...legCallbacks, ...(spec.sendDigits ? { sendDigits: spec.sendDigits } : {}) },
      spec.destination,
    );
  return response.toString();
}

/** When nothing can take the call: the campaign's fallback number, else its message, else a polite goodbye. */
export function fallbackTwiml(
  options: { fallbackNumber?: string | null; fallbackMessage?: string | null } = {},
): string {
  const response = new VoiceResponse();
  if (options.fallbackNumber) {
    response.dial({ timeout: 30 }).number(options.fallbackNumber);
    return response.toString();
  }
  response.say(options.fallbackMessage || POLITE_UNAVAILABLE);
  response.hangup();
  return response.toString();
}

export function rejectTwiml(): string {
  const response = new VoiceResponse();
  response.reject({ reason: 'rejected' });
  return response.toString();
}

export function hangupTwiml(): string {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
}
