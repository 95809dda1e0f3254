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
  /** A dialed leg's callbacks name their attempt, so a late one never lands on a later attempt. */
  legStatus: (attempt: number) => `${publicUrl}/api/webhooks/status?callId=${callId}&attempt=${attempt}`,
  recording: `${publicUrl}/api/webhooks/recording?callId=${callId}`,
});
