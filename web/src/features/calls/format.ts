import { formatTimestamp } from '@web/lib/format';

const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' });
const shortDateTime = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

/** "3:44:09 PM": call events are seconds apart, so the seconds matter. */
export function formatClock(iso: string | null | undefined, empty = '—'): string {
  return formatTimestamp(clock, iso, empty);
}

/** "Nov 23, 3:44:09 PM" for the call log, where the year is rarely in doubt. */
export function formatCallTime(iso: string | null | undefined, empty = '—'): string {
  return formatTimestamp(shortDateTime, iso, empty);
}

/** 90 → "1:30", 3725 → "1:02:05". */
export function formatDuration(seconds: number | null | undefined, empty = '—'): string {
  if (seconds === null || seconds === undefined) return empty;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const LONG_TAG = 90;

function formatTag(tag: string, pad: string): string {
  if (tag.length + pad.length <= LONG_TAG) return pad + tag;
  const match = tag.match(/^<([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")+)\s*(\/?)>$/);
  if (!match) return pad + tag;
  const [, name, attributes, selfClosing] = match;
  const lines = attributes.trim().match(/[\w:.-]+="[^"]*"/g) ?? [];
  return `${pad}<${name}\n${lines.map((line) => `${pad}    ${line}`).join('\n')}${selfClosing ? ' /' : ''}>`;
}

/** Indents TwiML (or any simple XML) one element per line; long tags get one attribute per line. */
export function formatXml(xml: string): string {
  const tokens = xml
    .replace(/>\s+</g, '><')
    .split(/(<[^>]+>)/)
    .filter((token) => token.trim() !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const pad = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<?') || token.startsWith('<!') || token.endsWith('/>')) {
      lines.push(formatTag(token, pad));
    } else if (token.startsWith('<')) {
      const [text, close] = [tokens[i + 1], tokens[i + 2]];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(`${formatTag(token, pad)}${text}${close}`);
        i += 2;
      } else {
        lines.push(formatTag(token, pad));
        depth++;
      }
    } else {
      lines.push(pad + token.trim());
    }
  }
  return lines.join('\n');
}
