import { describe, expect, it } from 'vitest';
import { listUnknownTokens, renderTemplate, type TokenContext } from './tokens';

const context: TokenContext = {
  now: new Date('2026-03-04T14:30:00.000Z'),
  requestId: 'req_1',
  campaignId: 'cmp_1',
  callId: 'call_1',
  callerId: '+17205550123',
  callerState: 'CO',
  callerZip: '80202',
  publisherId: 'pub_9',
  targetName: 'Acme "Solar" \\ Co',
  isDuplicate: false,
  callStartTime: new Date('2026-03-04T14:29:58.000Z'),
  conversionAmountCents: 1250,
  conversionPayoutCents: 800,
  minBidCents: 500,
  maxBidCents: null,
  currency: 'USD',
  user: { zipcode: '', Source: 'google' },
  gather: { zipcode: '10001' },
};

const none = { escape: 'none' } as const;

describe('renderTemplate', () => {
  it('resolves Ringba tokens', () => {
    const template =
      '[Call:CallerId] [Call:InboundCallId] [tag:InboundNumber:Number] [tag:InboundNumber:Number-NoPlus] ' +
      '[tag:InboundNumber:AreaCode] [tag:InboundNumber:State] [tag:Geo:ZipCode] [tag:Publisher:Id] ' +
      '[tag:CallInfo:IsDuplicate] [Call:ConversionAmount] [Call:ConversionPayout]';
    expect(renderTemplate(template, context, none)).toBe(
      '+17205550123 call_1 +17205550123 17205550123 720 CO 80202 pub_9 false 12.50 8.00',
    );
  });

  it('resolves brace tokens through the same table', () => {
    const template =
      '{requestId} {campaignId} {callerId} {callStartTime} {minBid} {maxBid} {currency} {callerState} ' +
      '{callerZip} {timestamp} {isoTimestamp}';
    expect(renderTemplate(template, context, none)).toBe(
      'req_1 cmp_1 +17205550123 2026-03-04T14:29:58.000Z 5.00  USD CO 80202 1772634600 2026-03-04T14:30:00.000Z',
    );
  });

  it('ignores case in token names', () => {
    expect(renderTemplate('[call:callerid] {CALLERZIP}', context, none)).toBe('+17205550123 80202');
  });

  it('takes the first non-empty value of a fallback chain', () => {
    expect(renderTemplate('[user:zipcode|gather:zipcode]', context, none)).toBe('10001');
    expect(renderTemplate('[user:source|gather:source]', context, none)).toBe('google');
    expect(renderTemplate('[user:missing|gather:missing]', context, none)).toBe('');
    expect(renderTemplate('[tag:Geo:ZipCode|gather:zipcode]', context, none)).toBe('80202');
    const numeric = { ...context, gather: { digits: 12345 as unknown as string } };
    expect(renderTemplate('"[gather:digits]"', numeric, { escape: 'json' })).toBe('"12345"');
  });

  it('JSON-escapes values inside strings of a JSON body', () => {
    const body = renderTemplate(
      '{"target": "[tag:Target:Name]", "caller": "{callerId}", "zip": "[user:zipcode|gather:zipcode]"}',
      { ...context, targetName: 'Acme "Solar"\n\\ Co' },
      { escape: 'json' },
    );
    expect(JSON.parse(body)).toEqual({ target: 'Acme "Solar"\n\\ Co', caller: '+17205550123', zip: '10001' });
  });

  it('keeps a JSON body valid when a token stands outside quotes', () => {
    const body = renderTemplate(
      '{"caller": [Call:CallerId], "dup": [tag:CallInfo:IsDuplicate], "min": {minBid}, "max": {maxBid}, "list": [1, 2], "o": {}}',
      context,
      { escape: 'json' },
    );
    expect(JSON.parse(body)).toEqual({
      caller: '+17205550123',
      dup: false,
      min: 5,
      max: null,
      list: [1, 2],
      o: {},
    });
  });

  it('tracks escaped quotes when deciding whether a token sits in a string', () => {
    const body = renderTemplate('{"note": "say \\"hi\\" [Call:CallerId]", "n": {minBid}}', context, {
      escape: 'json',
    });
    expect(JSON.parse(body)).toEqual({ note: 'say "hi" +17205550123', n: 5 });
  });

  it('URL-encodes values in a query', () => {
    const query = renderTemplate('cid=[Call:CallerId]&name={currency}&t=[tag:Target:Name]', context, {
      escape: 'url',
    });
    expect(new URLSearchParams(query).get('cid')).toBe('+17205550123');
    expect(new URLSearchParams(query).get('t')).toBe('Acme "Solar" \\ Co');
    expect(query).toContain('cid=%2B17205550123');
  });

  it('leaves unknown tokens and look-alike text as written', () => {
    expect(renderTemplate('[Call:Nope] {nope} [1, 2] ["a"] {"a": 1}', context, none)).toBe(
      '[Call:Nope] {nope} [1, 2] ["a"] {"a": 1}',
    );
  });

  it('never evaluates anything', () => {
    const hostile = { ...context, callerState: '{{7*7}} <%= 7*7 %>', user: { x: '{callerId}' } };
    expect(renderTemplate('[tag:InboundNumber:State] [user:x]', hostile, none)).toBe(
      '{{7*7}} <%= 7*7 %> {callerId}',
    );
  });
});

describe('listUnknownTokens', () => {
  it('lists unknown names of both syntaxes once, as written', () => {
    expect(
      listUnknownTokens(
        '{"a": "[Call:CallerID]", "b": "{callerZip}", "c": "[Call:Bogus]", "d": "{bogus}", "e": "{bogus}"}',
      ),
    ).toEqual(['[Call:Bogus]', '{bogus}']);
  });

  it('checks every link of a fallback chain and accepts any user or gather key', () => {
    expect(listUnknownTokens('[user:zipcode|gather:zipcode] [user:any|tag:Geo:Nope]')).toEqual([
      '[tag:Geo:Nope]',
    ]);
  });

  it('knows nothing inherited', () => {
    expect(listUnknownTokens('[constructor:name] [toString:x] {constructor} {hasOwnProperty}')).toEqual([
      '[constructor:name]',
      '[toString:x]',
      '{constructor}',
      '{hasOwnProperty}',
    ]);
    expect(renderTemplate('[constructor:name] {constructor}', context, none)).toBe(
      '[constructor:name] {constructor}',
    );
  });

  it('does not mistake JSON arrays and objects for tokens', () => {
    expect(listUnknownTokens('{"list": [1, "x"], "nested": {"a": [true]}, "empty": {}}')).toEqual([]);
  });
});
