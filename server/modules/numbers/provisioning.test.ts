import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { createTwilioProvider } from '../telephony/providers/twilio-provider';
import { parseNumberCsv } from './parse-number-csv';

type Seen = {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  authorization?: string;
};

/** Answers like Twilio's REST API for the three calls the provider makes, and records them. */
async function startTwilioStandIn() {
  const seen: Seen[] = [];
  const body = async (request: IncomingMessage) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    return new URLSearchParams(text);
  };
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    seen.push({
      method: request.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      form: await body(request),
      authorization: request.headers.authorization,
    });
    response.setHeader('content-type', 'application/json');
    if (url.pathname.endsWith('/AvailablePhoneNumbers/US/Local.json')) {
      response.end(
        JSON.stringify({
          available_phone_numbers: [
            {
              phone_number: '+14155550142',
              friendly_name: '(415) 555-0142',
              locality: 'San Francisco',
              region: 'CA',
            },
          ],
          uri: url.pathname,
          end: 0,
          page: 0,
          page_size: 50,
          start: 0,
        }),
      );
    } else if (
      url.pathname.endsWith('/IncomingPhoneNumbers.json') &&
      seen.at(-1)?.form.get('PhoneNumber') === '+14155550999'
    ) {
      response.statusCode = 400;
      response.end(JSON.stringify({ code: 21422, message: 'PhoneNumber is not available', status: 400 }));
    } else if (url.pathname.endsWith('/IncomingPhoneNumbers.json') && request.method === 'POST') {
      response.statusCode = 201;
      response.end(
        JSON.stringify({ sid: 'PN0123456789abcdef0123456789abcdef', phone_number: '+14155550142' }),
      );
    } else if (url.pathname.includes('/IncomingPhoneNumbers/PN') && request.method === 'DELETE') {
      response.statusCode = 204;
      response.end();
    } else {
      response.statusCode = 404;
      response.end(JSON.stringify({ code: 20404, message: 'not found', status: 404 }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => server.close(),
  };
}

let standIn: Awaited<ReturnType<typeof startTwilioStandIn>>;
beforeAll(async () => {
  standIn = await startTwilioStandIn();
});
afterAll(() => standIn.close());

describe('the Twilio provider, against a local stand-in for the REST API', () => {
  it('searches, buys with webhooks pointed at the platform, and releases', async () => {
    const provider = createTwilioProvider({
      accountSid: 'ACtest',
      authToken: 'secret',
      apiBaseUrl: standIn.url,
    });
    const found = await provider.searchNumbers({ areaCode: '415', type: 'local', limit: 5 });
    expect(found).toEqual([
      {
        phoneNumber: '+14155550142',
        friendlyName: '(415) 555-0142',
        locality: 'San Francisco',
        region: 'CA',
      },
    ]);
    const search = standIn.seen.at(-1)!;
    expect(search.path).toBe('/2010-04-01/Accounts/ACtest/AvailablePhoneNumbers/US/Local.json');
    expect(search.query.get('AreaCode')).toBe('415');
    expect(search.authorization).toBe(`Basic ${Buffer.from('ACtest:secret').toString('base64')}`);

    const bought = await provider.buyNumber('+14155550142', {
      voiceUrl: 'https://calls.example/api/webhooks/voice',
      statusCallbackUrl: 'https://calls.example/api/webhooks/status',
    });
    expect(bought).toEqual({
      phoneNumber: '+14155550142',
      providerSid: 'PN0123456789abcdef0123456789abcdef',
    });
    const buy = standIn.seen.at(-1)!;
    expect(buy.form.get('PhoneNumber')).toBe('+14155550142');
    expect(buy.form.get('VoiceUrl')).toBe('https://calls.example/api/webhooks/voice');
    expect(buy.form.get('StatusCallback')).toBe('https://calls.example/api/webhooks/status');

    await provider.releaseNumber(bought.providerSid);
    expect(standIn.seen.at(-1)).toMatchObject({
      method: 'DELETE',
      path: '/2010-04-01/Accounts/ACtest/IncomingPhoneNumbers/PN0123456789abcdef0123456789abcdef.json',
    });
  });

  it('is what the app uses when Twilio credentials are configured', async () => {
    const t: TestApp = await createTestApp({ TWILIO_ACCOUNT_SID: 'ACapp', TWILIO_API_BASE_URL: standIn.url });
    try {
      const owner = await signUp(t.app);
      const bought = await t.app.inject({
        method: 'POST',
        url: '/api/numbers/buy',
        headers: owner.headers,
        payload: { phoneNumber: '+14155550142', name: 'Radio ad' },
      });
      expect(bought.statusCode).toBe(201);
      expect(bought.json()).toMatchObject({ phoneNumber: '+14155550142', provider: 'twilio' });
      expect(standIn.seen.at(-1)!.form.get('VoiceUrl')).toBe('https://calls.test.example/api/webhooks/voice');
      const released = await t.app.inject({
        method: 'DELETE',
        url: `/api/numbers/${bought.json().id}`,
        headers: owner.headers,
      });
      expect(released.statusCode).toBe(204);
      expect(standIn.seen.at(-1)!.method).toBe('DELETE');
    } finally {
      await t.close();
    }
  });
});

describe('Twilio refusals', () => {
  it('answers a number Twilio will not sell with a 400, and a number already released with success', async () => {
    const t: TestApp = await createTestApp({ TWILIO_ACCOUNT_SID: 'ACapp', TWILIO_API_BASE_URL: standIn.url });
    try {
      const owner = await signUp(t.app);
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/numbers/buy',
        headers: owner.headers,
        payload: { phoneNumber: '+14155550999' },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.message).toContain('not available');
      const provider = createTwilioProvider({ accountSid: 'ACapp', authToken: 'x', apiBaseUrl: standIn.url });
      await expect(provider.releaseNumber('XXgone')).resolves.toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe('the sandbox provider and number import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('offers fictional 555-01xx numbers, buys one, and no longer offers it', async () => {
    const owner = await signUp(t.app);
    const search = await t.app.inject({
      method: 'GET',
      url: '/api/numbers/available?areaCode=212&limit=3',
      headers: owner.headers,
    });
    const items = search.json().items;
    expect(items).toHaveLength(3);
    expect(items[0].phoneNumber).toMatch(/^\+121255501\d\d$/);
    const bought = await t.app.inject({
      method: 'POST',
      url: '/api/numbers/buy',
      headers: owner.headers,
      payload: { phoneNumber: items[0].phoneNumber },
    });
    expect(bought.json()).toMatchObject({ provider: 'sandbox' });
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/numbers/available?areaCode=212&limit=3',
      headers: owner.headers,
    });
    expect(after.json().items.map((n: { phoneNumber: string }) => n.phoneNumber)).not.toContain(
      items[0].phoneNumber,
    );
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/numbers/available?areaCode=2x',
      headers: owner.headers,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('imports good CSV rows and reports bad ones by line', async () => {
    const owner = await signUp(t.app);
    const csv = [
      'phone,name',
      '(646) 555-0101,Billboard',
      'not a number,Oops',
      '',
      '+1 646 555 0102',
      '646-555-0101,Again',
    ].join('\n');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/numbers/import',
      headers: owner.headers,
      payload: { csv },
    });
    expect(response.statusCode).toBe(200);
    const { imported, errors } = response.json();
    expect(
      imported.map((n: { phoneNumber: string; name: string | null }) => [n.phoneNumber, n.name]),
    ).toEqual([
      ['+16465550101', 'Billboard'],
      ['+16465550102', null],
    ]);
    expect(errors).toEqual([
      { line: 3, value: 'not a number', message: 'Not a valid phone number' },
      { line: 6, value: '646-555-0101', message: 'Repeated in this paste' },
    ]);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/numbers/import',
      headers: owner.headers,
      payload: { csv: '6465550101' },
    });
    expect(again.json().errors).toEqual([
      { line: 1, value: '+16465550101', message: 'This phone number is already registered' },
    ]);
  });

  it('parses quoted CSV cells', () => {
    expect(parseNumberCsv('"(415) 555-0100","Main, downtown"').rows).toEqual([
      { line: 1, phoneNumber: '+14155550100', name: 'Main, downtown' },
    ]);
  });
});
