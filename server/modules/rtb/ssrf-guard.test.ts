import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { checkUrl, classifyAddress, guardedLookup, resolveVetted, vetUrl } from './ssrf-guard';

const resolvingTo =
  (...addresses: string[]) =>
  async (): Promise<LookupAddress[]> =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link_local'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['fe80::1%eth0', 'link_local'],
    ['fd00::1', 'private'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'link_local'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:0a00:0001::1', 'private'],
    ['not-an-address', 'reserved'],
  ])('%s is %s', (address, category) => {
    expect(classifyAddress(address)).toBe(category);
  });

  it.each([
    ['8.8.8.8'],
    ['172.32.0.1'],
    ['100.128.0.1'],
    ['1.1.1.1'],
    ['2606:4700:4700::1111'],
    ['::ffff:8.8.8.8'],
  ])('%s is public', (address) => {
    expect(classifyAddress(address)).toBeNull();
  });
});

describe('checkUrl', () => {
  it('allows only http and https', () => {
    expect(checkUrl('https://bids.example.com/ping', { allowPrivate: false }).ok).toBe(true);
    for (const url of ['ftp://bids.example.com/', 'file:///etc/passwd', 'gopher://x/', 'not a url']) {
      expect(checkUrl(url, { allowPrivate: true })).toMatchObject({ ok: false, reason: 'invalid_url' });
    }
    expect(checkUrl('https://user:pw@bids.example.com/', { allowPrivate: false })).toMatchObject({
      ok: false,
    });
  });

  it('refuses private literals unless allowed, however they are spelled', () => {
    for (const url of [
      'http://2130706433/',
      'http://0x7f.1/',
      'http://0177.0.0.1/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:a9fe:a9fe]/',
      'http://127.0.0.1:8080/',
      'http://10.0.0.5/',
      'http://169.254.169.254/latest',
      'http://[::1]/',
    ]) {
      expect(checkUrl(url, { allowPrivate: false })).toMatchObject({ ok: false, reason: 'blocked_address' });
      expect(checkUrl(url, { allowPrivate: true }).ok).toBe(true);
    }
  });
});

describe('resolveVetted', () => {
  it('returns every address of a public name', async () => {
    await expect(
      resolveVetted('bids.example.com', { allowPrivate: false, resolveAll: resolvingTo('93.184.216.34') }),
    ).resolves.toEqual([{ address: '93.184.216.34', family: 4 }]);
  });

  it('refuses a name with any private address, as a rebinding attempt would have', async () => {
    await expect(
      resolveVetted('rebind.example', {
        allowPrivate: false,
        resolveAll: resolvingTo('93.184.216.34', '10.0.0.7'),
      }),
    ).rejects.toMatchObject({ code: 'ERR_RTB_BLOCKED_ADDRESS', address: '10.0.0.7', category: 'private' });
  });

  it('lets private addresses through when allowed', async () => {
    await expect(
      resolveVetted('bidder.internal', { allowPrivate: true, resolveAll: resolvingTo('10.0.0.7') }),
    ).resolves.toHaveLength(1);
  });
});

describe('vetUrl', () => {
  it('reports a blocked name and a name that does not resolve', async () => {
    const blocked = await vetUrl('http://metadata.example/', {
      allowPrivate: false,
      resolveAll: resolvingTo('169.254.169.254'),
    });
    expect(blocked).toMatchObject({ ok: false, reason: 'blocked_address' });
    const missing = await vetUrl('http://nowhere.example/', {
      allowPrivate: false,
      resolveAll: async () => {
        throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
      },
    });
    expect(missing).toMatchObject({ ok: false, reason: 'invalid_url' });
  });

  it('refuses localhost through the system resolver', async () => {
    expect(await vetUrl('http://localhost:9/', { allowPrivate: false })).toMatchObject({
      ok: false,
      reason: 'blocked_address',
    });
  });
});

describe('guardedLookup', () => {
  const lookup = (
    hostname: string,
    all: boolean,
    resolveAll = resolvingTo('93.184.216.34', '2606:2800::1'),
  ) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) =>
      guardedLookup({ allowPrivate: false, resolveAll })(hostname, { all }, (error, address, family) =>
        resolve({ error, address, family }),
      ),
    );

  it('hands the socket exactly the vetted addresses', async () => {
    expect(await lookup('bids.example.com', false)).toEqual({
      error: null,
      address: '93.184.216.34',
      family: 4,
    });
    expect((await lookup('bids.example.com', true)).address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800::1', family: 6 },
    ]);
  });

  it('fails the connection for a private answer', async () => {
    const result = await lookup('evil.example', false, resolvingTo('127.0.0.1'));
    expect(result.error).toMatchObject({ code: 'ERR_RTB_BLOCKED_ADDRESS' });
  });
});
