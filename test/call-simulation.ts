import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type Auth, uniquePhone } from './factories';

/** Test calls through the simulator, as the call-path tests place them. */
export function callSimulator(app: FastifyInstance, auth: Auth) {
  const simulate = async (to: string, from = uniquePhone()) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/simulator/calls',
      headers: auth.headers,
      payload: { to, from },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      callId: string;
      twiml: string;
      trace: { reason: string; outcome: string; targetId: string | null }[];
    };
  };
  const event = async (callId: string, type: string, durationSeconds?: number) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/simulator/calls/${callId}/events`,
      headers: auth.headers,
      payload: { type, durationSeconds },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** Answered and completed after `seconds` of talk. */
  const talk = async (callId: string, seconds: number) => {
    await event(callId, 'answered');
    return event(callId, 'completed', seconds);
  };
  const getCall = async (callId: string) =>
    (await app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: auth.headers })).json();
  return { simulate, event, talk, getCall };
}
