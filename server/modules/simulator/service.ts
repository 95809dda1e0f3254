import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { SimulateCallInput, SimulateEventInput } from '../../../contracts/simulator';
import { AppError, invalidFields, notFound } from '../../lib/app-error';
import * as calls from '../calls/repository';
import { findNumberInAccount } from '../numbers/repository';
import { signTwilioRequest, type TwilioParams } from '../telephony/signature';

export const twilioSid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;
export const SIM_ACCOUNT_SID = 'ACsimulator0000000000000000000000';

/** Sends a webhook through the app exactly as Twilio would: form-encoded and signed over the public URL. */
export async function postLikeTwilio(app: FastifyInstance, publicUrl: string, params: TwilioParams) {
  const { config } = app;
  const path = publicUrl.slice(config.publicUrl.length);
  const response = await app.inject({
    method: 'POST',
    url: path,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilioRequest(config.twilio.authToken, publicUrl, params),
    },
    payload: new URLSearchParams(params).toString(),
  });
  if (response.statusCode >= 400) {
    throw new AppError(
      'BAD_REQUEST',
      `The webhook ${path.split('?')[0]} answered ${response.statusCode}: ${response.body}`,
    );
  }
  return response.body;
}

export const unescapeXml = (value: string) =>
  value.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"');

/** The URLs Twilio would call next, read from the TwiML we sent it (as Twilio itself does). */
function callbacksIn(twiml: string) {
  const action = twiml.match(/<Dial[^>]*\saction="([^"]+)"/)?.[1];
  const status = twiml.match(/<(?:Number|Sip)[^>]*\sstatusCallback="([^"]+)"/)?.[1];
  const redirect = twiml.match(/<Redirect[^>]*>([^<]+)<\/Redirect>/)?.[1];
  return {
    action: action && unescapeXml(action),
    status: status && unescapeXml(status),
    redirect: redirect && unescapeXml(redirect),
  };
}

const MAX_REDIRECTS = 5;

/**
 * Twilio follows a <Redirect> once everything before it has played: at once when it is all the
 * TwiML holds (an agent group's queue), after the hold audio otherwise (the `redirect` event).
 */
async function followRedirect(
  app: FastifyInstance,
  twiml: string,
  params: TwilioParams,
  options: { immediateOnly: boolean },
): Promise<string> {
  let current = twiml;
  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    const { redirect } = callbacksIn(current);
    const plays = /<(?:Say|Play|Pause|Dial|Record)\b/.test(current);
    if (!redirect || (plays && (options.immediateOnly || hop > 0))) break;
    current = await postLikeTwilio(app, redirect, { ...params, CallStatus: 'in-progress' });
  }
  return current;
}

export async function simulateCall(
  app: FastifyInstance,
  accountId: string,
  input: z.output<typeof SimulateCallInput>,
) {
  const number = await findNumberInAccount(app.db, accountId, input.to);
  if (!number) throw invalidFields([{ field: 'to', message: 'Not one of your tracking numbers' }]);
  const callSid = twilioSid('CA');
  const params = {
    AccountSid: SIM_ACCOUNT_SID,
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    CallStatus: 'ringing',
    Direction: 'inbound',
    From: input.from,
    To: input.to,
    FromCity: input.fromCity ?? '',
    FromState: input.fromState ?? '',
    FromZip: input.fromZip ?? '',
    FromCountry: 'US',
  };
  const answer = await postLikeTwilio(app, `${app.config.publicUrl}/api/webhooks/voice`, params);
  const twiml = await followRedirect(app, answer, params, { immediateOnly: true });
  const call = await calls.findCallBySid(app.db, callSid);
  return { callId: call?.id ?? null, callSid, twiml, trace: call?.trace ?? [] };
}

export async function simulateEvent(
  app: FastifyInstance,
  accountId: string,
  callId: string,
  input: z.output<typeof SimulateEventInput>,
) {
  const call = await calls.findCallById(app.db, callId);
  if (!call || call.accountId !== accountId) throw notFound('Call');
  const lastTwiml = call.twiml.at(-1)?.twiml ?? '';
  const { action, status: legStatusUrl, redirect } = callbacksIn(lastTwiml);
  const attempts = await calls.listAttempts(app.db, call.id);
  const live = attempts.find((a) => a.live);
  const duration = String(input.durationSeconds ?? 0);
  const base = {
    AccountSid: SIM_ACCOUNT_SID,
    ApiVersion: '2010-04-01',
    From: call.fromNumber,
    To: call.toNumber,
  };
  const parentStatusUrl = `${app.config.publicUrl}/api/webhooks/status`;
  let twiml: string | null = null;

  if (input.type === 'redirect') {
    if (!redirect) throw new AppError('CONFLICT', 'The call is not on hold right now');
    const callParams = { ...base, CallSid: call.callSid };
    const next = await followRedirect(app, lastTwiml, callParams, { immediateOnly: false });
    const after = await calls.findCallById(app.db, call.id);
    return { callId: call.id, twiml: next, status: after?.status ?? call.status, trace: after?.trace ?? [] };
  }
  // A hang-up is only the caller's leg ending: Twilio ends the parent call and releases the rest.
  const callerHangsUp = input.type === 'hangup';
  if (!callerHangsUp && input.type !== 'completed' && (!live || !action || !legStatusUrl)) {
    throw new AppError('CONFLICT', 'The call is not ringing a target right now');
  }
  if (!callerHangsUp && live && action && legStatusUrl) {
    const legSid = live.dialCallSid ?? twilioSid('CA');
    const leg = { ...base, CallSid: legSid, ParentCallSid: call.callSid, Direction: 'outbound-dial' };
    if (input.type === 'answered' || input.type === 'completed') {
      await postLikeTwilio(app, legStatusUrl, { ...leg, CallStatus: 'in-progress' });
    }
    if (input.type !== 'answered') {
      const connected = input.type === 'completed';
      await postLikeTwilio(app, legStatusUrl, {
        ...leg,
        CallStatus: input.type,
        ...(connected ? { CallDuration: duration } : {}),
      });
      const afterDial = await postLikeTwilio(app, action, {
        ...base,
        CallSid: call.callSid,
        CallStatus: 'in-progress',
        DialCallSid: legSid,
        DialCallStatus: input.type,
        ...(connected ? { DialCallDuration: duration } : {}),
      });
      twiml = await followRedirect(
        app,
        afterDial,
        { ...base, CallSid: call.callSid },
        { immediateOnly: true },
      );
    }
  }
  if (input.type === 'completed' || callerHangsUp) {
    await postLikeTwilio(app, parentStatusUrl, {
      ...base,
      CallSid: call.callSid,
      CallStatus: 'completed',
      CallDuration: duration,
    });
  }
  const after = await calls.findCallById(app.db, call.id);
  return { callId: call.id, twiml, status: after?.status ?? call.status, trace: after?.trace ?? [] };
}
