import { headingAnchor } from '../../../contracts/help';

export type DocSection = { id: string; title: string; body: string };

/** A help page cut at its `##` headings: the unit the Help page links to and the assistant searches. */
export type ParsedDoc = {
  slug: string;
  title: string;
  summary: string;
  markdown: string;
  /** The text before the first `##` heading (the page's introduction). */
  intro: string;
  sections: DocSection[];
};

const FENCE = /^```/;

/** Splits Markdown into its `#` title, introduction and `##` sections (headings inside code fences do not count). */
export function parseDoc(slug: string, markdown: string): ParsedDoc {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let title: string | undefined;
  const intro: string[] = [];
  const sections: { id: string; title: string; lines: string[] }[] = [];
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,2})\s+(.+?)\s*$/.exec(line);
    if (heading?.[1] === '#' && title === undefined && !sections.length) {
      title = heading[2];
    } else if (heading?.[1] === '##') {
      sections.push({ id: headingAnchor(heading[2]), title: heading[2], lines: [] });
    } else {
      (sections.at(-1)?.lines ?? intro).push(line);
    }
  }
  const introText = intro.join('\n').trim();
  return {
    slug,
    title: title ?? slug,
    summary: introText.split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ') ?? '',
    markdown,
    intro: introText,
    sections: sections.map((s) => ({ id: s.id, title: s.title, body: s.lines.join('\n').trim() })),
  };
}
