import { formatCents } from './money';

/** What a bid request can say about the call being auctioned. */
export type TokenContext = {
  now: Date;
  requestId?: string;
  campaignId?: string;
  callId?: string;
  callerId?: string | null;
  callerState?: string | null;
  callerZip?: string | null;
  publisherId?: string | null;
  targetName?: string | null;
  isDuplicate?: boolean;
  callStartTime?: Date;
  conversionAmountCents?: number | null;
  conversionPayoutCents?: number | null;
  minBidCents?: number | null;
  maxBidCents?: number | null;
  currency?: string;
  /** What a pixel reports once the call has happened. */
  event?: string;
  durationSeconds?: number | null;
  status?: string | null;
  clickId?: string | null;
  buyerName?: string | null;
  publisherName?: string | null;
  /** `[user:key]`: tags the publisher or the tracking URL set on the call. */
  user?: Readonly<Record<string, string>>;
  /** `[gather:key]`: what the caller entered in the IVR. */
  gather?: Readonly<Record<string, string>>;
};

type TokenDefinition = {
  /** Names inside `[…]`, as Ringba users know them. */
  bracket: readonly string[];
  /** Names inside `{…}`, as the product documentation writes them. */
  brace: readonly string[];
  description: string;
  read: (context: TokenContext) => string | undefined;
  /** Tokens about a call's outcome: known to pixels, not to bid requests sent while it rings. */
  pixelOnly?: true;
};

const text = (value: string | null | undefined) => value ?? undefined;
const cents = (value: number | null | undefined) => (value == null ? undefined : formatCents(value));

