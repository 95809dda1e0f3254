import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

export type SignatureHeaders = { 'X-Signature': string; 'X-Timestamp': string };

/** HMAC-SHA256 of `timestamp + "." + body`, hex; the timestamp is Unix seconds. */
export function computeSignature(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The headers a bidder checks to know a ping is ours and fresh. */
export function signRequest(secret: string, body: string, nowMs: number): SignatureHeaders {
  const timestamp = String(Math.floor(nowMs / 1000));
  return { 'X-Signature': computeSignature(secret, timestamp, body), 'X-Timestamp': timestamp };
}

/** What a bidder does with those headers: constant-time compare, and a replay window. */
export function verifySignature(options: {
  secret: string;
  body: string;
  signature: string | undefined;
  timestamp: string | undefined;
  nowMs: number;
  toleranceSeconds?: number;
}): boolean {
  const { signature, timestamp } = options;
  if (!signature || !timestamp || !/^\d+$/.test(timestamp) || !/^[0-9a-f]{64}$/i.test(signature))
    return false;
  const age = Math.abs(options.nowMs / 1000 - Number(timestamp));
  if (age > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(computeSignature(options.secret, timestamp, options.body), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

const VERSION = 'v1';
const INFO = 'callcenter-pro/rtb-target-secret/v1';

function deriveKey(serverSecret: string, salt: Buffer): Buffer {
  if (!serverSecret) throw new Error('A server secret is required to encrypt target secrets');
  return Buffer.from(hkdfSync('sha256', serverSecret, salt, INFO, 32));
}

/**
 * AES-256-GCM under a key derived (HKDF-SHA256, fresh salt each time) from the server secret.
 * `associatedData` (e.g. the target id) binds the ciphertext to its row so it cannot be moved to
 * another. Output: `v1.<salt>.<iv>.<tag>.<ciphertext>`, base64url.
 */
export function encryptSecret(plaintext: string, serverSecret: string, associatedData = ''): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(serverSecret, salt), iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, salt, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Throws when the value was tampered with, moved to another row, or sealed under another secret. */
export function decryptSecret(sealed: string, serverSecret: string, associatedData = ''): string {
  const [version, ...parts] = sealed.split('.');
  if (version !== VERSION || parts.length !== 4) throw new Error('Not an encrypted secret');
  const [salt, iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(serverSecret, salt), iv, { authTagLength: 16 });
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}
