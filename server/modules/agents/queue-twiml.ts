import twilio from 'twilio';
import type { AgentGroupRow } from '../../db/schema';
import { fallbackTwiml } from '../telephony/twiml';

const { VoiceResponse } = twilio.twiml;

export const DEFAULT_HOLD_MESSAGE = 'Thank you for waiting. An agent will be with you shortly.';
const DEFAULT_VOICEMAIL_PROMPT = 'Nobody is free to take your call. Please leave a message after the tone.';
/** Without hold audio the message is followed by this much silence before the next check. */
const HOLD_PAUSE_SECONDS = 10;
const VOICEMAIL_MAX_SECONDS = 120;

export const agentQueueUrl = (publicUrl: string, callId: string) =>
  `${publicUrl}/api/webhooks/agent-queue?callId=${callId}`;

/** Straight into the queue webhook, which offers the call to an agent or puts the caller on hold. */
export function enterQueueTwiml(queueUrl: string): string {
  const response = new VoiceResponse();
  response.redirect({ method: 'POST' }, queueUrl);
  return response.toString();
}

/** The hold loop: position, hold audio or message, then back to the queue webhook. */
export function holdTwiml(group: AgentGroupRow, position: number, queueUrl: string): string {
  const response = new VoiceResponse();
  if (group.announcePosition) response.say(`You are caller number ${position} in line.`);
  if (group.holdAudioUrl) response.play(group.holdAudioUrl);
  else {
    response.say(group.holdMessage || DEFAULT_HOLD_MESSAGE);
    response.pause({ length: HOLD_PAUSE_SECONDS });
  }
  response.redirect({ method: 'POST' }, queueUrl);
  return response.toString();
}

/** What the caller gets when the wait runs out. */
export function queueTimeoutTwiml(group: AgentGroupRow, urls: { queue: string; recording: string }): string {
  switch (group.timeoutAction) {
    case 'fallback_number':
      return fallbackTwiml({ fallbackNumber: group.timeoutNumber, fallbackMessage: group.timeoutMessage });
    case 'voicemail': {
      const response = new VoiceResponse();
      response.say(group.timeoutMessage || DEFAULT_VOICEMAIL_PROMPT);
      // The Record action comes back to the queue webhook, which hangs up a finished entry.
      response.record({
        maxLength: VOICEMAIL_MAX_SECONDS,
        playBeep: true,
        action: urls.queue,
        method: 'POST',
        recordingStatusCallback: urls.recording,
        recordingStatusCallbackMethod: 'POST',
      });
      response.hangup();
      return response.toString();
    }
    case 'hangup':
      return fallbackTwiml({ fallbackMessage: group.timeoutMessage });
    default: {
      const never: never = group.timeoutAction;
      throw new Error(`Unknown timeout action ${never}`);
    }
  }
}
