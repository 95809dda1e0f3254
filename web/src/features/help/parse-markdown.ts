/**
 * The small Markdown subset the help pages and the assistant's answers use, parsed into plain
 * data that React renders as elements: nothing here ever becomes HTML, so no text can inject any.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; text: string }
  | { type: 'quote'; children: Inline[] }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] };

const LIST_ITEM = /^\s*(?:([-*])|(\d+)\.)\s+(.*)$/;
const TABLE_DIVIDER = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
    } else if (line.startsWith('```')) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
      const stop = end === -1 ? lines.length : end;
      blocks.push({ type: 'code', text: lines.slice(i + 1, stop).join('\n') });
      i = stop + 1;
    } else if (/^#{1,3}\s/.test(line)) {
      const level = line.indexOf(' ') as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, text: line.slice(level + 1).trim() });
      i++;
    } else if (line.startsWith('|') && TABLE_DIVIDER.test(lines[i + 1] ?? '')) {
      const header = cells(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i].startsWith('|')) rows.push(cells(lines[i++]));
      blocks.push({ type: 'table', header, rows });
    } else if (LIST_ITEM.test(line)) {
      const ordered = !!LIST_ITEM.exec(line)?.[2];
      const items: string[] = [];
      while (i < lines.length && lines[i].trim()) {
        const item = LIST_ITEM.exec(lines[i]);
        if (item ? !!item[2] !== ordered : isBlockStart(lines, i)) break;
        if (item) items.push(item[3]);
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      blocks.push({ type: 'list', ordered, items: items.map(parseInline) });
    } else if (line.startsWith('>')) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i].startsWith('>')) quoted.push(lines[i++].replace(/^>\s?/, ''));
      blocks.push({ type: 'quote', children: parseInline(quoted.join(' ')) });
    } else {
      const text: string[] = [];
      while (i < lines.length && lines[i].trim() && !isBlockStart(lines, i)) text.push(lines[i++].trim());
      blocks.push({ type: 'paragraph', children: parseInline(text.join(' ')) });
    }
  }
  return blocks;
}

function isBlockStart(lines: string[], i: number): boolean {
  const line = lines[i];
  return (
    line.startsWith('```') ||
    /^#{1,3}\s/.test(line) ||
    LIST_ITEM.test(line) ||
    line.startsWith('>') ||
    (line.startsWith('|') && TABLE_DIVIDER.test(lines[i + 1] ?? ''))
  );
}

// Earliest match wins; code first so nothing inside backticks is read as emphasis or a link.
const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push({ type: 'text', text: rest });
      break;
    }
    if (match.index > 0) out.push({ type: 'text', text: rest.slice(0, match.index) });
    const [whole, code, strong, linkText, href, em] = match;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (strong !== undefined) out.push({ type: 'strong', children: parseInline(strong) });
    else if (linkText !== undefined) out.push(linkOrText(linkText, href));
    else out.push({ type: 'em', children: parseInline(em) });
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

/** Only links into the app and to http(s) pages; anything else (javascript:, data:) stays text. */
function linkOrText(text: string, href: string): Inline {
  const safe = /^(\/(?!\/)|#|https?:\/\/)/i.test(href);
  return safe ? { type: 'link', href, children: parseInline(text) } : { type: 'text', text };
}
