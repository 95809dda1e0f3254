import { z } from 'zod';
import { TraceEntry } from './calls';
import { PhoneNumber } from './phone';

export const SimulateCallInput = z.object({
  to: PhoneNumber,
  from: PhoneNumber,
  fromState: z.string().trim().toUpperCase().max(2).optional(),
  fromZip: z.string().trim().max(10).optional(),
  fromCity: z.string().trim().max(80).optional(),
});
export type SimulateCallInput = z.input<typeof SimulateCallInput>;

export const SimulatedCall = z.object({
  callId: z.string().nullable(),
  callSid: z.string(),
  twiml: z.string(),
  trace: z.array(TraceEntry),
});
export type SimulatedCall = z.infer<typeof SimulatedCall>;

/**
 * What happens next on a test call; `hangup` is the caller giving up before anyone answers;
 * `redirect` is the hold audio ending, so Twilio follows the <Redirect> (an agent queue's loop).
 */
export const SimulatorEventType = z.enum([
  'answered',
  'no-answer',
  'busy',
  'failed',
  'completed',
  'hangup',
  'redirect',
]);
export const SimulateEventInput = z.object({
  type: SimulatorEventType,
  durationSeconds: z.number().int().min(0).max(86_400).optional(),
});
export type SimulateEventInput = z.input<typeof SimulateEventInput>;

export const SimulatedEvent = z.object({
  callId: z.string(),
  twiml: z.string().nullable().describe('The TwiML Twilio would get next, when the event asks for one'),
  status: z.string(),
  trace: z.array(TraceEntry),
});
