import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import type { Geo } from './service';

type GeoipLite = { lookup(ip: string): { country: string; region: string; city: string } | null };

const require = createRequire(import.meta.url);
let geoip: GeoipLite | undefined;

const PRIVATE =
  /^(10\.|127\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|::1$|f[cd]|fe80:|::ffff:(10|127|192\.168)\.)/i;

/**
 * Country, region and city of a visitor's address (geoip-lite's bundled database). Loaded on the
 * first public address, since the database takes a moment and memory; private addresses have none.
 */
export function geoOfAddress(ip: string): Geo {
  if (!isIP(ip) || PRIVATE.test(ip)) return null;
  geoip ??= require('geoip-lite') as GeoipLite;
  const found = geoip.lookup(ip);
  if (!found) return null;
  return {
    country: found.country || undefined,
    region: found.region || undefined,
    city: found.city || undefined,
  };
}
