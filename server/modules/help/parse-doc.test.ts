import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingAnchor } from '../../../contracts/help';
import { DOC_SLUGS, docsDir, loadDocs } from './docs-catalog';
import { parseDoc } from './parse-doc';

describe('parseDoc', () => {
  it('takes the title, the first paragraph as summary, and cuts sections at ## headings (not inside code)', () => {
    const doc = parseDoc(
      'x',
      '# Title\n\nFirst  line\nstill first.\n\nSecond.\n\n## One thing\nBody 1\n```\n## not a heading\n```\n## Two: B\nBody 2\n',
    );
    expect(doc.title).toBe('Title');
    expect(doc.summary).toBe('First line still first.');
    expect(doc.sections.map((s) => [s.id, s.title])).toEqual([
      ['one-thing', 'One thing'],
      ['two-b', 'Two: B'],
    ]);
    expect(doc.sections[0].body).toContain('## not a heading');
  });

  it('anchors are lower-case words joined by hyphens', () => {
    expect(headingAnchor("Reading a call's `routing` decisions")).toBe('reading-a-call-s-routing-decisions');
  });
});

describe('the help pages', () => {
  it('every page in docs/ is listed, titled, and its section anchors are unique', () => {
    const files = readdirSync(docsDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
    expect([...files].sort()).toEqual([...DOC_SLUGS].sort());
    for (const doc of loadDocs()) {
      expect(doc.title, doc.slug).not.toBe(doc.slug);
      expect(doc.sections.length, doc.slug).toBeGreaterThan(2);
      expect(new Set(doc.sections.map((s) => s.id)).size, doc.slug).toBe(doc.sections.length);
    }
  });

  it('links between pages point at pages and sections that exist', () => {
    const docs = loadDocs();
    for (const doc of docs) {
      for (const [, slug, anchor] of doc.markdown.matchAll(/\]\(\/help\/([a-z-]+)(?:#([a-z0-9-]+))?\)/g)) {
        const target = docs.find((d) => d.slug === slug);
        expect(target, `${doc.slug} → ${slug}`).toBeDefined();
        if (anchor)
          expect(
            target?.sections.map((s) => s.id),
            `${doc.slug} → ${slug}#${anchor}`,
          ).toContain(anchor);
      }
      for (const [, anchor] of doc.markdown.matchAll(/\]\(#([a-z0-9-]+)\)/g)) {
        expect(
          doc.sections.map((s) => s.id),
          `${doc.slug}#${anchor}`,
        ).toContain(anchor);
      }
    }
  });
});
