import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AGENT_VIEW_PATH } from '../../contracts/agents';
import type { Role } from '../../contracts/common';
import { AppError, forbidden } from '../lib/app-error';
import { looksLikeApiKey, resolveApiKey } from '../modules/api-keys/service';
import { resolveSession, SESSION_TTL_MS } from '../modules/auth/service';

export const SESSION_COOKIE = 'ccp_session';

export type AuthContext = {
  accountId: string;
  /** Null for API keys: they act for the account, not for a person. */
  userId: string | null;
  role: Role;
  /** Set for role `publisher`: the only publisher whose data this caller may read. */
  publisherId: string | null;
  via: 'session' | 'apiKey';
};

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** A write that only touches the user's own things (their help-assistant questions), so viewers may make it. */
    viewersMayWrite?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Postbacks come from trackers' servers and CRMs, authenticated by the token in their URL;
// publishers ping campaigns from their own servers (inbound RTB), keyed by the campaign's rtbId.
const CROSS_SITE_ALLOWED = [
  '/api/webhooks/',
  '/api/dni/',
  '/api/flows/webhook/',
  '/api/postbacks/',
  '/api/rtb/v1/',
];
/** The read-only portal is all a publisher user may reach. */
const PUBLISHER_PORTAL = '/api/portal/';
// Agent users see their own agent view and can change their own password, nothing else.
const AGENT_PATHS = [AGENT_VIEW_PATH, '/api/auth/password'];
// API keys manage data but not people: they cannot add users or change roles.
const API_KEY_ROLE: Role = 'manager';

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim() || undefined;
}

export function sessionToken(request: FastifyRequest): string | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? (unsigned.value ?? undefined) : undefined;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secure: boolean,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secure || request.protocol === 'https',
    signed: true,
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The authenticated caller; only routes behind `authenticate` may use it. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHORIZED', 'Sign in or send an API key');
  return request.auth;
}

export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest) => {
    if (!roles.includes(authOf(request).role)) forbiddenFor(roles);
  };
}

function forbiddenFor(roles: Role[]): never {
  throw forbidden(`Only ${roles.join(' or ')} users can do this`);
}

async function authenticate(app: FastifyInstance, request: FastifyRequest) {
  const bearer = bearerToken(request);
  if (bearer) {
    const found = looksLikeApiKey(bearer) ? await resolveApiKey(app.db, bearer) : undefined;
    if (!found) throw new AppError('UNAUTHORIZED', 'The API key is not valid or was revoked');
    request.auth = {
      accountId: found.account.id,
      userId: null,
      role: API_KEY_ROLE,
      publisherId: null,
      via: 'apiKey',
    };
    return;
  }
  const token = sessionToken(request);
  const found = token ? await resolveSession(app.db, token) : undefined;
  if (!found) throw new AppError('UNAUTHORIZED', 'Sign in or send an API key');
  request.auth = {
    accountId: found.account.id,
    userId: found.user.id,
    role: found.user.role,
    publisherId: found.user.publisherId,
    via: 'session',
  };
}

/**
 * Registered inside the protected API scope: every route there needs a session or API key,
 * viewers may only read, and publisher users may only read their portal.
 */
export const requireAuthPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => authenticate(app, request));
  app.addHook('preHandler', async (request) => {
    const { role } = authOf(request);
    if (
      !SAFE_METHODS.has(request.method) &&
      role === 'viewer' &&
      !request.routeOptions.config.viewersMayWrite
    ) {
      throw forbidden('Viewers can look but not change anything');
    }
    if (
      role === 'publisher' &&
      !(SAFE_METHODS.has(request.method) && request.url.startsWith(PUBLISHER_PORTAL))
    ) {
      throw forbidden('Publisher users can only see their own calls, numbers and payouts');
    }
    if (role === 'agent' && !AGENT_PATHS.some((path) => request.url.startsWith(path))) {
      throw forbidden('Agents can only use their own agent view');
    }
  });
});

function hostOf(origin: string): string | undefined {
  return URL.canParse(origin) ? new URL(origin).host : undefined;
}

/**
 * Cross-site request forgery guard for cookie-authenticated writes, by Fetch Metadata and Origin
 * (the approach of Go's CrossOriginProtection): browsers always label cross-site requests, while
 * API clients without cookies are unaffected. SameSite=Lax cookies are the second wall.
 */
export const crossOriginGuardPlugin = fp(async (app: FastifyInstance, options: { publicUrl: string }) => {
  const trustedOrigins = new Set([new URL(options.publicUrl).origin]);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    // Every browser write to the app API, with or without a cookie yet (sign-in too: a forged
    // login would sign the victim into the attacker's account). Webhooks, DNI and postbacks are
    // meant to be called from elsewhere and have their own checks.
    if (SAFE_METHODS.has(request.method) || bearerToken(request) || !request.url.startsWith('/api/')) return;
    if (CROSS_SITE_ALLOWED.some((prefix) => request.url.startsWith(prefix))) return;
    const site = request.headers['sec-fetch-site'];
    if (site === 'same-origin' || site === 'none') return;
    const origin = request.headers.origin;
    if (!site && !origin) return;
    const host = request.headers.host;
    if (origin && (trustedOrigins.has(origin) || (host && hostOf(origin) === host))) return;
    throw forbidden('Cross-site request refused');
  });
});