/** The single token table both syntaxes resolve through. */
export const TOKENS: readonly TokenDefinition[] = [
  {
    bracket: ['Call:CallerId', 'tag:InboundNumber:Number'],
    brace: ['callerId'],
    description: "Caller's number in E.164, e.g. +17205550123",
    read: (c) => text(c.callerId),
  },
  {
    bracket: ['tag:InboundNumber:Number-NoPlus'],
    brace: [],
    description: "Caller's number without the plus, e.g. 17205550123",
    read: (c) => c.callerId?.replace(/^\+/, ''),
  },
  {
    bracket: ['tag:InboundNumber:AreaCode'],
    brace: [],
    description: "Area code of a North American caller's number",
    read: (c) => /^\+1(\d{3})\d{7}$/.exec(c.callerId ?? '')?.[1],
  },
  {
    bracket: ['tag:InboundNumber:State'],
    brace: ['callerState'],
    description: "Caller's state, e.g. CO",
    read: (c) => text(c.callerState),
  },
  {
    bracket: ['tag:Geo:ZipCode'],
    brace: ['callerZip'],
    description: "Caller's ZIP code",
    read: (c) => text(c.callerZip),
  },
  {
    bracket: ['Call:InboundCallId'],
    brace: ['callId'],
    description: 'Id of the call on this platform',
    read: (c) => c.callId,
  },
  { bracket: [], brace: ['requestId'], description: 'Id of this bid request', read: (c) => c.requestId },
  { bracket: [], brace: ['campaignId'], description: 'Id of the campaign', read: (c) => c.campaignId },
  {
    bracket: ['tag:Publisher:Id'],
    brace: [],
    description: 'Id of the publisher that sent the call',
    read: (c) => text(c.publisherId),
  },
  {
    bracket: ['tag:Target:Name'],
    brace: ['targetName'],
    description: 'Name of the RTB target being pinged; in a pixel, the target that took the call',
    read: (c) => text(c.targetName),
  },
  {
    bracket: ['tag:CallInfo:IsDuplicate'],
    brace: [],
    description: 'true when the caller called recently, else false',
    read: (c) => (c.isDuplicate == null ? undefined : String(c.isDuplicate)),
  },
  {
    bracket: ['Call:ConversionAmount'],
    brace: ['revenue'],
    description: 'Revenue of the call so far, e.g. 12.50',
    read: (c) => cents(c.conversionAmountCents),
  },
  {
    bracket: ['Call:ConversionPayout'],
    brace: ['payout'],
    description: 'Payout to the publisher so far, e.g. 8.00',
    read: (c) => cents(c.conversionPayoutCents),
  },
  {
    bracket: [],
    brace: ['callStartTime'],
    description: 'When the call started, ISO 8601',
    read: (c) => c.callStartTime?.toISOString(),
  },
  {
    bracket: [],
    brace: ['minBid'],
    description: 'Lowest acceptable bid, e.g. 5.00',
    read: (c) => cents(c.minBidCents),
  },
  {
    bracket: [],
    brace: ['maxBid'],
    description: 'Highest acceptable bid',
    read: (c) => cents(c.maxBidCents),
  },
  {
    bracket: [],
    brace: ['currency'],
    description: 'Currency of the bids, e.g. USD',
    read: (c) => c.currency,
  },
  {
    bracket: [],
    brace: ['timestamp'],
    description: 'Unix time in seconds, as in X-Timestamp',
    read: (c) => String(Math.floor(c.now.getTime() / 1000)),
  },
  {
    bracket: [],
    brace: ['isoTimestamp'],
    description: 'Current time, ISO 8601',
    read: (c) => c.now.toISOString(),
  },
  {
    bracket: [],
    brace: ['event'],
    description: 'The event that fired the pixel, e.g. converted',
    read: (c) => c.event,
    pixelOnly: true,
  },
  {
    bracket: [],
    brace: ['duration'],
    description: 'Length of the call in seconds',
    read: (c) => (c.durationSeconds == null ? undefined : String(c.durationSeconds)),
    pixelOnly: true,
  },
  {
    bracket: [],
    brace: ['status'],
    description: 'Status of the call, e.g. completed',
    read: (c) => text(c.status),
    pixelOnly: true,
  },
  {
    bracket: [],
    brace: ['clickId'],
    description: "The click id of the caller's visit (a tracker's own first, else gclid, fbclid…)",
    read: (c) => text(c.clickId),
    pixelOnly: true,
  },
  {
    bracket: [],
    brace: ['buyerName'],
    description: 'Name of the buyer that took the call',
    read: (c) => text(c.buyerName),
    pixelOnly: true,
  },
  {
    bracket: [],
    brace: ['publisherName'],
    description: 'Name of the publisher that sent the call',
    read: (c) => text(c.publisherName),
    pixelOnly: true,
  },
];

export type TokenScope = 'bid' | 'pixel';

/** The token table as help text for one use: every spelling of a value together. */
export function describeTokens(scope: TokenScope): { names: string[]; description: string }[] {
  const table = TOKENS.filter((token) => scope === 'pixel' || !token.pixelOnly).map((token) => ({
    names: [...token.bracket.map((name) => `[${name}]`), ...token.brace.map((name) => `{${name}}`)],
    description: token.description,
  }));
  return [
    ...table,
    { names: ['[user:key]'], description: 'A tag set on the call: utm_source…, a click id such as gclid' },
    { names: ['[gather:key]'], description: 'What the caller entered in the IVR' },
  ];
}

/** `[user:key]` and `[gather:key]` take any key. */
const NAMESPACES = new Map<string, (context: TokenContext) => Readonly<Record<string, string>> | undefined>([
  ['user', (c) => c.user],
  ['gather', (c) => c.gather],
]);

const bracketIndex = new Map(
  TOKENS.flatMap((t) => t.bracket.map((name) => [name.toLowerCase(), t] as const)),
);
const inScope = (token: TokenDefinition | undefined, scope: TokenScope) =>
  !!token && (scope === 'pixel' || !token.pixelOnly);
const braceIndex = new Map(TOKENS.flatMap((t) => t.brace.map((name) => [name.toLowerCase(), t] as const)));

/**
 * `[a:b|c:d]` (a fallback chain of colon names) or `{name}`. Requiring a colon inside brackets and
 * an identifier inside braces keeps JSON arrays and objects in a body template from matching.
 */
