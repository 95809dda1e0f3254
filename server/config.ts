import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

/** A current Claude Sonnet model; `ANTHROPIC_MODEL` overrides it. */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-5-5';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(5000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  DATA_DIR: z.string().default('./data'),
  SESSION_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  PUBLIC_URL: optionalString.pipe(z.url('must be a URL such as https://calls.example.com').optional()),
  TWILIO_ACCOUNT_SID: optionalString,
  TWILIO_AUTH_TOKEN: optionalString,
  /** Where the Twilio REST client sends requests; only for a stand-in server (tests). */
  TWILIO_API_BASE_URL: optionalString.pipe(z.url().optional()),
  /** Turns off the X-Twilio-Signature check. Only for local development against the simulator. */
  TWILIO_SKIP_SIGNATURE_CHECK: booleanFlag,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(100),
  /** DNI tracking requests per minute per visitor address. */
  DNI_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  TRUST_PROXY: booleanFlag,
  /** Lets outbound requests reach private and loopback addresses (tests start their bidders on 127.0.0.1). */
  ALLOW_PRIVATE_OUTBOUND: booleanFlag,
  /** The help assistant answers with Claude when set; without it, from a local search of the help pages. */
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_MODEL: z.string().trim().min(1).default(DEFAULT_ANTHROPIC_MODEL),
  /** Where the Anthropic client sends requests (a proxy, or a stand-in server in tests). */
  ANTHROPIC_BASE_URL: optionalString.pipe(z.url().optional()),
  /** The assistant gives up on Claude (and answers offline) after this long without a word from it. */
  ANTHROPIC_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  ASSISTANT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  publicUrl: string;
  twilio: {
    accountSid: string | undefined;
    authToken: string;
    /** False when `authToken` is the per-install stand-in, not a real Twilio token. */
    authTokenConfigured: boolean;
    apiBaseUrl: string | undefined;
    skipSignatureCheck: boolean;
  };
  rateLimitPerMinute: number;
  dniRateLimitPerMinute: number;
  trustProxy: boolean;
  assistant: {
    anthropicApiKey: string | undefined;
    model: string;
    anthropicBaseUrl: string | undefined;
    timeoutMs: number;
    rateLimitPerMinute: number;
  };
  allowPrivateOutbound: boolean;
  logLevel: string;
  production: boolean;
};

export class ConfigError extends Error {}

/** Parses the environment once at start; every bad value is reported by name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  if (values.TWILIO_SKIP_SIGNATURE_CHECK && values.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  TWILIO_SKIP_SIGNATURE_CHECK: not allowed in production');
  }
  const dataDir = path.resolve(values.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const sessionSecret = values.SESSION_SECRET ?? readOrCreateSecret(dataDir);
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, '');
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir,
    sessionSecret,
    publicUrl,
    twilio: {
      accountSid: values.TWILIO_ACCOUNT_SID,
      // Without a real token the platform still signs and checks with a per-install secret,
      // so the simulator exercises exactly the code path Twilio's requests take.
      authToken: values.TWILIO_AUTH_TOKEN ?? sessionSecret.slice(0, 32),
      authTokenConfigured: !!values.TWILIO_AUTH_TOKEN,
      apiBaseUrl: values.TWILIO_API_BASE_URL,
      skipSignatureCheck: values.TWILIO_SKIP_SIGNATURE_CHECK,
    },
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    dniRateLimitPerMinute: values.DNI_RATE_LIMIT_PER_MINUTE,
    trustProxy: values.TRUST_PROXY,
    assistant: {
      anthropicApiKey: values.ANTHROPIC_API_KEY,
      model: values.ANTHROPIC_MODEL,
      anthropicBaseUrl: values.ANTHROPIC_BASE_URL,
      timeoutMs: values.ANTHROPIC_TIMEOUT_MS,
      rateLimitPerMinute: values.ASSISTANT_RATE_LIMIT_PER_MINUTE,
    },
    allowPrivateOutbound: values.ALLOW_PRIVATE_OUTBOUND,
    logLevel: values.LOG_LEVEL,
    production: values.NODE_ENV === 'production',
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
