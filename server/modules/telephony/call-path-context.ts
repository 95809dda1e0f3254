import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import type { Database } from '../../db/client';

/** What the call-path services need from the app, passed explicitly so they stay testable. */
export type CallPathContext = {
  db: Database;
  config: Config;
  publicUrl: string;
  log: FastifyBaseLogger;
  now: () => Date;
};

export const webhookUrls = (publicUrl: string, callId: string) => ({
  dialAction: (attempt: number) =>
    `${publicUrl}/api/webhooks/dial-action?callId=${callId}&attempt=${attempt}`,
  status: `${publicUrl}/api/webhooks/status?callId=${callId}`,
  recording: `${publicUrl}/api/webhooks/recording?callId=${callId}`,
});
