import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database, DatabaseDriver } from './db/client';
import { AppError } from './lib/app-error';
import { accountRoutes } from './modules/accounts/routes';
import { agentRoutes } from './modules/agents/routes';
import { apiKeyRoutes } from './modules/api-keys/routes';
import { assistantRoutes } from './modules/assistant/routes';
import { passwordRoutes } from './modules/auth/password-routes';
import { authRoutes } from './modules/auth/routes';
import { buyerRoutes } from './modules/buyers/routes';
import { callRoutes } from './modules/calls/routes';
import { startStaleAttemptSweeper } from './modules/calls/stale-attempts';
import { campaignRoutes } from './modules/campaigns/routes';
import { dniStateFor } from './modules/dni/dni-state';
import { dniRoutes } from './modules/dni/routes';
import { flowRoutes } from './modules/flows/routes';
import { flowWebhookRoutes } from './modules/flows/webhook-routes';
import { healthRoutes } from './modules/health/routes';
import { helpRoutes } from './modules/help/routes';
import { inboundPingRoutes, inboundRtbRoutes } from './modules/inbound-rtb/routes';
import { numberRoutes } from './modules/numbers/routes';
import { DEFAULT_DELIVERY_SETTINGS, type DeliverySettings } from './modules/pixels/deliver';
import { startDeliveryWorker } from './modules/pixels/delivery-worker';
import { pixelRoutes } from './modules/pixels/routes';
import { poolRoutes } from './modules/pools/routes';
import { postbackRoutes, postbackUrlRoutes } from './modules/postbacks/routes';
import { portalRoutes } from './modules/publishers/portal-routes';
import { publisherRoutes } from './modules/publishers/routes';
import { startRollupRefresher } from './modules/reports/rollup';
import { reportRoutes } from './modules/reports/routes';
import { rtbRoutes, simulatedBidderRoutes } from './modules/rtb/routes';
import { closeRtbDispatchers } from './modules/rtb/run-auction';
import { simulatorRoutes } from './modules/simulator/routes';
import { targetRoutes } from './modules/targets/routes';
import { createTelephonyProvider, type TelephonyProvider } from './modules/telephony/providers';
import { webhookRoutes } from './modules/telephony/webhook-routes';
import { trackingTagRoutes } from './modules/tracking-tags/routes';
import { userRoutes } from './modules/users/routes';
import { crossOriginGuardPlugin, requireAuthPlugin } from './plugins/auth';
import { errorsPlugin } from './plugins/errors';
import { webClientPlugin } from './plugins/web-client';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    databaseDriver: DatabaseDriver;
    config: Config;
    telephony: TelephonyProvider;
  }
}

export type AppOptions = {
  db: Database;
  databaseDriver: DatabaseDriver;
  config: Config;
  /** Overrides the pino logger settings; tests pass `false`. */
  logger?: boolean | object;
  /** Overrides the provider chosen from the configuration. */
  telephony?: TelephonyProvider;
  /** Overrides how pixels are delivered (tests use short waits). */
  pixelDelivery?: Partial<DeliverySettings>;
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const webDistDir = path.join(repoRoot, 'dist', 'web');

/**
 * Rate limits count per client address: keying on an unverified credential would let a client
 * escape the limit by sending a fresh junk cookie with every request.
 */
function rateLimitKey(request: FastifyRequest): string {
  return request.ip;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const pixelDelivery = { ...DEFAULT_DELIVERY_SETTINGS, ...options.pixelDelivery };
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-twilio-signature"]'],
      // Readable lines for a person at a terminal; JSON lines for log collectors.
      ...(process.stdout.isTTY && !config.production ? { transport: { target: 'pino-pretty' } } : {}),
    },
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);
  app.decorate('databaseDriver', options.databaseDriver);
  app.decorate('config', config);
  app.decorate('telephony', options.telephony ?? createTelephonyProvider(config));

  await app.register(errorsPlugin);
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(crossOriginGuardPlugin, { publicUrl: config.publicUrl });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'CallCenter Pro API',
        version: '1.0.0',
        description: 'Call tracking and pay-per-call platform',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from Settings → API keys' },
          session: { type: 'apiKey', in: 'cookie', name: 'ccp_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const rateLimit = {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    keyGenerator: rateLimitKey,
    errorResponseBuilder: (_request: FastifyRequest, context: { after: string }) =>
      new AppError('RATE_LIMITED', `Rate limit exceeded; retry in ${context.after}`),
  };

  // Instance-level hooks (not per-route ones) so the limit applies before authentication:
  // guessing API keys or passwords spends the same budget as anything else.
  await app.register(fastifyRateLimit, { global: false });
  const limitRequests = app.rateLimit(rateLimit);

  await app.register(
    async (publicApi) => {
      publicApi.addHook('onRequest', limitRequests);
      await publicApi.register(healthRoutes);
      await publicApi.register(authRoutes);
      await publicApi.register(postbackRoutes);
    },
    { prefix: '/api' },
  );

  await app.register(
    async (api) => {
      api.addHook('onRequest', limitRequests);
      await api.register(requireAuthPlugin);
      await api.register(accountRoutes);
      await api.register(passwordRoutes);
      await api.register(userRoutes);
      await api.register(apiKeyRoutes);
      await api.register(buyerRoutes);
      await api.register(targetRoutes);
      await api.register(campaignRoutes);
      await api.register(numberRoutes);
      await api.register(poolRoutes);
      await api.register(trackingTagRoutes);
      await api.register(rtbRoutes);
      await api.register(callRoutes);
      await api.register(simulatorRoutes);
      await api.register(helpRoutes);
      await api.register(assistantRoutes);
      await api.register(pixelRoutes, { delivery: pixelDelivery });
      await api.register(postbackUrlRoutes);
      await api.register(publisherRoutes);
      await api.register(portalRoutes);
      await api.register(inboundRtbRoutes);
      await api.register(agentRoutes);
      await api.register(flowRoutes);
      await api.register(reportRoutes);
    },
    { prefix: '/api' },
  );

  // Twilio's webhooks: public, authenticated by signature, never rate limited (a limit would drop calls).
  await app.register(webhookRoutes, { prefix: '/api' });
  // Publishers' pings: public, keyed by the campaign's rtbId, limited by the campaign's own rate limit.
  await app.register(inboundPingRoutes, { prefix: '/api' });
  await app.register(flowWebhookRoutes, { prefix: '/api' });
  await app.register(dniRoutes, {
    limitRequests: app.rateLimit({
      ...rateLimit,
      max: config.dniRateLimitPerMinute,
      keyGenerator: (r) => r.ip,
    }),
  });

  if (!config.production) await app.register(simulatedBidderRoutes);

  await app.register(webClientPlugin, { distDir: webDistDir });
  dniStateFor(options.db, app.log);
  const stopSweeper = startStaleAttemptSweeper(options.db, app.log);
  const pixelWorker = startDeliveryWorker(
    { db: options.db, allowPrivate: config.allowPrivateOutbound, settings: pixelDelivery },
    app.log,
  );
  const stopRollupRefresher = startRollupRefresher(options.db, app.log);
  app.addHook('onClose', async () => {
    stopSweeper();
    stopRollupRefresher();
    await pixelWorker.stop();
    await dniStateFor(options.db).writer.flush();
    await closeRtbDispatchers();
  });
  return app;
}