const TOKEN = /\[([A-Za-z][\w-]*(?::[\w-]+)+(?:\|[A-Za-z][\w-]*(?::[\w-]+)+)*)\]|\{([A-Za-z]\w*)\}/g;

type Resolver = (context: TokenContext) => string | undefined;

function resolveBracketName(name: string): Resolver | undefined {
  const known = bracketIndex.get(name.toLowerCase());
  if (known) return known.read;
  const colon = name.indexOf(':');
  const namespace = NAMESPACES.get(name.slice(0, colon).toLowerCase());
  if (!namespace) return undefined;
  const key = name.slice(colon + 1);
  return (context) => {
    const values = namespace(context);
    if (!values) return undefined;
    const lower = key.toLowerCase();
    const found = Object.hasOwn(values, key)
      ? key
      : Object.keys(values).find((k) => k.toLowerCase() === lower);
    // Tags come from stored JSON; a number there must still render as text.
    const value: unknown = found === undefined ? undefined : values[found];
    return value == null ? undefined : String(value);
  };
}

/** Tokens a template uses that the table does not know (for that use), as written — a 400 when saving. */
export function listUnknownTokens(template: string, scope: TokenScope = 'bid'): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(TOKEN)) {
    const [, chain, brace] = match;
    if (brace !== undefined) {
      if (!inScope(braceIndex.get(brace.toLowerCase()), scope)) unknown.add(`{${brace}}`);
      continue;
    }
    for (const name of chain.split('|')) {
      if (!resolveBracketName(name)) unknown.add(`[${name}]`);
    }
  }
  return [...unknown];
}

export type Escape = 'json' | 'url' | 'none';

/** Where each offset of a JSON template sits: inside a string literal or not. */
function jsonStringTracker(template: string) {
  let position = 0;
  let inString = false;
  return (until: number, resumeAt: number) => {
    for (; position < until; position++) {
      const char = template[position];
      if (char === '\\' && inString) position++;
      else if (char === '"') inString = !inString;
    }
    const result = inString;
    position = resumeAt;
    return result;
  };
}

const JSON_LITERAL = /^(?:true|false|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;

function escapeValue(value: string | undefined, mode: Escape, insideJsonString: boolean): string {
  switch (mode) {
    case 'none':
      return value ?? '';
    case 'url':
      return encodeURIComponent(value ?? '');
    case 'json':
      if (insideJsonString) return JSON.stringify(value ?? '').slice(1, -1);
      // A bare token must still leave valid JSON: numbers and booleans as they are, the rest quoted.
      if (!value) return 'null';
      return JSON_LITERAL.test(value) ? value : JSON.stringify(value);
    default: {
      const never: never = mode;
      throw new Error(`Unknown escape ${never}`);
    }
  }
}

/**
 * Replaces every token with the call's value, escaped for where it lands: JSON string escapes in
 * a JSON body, percent-encoding in a URL or form body. Plain substitution — nothing is evaluated.
 * A fallback chain takes its first non-empty value; unknown tokens are left as written.
 */
export function renderTemplate(template: string, context: TokenContext, options: { escape: Escape }): string {
  const insideString = options.escape === 'json' ? jsonStringTracker(template) : undefined;
  return template.replace(
    TOKEN,
    (whole: string, chain: string | undefined, brace: string | undefined, offset: number) => {
      let resolvers: (Resolver | undefined)[];
      if (brace !== undefined) resolvers = [braceIndex.get(brace.toLowerCase())?.read];
      else resolvers = chain!.split('|').map(resolveBracketName);
      if (resolvers.some((resolver) => !resolver)) return whole;
      let value: string | undefined;
      for (const resolver of resolvers) {
        value = resolver!(context);
        if (value) break;
      }
      const inString = insideString ? insideString(offset, offset + whole.length) : false;
      return escapeValue(value, options.escape, inString);
    },
  );
}
