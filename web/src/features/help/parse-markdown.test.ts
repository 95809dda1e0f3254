import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './parse-markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, lists, code, quotes and tables', () => {
    const blocks = parseMarkdown(
      [
        '# Title',
        'One line',
        'two lines.',
        '',
        '## Section',
        '- a',
        '- b',
        '  continued',
        '1. first',
        '```',
        '## not a heading <b>',
        '```',
        '> quoted',
        '| a | b |',
        '| --- | --- |',
        '| `x` | y |',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'list',
      'code',
      'quote',
      'table',
    ]);
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'One line two lines.' }],
    });
    expect(blocks[3]).toMatchObject({ ordered: false, items: [[{ text: 'a' }], [{ text: 'b continued' }]] });
    expect(blocks[4]).toMatchObject({ ordered: true });
    expect(blocks[5]).toEqual({ type: 'code', text: '## not a heading <b>' });
    expect(blocks[7]).toMatchObject({
      header: [[{ text: 'a' }], [{ text: 'b' }]],
      rows: [[[{ type: 'code', text: 'x' }], [{ text: 'y' }]]],
    });
  });
});

describe('parseInline', () => {
  it('reads code, bold, emphasis and links, code first', () => {
    expect(parseInline('a `**x**` **b [c](/help/rtb#x)** *d*')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'code', text: '**x**' },
      { type: 'text', text: ' ' },
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'b ' },
          { type: 'link', href: '/help/rtb#x', children: [{ type: 'text', text: 'c' }] },
        ],
      },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'd' }] },
    ]);
  });

  it('keeps script-bearing or protocol-relative links as plain text', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/x',
      'JaVaScRiPt:alert(1)',
    ]) {
      expect(parseInline(`[click](${href})`).some((node) => node.type === 'link')).toBe(false);
    }
    expect(parseInline('[docs](https://example.com/a)')[0]).toMatchObject({ type: 'link' });
  });

  it('leaves HTML as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});
