import { describe, expect, it } from 'vitest';
import { buildBidRequest, listUnknownTargetTokens, maskCallerId } from './build-request';
import type { TokenContext } from './tokens';

const context: TokenContext = {
  now: new Date('2026-03-04T14:30:00.000Z'),
  requestId: 'req_1',
  callerId: '+17205550123',
  callerZip: '80202',
  targetName: 'Acme "Solar"',
};

describe('buildBidRequest', () => {
  it('renders a JSON POST with JSON escaping', () => {
    const request = buildBidRequest(
      {
        endpointUrl: 'https://bids.example.com/ping/{requestId}',
        method: 'POST',
        contentType: 'application/json',
        headers: { authorization: 'Bearer abc' },
        requestTemplate: '{"cid": "[Call:CallerId]", "name": "[tag:Target:Name]", "zip": {callerZip}}',
      },
      context,
    );
    expect(request).toEqual({
      url: 'https://bids.example.com/ping/req_1',
      method: 'POST',
      headers: { authorization: 'Bearer abc', 'content-type': 'application/json' },
      body: '{"cid": "+17205550123", "name": "Acme \\"Solar\\"", "zip": 80202}',
    });
    expect(JSON.parse(request.body!)).toEqual({ cid: '+17205550123', name: 'Acme "Solar"', zip: 80202 });
  });

  it('puts a GET template in the query, URL-encoded', () => {
    const request = buildBidRequest(
      {
        endpointUrl: 'https://bids.example.com/ping?key=1',
        method: 'GET',
        requestTemplate: '?CID=[Call:CallerId]&zip={callerZip}',
      },
      context,
    );
    expect(request).toEqual({
      url: 'https://bids.example.com/ping?key=1&CID=%2B17205550123&zip=80202',
      method: 'GET',
      headers: {},
    });
  });

  it('URL-encodes a form body and keeps line breaks out of headers', () => {
    const request = buildBidRequest(
      {
        endpointUrl: 'https://bids.example.com/ping',
        method: 'POST',
        contentType: 'application/x-www-form-urlencoded',
        headers: { 'x-target': '[tag:Target:Name]\r\nx-evil: 1' },
        requestTemplate: 'cid=[Call:CallerId]',
      },
      context,
    );
    expect(request.body).toBe('cid=%2B17205550123');
    expect(request.headers!['x-target']).toBe('Acme "Solar" x-evil: 1');
  });
});

describe('listUnknownTargetTokens', () => {
  it('looks in the URL, the headers and the template', () => {
    expect(
      listUnknownTargetTokens({
        endpointUrl: 'https://bids.example.com/{nope}',
        method: 'POST',
        headers: { 'x-a': '[Call:Nope]' },
        requestTemplate: '{"a": "[Call:CallerId]", "b": "{nope}"}',
      }),
    ).toEqual(['{nope}', '[Call:Nope]']);
  });
});

describe('maskCallerId', () => {
  it('masks the caller in every form a request may carry it', () => {
    expect(
      maskCallerId(
        '{"a":"+17205550123","b":"17205550123","c":"7205550123"} cid=%2B17205550123',
        '+17205550123',
      ),
    ).toBe('{"a":"720***0123","b":"720***0123","c":"720***0123"} cid=720***0123');
  });
});
