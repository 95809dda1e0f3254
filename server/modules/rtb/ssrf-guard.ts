import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';

export type BlockedCategory =
  | 'private'
  | 'loopback'
  | 'link_local'
  | 'cgnat'
  | 'multicast'
  | 'unspecified'
  | 'reserved';

type Range = [first: number, prefix: number, category: BlockedCategory];

const IPV4_RANGES: Range[] = [
  [ipv4('0.0.0.0'), 8, 'unspecified'],
  [ipv4('10.0.0.0'), 8, 'private'],
  [ipv4('100.64.0.0'), 10, 'cgnat'],
  [ipv4('127.0.0.0'), 8, 'loopback'],
  [ipv4('169.254.0.0'), 16, 'link_local'],
  [ipv4('172.16.0.0'), 12, 'private'],
  [ipv4('192.0.0.0'), 24, 'reserved'],
  [ipv4('192.0.2.0'), 24, 'reserved'],
  [ipv4('192.88.99.0'), 24, 'reserved'],
  [ipv4('192.168.0.0'), 16, 'private'],
  [ipv4('198.18.0.0'), 15, 'reserved'],
  [ipv4('198.51.100.0'), 24, 'reserved'],
  [ipv4('203.0.113.0'), 24, 'reserved'],
  [ipv4('224.0.0.0'), 4, 'multicast'],
  [ipv4('240.0.0.0'), 4, 'reserved'],
];

function ipv4(address: string): number {
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}

function classifyIPv4(value: number): BlockedCategory | null {
  for (const [first, prefix, category] of IPV4_RANGES) {
    const size = 2 ** (32 - prefix);
    if (value >= first && value < first + size) return category;
  }
  return null;
}

/** Eight 16-bit groups of an IPv6 address (zone id dropped, dotted IPv4 tail folded in). */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const value = ipv4(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((group) => Number.parseInt(group, 16)) : [];
  const left = parse(head);
  const right = parse(tail);
  const middle = tail === undefined ? [] : new Array(8 - left.length - right.length).fill(0);
  return [...left, ...middle, ...right];
}

function classifyIPv6(groups: number[]): BlockedCategory | null {
  const embeddedV4 = (at: number) => groups[at] * 65536 + groups[at + 1];
  const zeros = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (zeros(5) && groups[5] === 0xffff) return classifyIPv4(embeddedV4(6)); // ::ffff:a.b.c.d
  if (zeros(8)) return 'unspecified';
  if (zeros(7) && groups[7] === 1) return 'loopback';
  if (zeros(6)) return 'reserved'; // IPv4-compatible, deprecated
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(0)) {
    // NAT64 reaches the embedded IPv4 address; judge that one.
    if (groups.slice(2, 6).every((group) => group === 0)) return classifyIPv4(embeddedV4(6));
    return 'private';
  }
  if (groups[0] === 0x2002) return classifyIPv4(embeddedV4(1)); // 6to4
  if (groups[0] === 0x2001 && groups[1] === 0x0db8) return 'reserved';
  if (groups[0] === 0x2001 && groups[1] === 0) return 'reserved'; // Teredo
  if (groups[0] === 0x0100 && zeros(0) && groups.slice(1, 4).every((group) => group === 0)) return 'reserved';
  if ((groups[0] & 0xfe00) === 0xfc00) return 'private';
  if ((groups[0] & 0xffc0) === 0xfe80) return 'link_local';
  if ((groups[0] & 0xffc0) === 0xfec0) return 'private';
  if ((groups[0] & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/** Why an address must not be reached from the server, or null for a public address. */
export function classifyAddress(address: string): BlockedCategory | null {
  const bare = address.replace(/^\[|\]$/g, '');
  switch (isIP(bare.split('%')[0])) {
    case 4:
      return classifyIPv4(ipv4(bare));
    case 6:
      return classifyIPv6(ipv6Groups(bare));
    default:
      return 'reserved';
  }
}

export class BlockedAddressError extends Error {
  readonly code = 'ERR_RTB_BLOCKED_ADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly category: BlockedCategory,
  ) {
    super(
      `${hostname} resolves to ${address} (${category.replace('_', '-')}), which outbound requests may not reach`,
    );
  }
}

export type GuardOptions = { allowPrivate: boolean };

type ResolveAll = (hostname: string) => Promise<LookupAddress[]>;

const systemResolveAll: ResolveAll = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/**
 * Every address the host resolves to, refused as a whole when any one is private: a name that
 * mixes public and private answers is a rebinding attempt, not a bidder.
 */
export async function resolveVetted(
  hostname: string,
  options: GuardOptions & { resolveAll?: ResolveAll },
): Promise<LookupAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await (options.resolveAll ?? systemResolveAll)(host);
  if (!addresses.length) throw Object.assign(new Error(`${host} has no addresses`), { code: 'ENOTFOUND' });
  if (!options.allowPrivate) {
    for (const { address } of addresses) {
      const category = classifyAddress(address);
      if (category) throw new BlockedAddressError(host, address, category);
    }
  }
  return addresses;
}

export type UrlCheck =
  | { ok: true; url: URL }
  | { ok: false; reason: 'invalid_url' | 'blocked_address'; message: string };

/**
 * The checks that need no DNS: an http(s) URL without credentials, and no private address
 * literal (sockets skip the lookup for literals, so the guarded lookup never sees them).
 */
export function checkUrl(raw: string, options: GuardOptions): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'invalid_url', message: 'Not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      reason: 'invalid_url',
      message: `Scheme ${url.protocol} is not allowed; use http or https`,
    };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'invalid_url', message: 'Put credentials in headers, not in the URL' };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && isIP(host)) {
    const category = classifyAddress(host);
    if (category)
      return {
        ok: false,
        reason: 'blocked_address',
        message: new BlockedAddressError(host, host, category).message,
      };
  }
  return { ok: true, url };
}

export type VettedUrl = { ok: true; url: URL; addresses: LookupAddress[] } | Exclude<UrlCheck, { ok: true }>;

/** The full check, DNS included, for saving a target or its Test button. */
export async function vetUrl(
  raw: string,
  options: GuardOptions & { resolveAll?: ResolveAll },
): Promise<VettedUrl> {
  const checked = checkUrl(raw, options);
  if (!checked.ok) return checked;
  try {
    return { ok: true, url: checked.url, addresses: await resolveVetted(checked.url.hostname, options) };
  } catch (error) {
    if (error instanceof BlockedAddressError)
      return { ok: false, reason: 'blocked_address', message: error.message };
    return { ok: false, reason: 'invalid_url', message: `${checked.url.hostname} does not resolve` };
  }
}

/**
 * A `lookup` for sockets (undici's `connect.lookup`): the addresses it vets are the ones the
 * socket connects to, so DNS cannot change its answer between the check and the connection.
 */
export function guardedLookup(options: GuardOptions & { resolveAll?: ResolveAll }): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    resolveVetted(hostname, options).then(
      (addresses) => {
        const family =
          lookupOptions.family === 'IPv4' ? 4 : lookupOptions.family === 'IPv6' ? 6 : lookupOptions.family;
        const wanted = family ? addresses.filter((a) => a.family === family) : addresses;
        const usable = wanted.length ? wanted : addresses;
        if (lookupOptions.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
