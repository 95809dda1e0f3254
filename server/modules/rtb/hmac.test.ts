import { describe, expect, it } from 'vitest';
import { computeSignature, decryptSecret, encryptSecret, signRequest, verifySignature } from './hmac';

const NOW = Date.parse('2026-03-04T14:30:00.000Z');
const SERVER_SECRET = 'server-secret-of-at-least-32-characters!';

describe('request signatures', () => {
  it('signs timestamp.body with HMAC-SHA256 in hex', () => {
    const headers = signRequest('s3cret', '{"a":1}', NOW);
    expect(headers['X-Timestamp']).toBe('1772634600');
    // echo -n '1772634600.{"a":1}' | openssl dgst -sha256 -hmac s3cret
    expect(headers['X-Signature']).toBe('0e74b3a7b0c57d16f7a0b2e75a76825e14e961d9cf18b934526896c887f5b631');
    expect(computeSignature('s3cret', '1772634600', '{"a":1}')).toBe(headers['X-Signature']);
  });

  it('verifies a fresh, untampered request only', () => {
    const body = '{"callerId":"+17205550123"}';
    const { 'X-Signature': signature, 'X-Timestamp': timestamp } = signRequest('s3cret', body, NOW);
    const check = (overrides: Partial<Parameters<typeof verifySignature>[0]>) =>
      verifySignature({ secret: 's3cret', body, signature, timestamp, nowMs: NOW + 1_000, ...overrides });
    expect(check({})).toBe(true);
    expect(check({ body: `${body} ` })).toBe(false);
    expect(check({ secret: 'other' })).toBe(false);
    expect(check({ timestamp: String(Number(timestamp) + 1) })).toBe(false);
    expect(check({ nowMs: NOW + 301_000 })).toBe(false);
    expect(check({ signature: 'zz' })).toBe(false);
    expect(check({ signature: undefined })).toBe(false);
  });
});

describe('secrets at rest', () => {
  it('round-trips, with a fresh ciphertext each time', () => {
    const first = encryptSecret('bidder-secret', SERVER_SECRET, 'target_1');
    const second = encryptSecret('bidder-secret', SERVER_SECRET, 'target_1');
    expect(first).not.toBe(second);
    expect(first).not.toContain('bidder-secret');
    expect(decryptSecret(first, SERVER_SECRET, 'target_1')).toBe('bidder-secret');
    expect(decryptSecret(second, SERVER_SECRET, 'target_1')).toBe('bidder-secret');
  });

  it('refuses another server secret, another row, and tampering', () => {
    const sealed = encryptSecret('bidder-secret', SERVER_SECRET, 'target_1');
    expect(() => decryptSecret(sealed, `${SERVER_SECRET}x`, 'target_1')).toThrow();
    expect(() => decryptSecret(sealed, SERVER_SECRET, 'target_2')).toThrow();
    const parts = sealed.split('.');
    parts[4] = Buffer.from('bidder-secreT').toString('base64url');
    expect(() => decryptSecret(parts.join('.'), SERVER_SECRET, 'target_1')).toThrow();
    parts[3] = parts[3].slice(0, 6);
    expect(() => decryptSecret(parts.join('.'), SERVER_SECRET, 'target_1')).toThrow();
    expect(() => decryptSecret('plain-text', SERVER_SECRET)).toThrow(/Not an encrypted secret/);
  });
});
