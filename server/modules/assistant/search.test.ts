import { describe, expect, it } from 'vitest';
import { docPassages } from './passages';
import { bestExcerpt, buildSearchIndex, type Passage, searchPassages, tokenize } from './search';

const passage = (sectionId: string, sectionTitle: string, body: string): Passage => ({
  slug: 'page',
  sectionId,
  pageTitle: 'Page',
  sectionTitle,
  body,
});

describe('tokenize', () => {
  it('lower-cases, drops common words and folds simple word endings', () => {
    expect(tokenize('How do I set up the Bidders? Bidding, bids!')).toEqual([
      'set',
      'up',
      'bidder',
      'bid',
      'bid',
    ]);
  });
});

describe('searchPassages', () => {
  const index = buildSearchIndex([
    passage('caps', 'Caps', 'A daily cap limits calls per day. Concurrency counts live calls.'),
    passage('schedule', 'Schedules', 'Open hours per weekday in the target timezone.'),
    passage(
      'misc',
      'Other',
      'Calls calls calls calls calls calls and more calls about nothing in particular.',
    ),
  ]);

  it('ranks the passage about the question first and leaves out unrelated ones', () => {
    const hits = searchPassages(index, 'what is a daily cap?');
    expect(hits[0].passage.sectionId).toBe('caps');
    expect(hits.map((h) => h.passage.sectionId)).not.toContain('schedule');
  });

  it('weighs a title match and rare words over a common word repeated', () => {
    expect(searchPassages(index, 'schedules calls')[0].passage.sectionId).toBe('schedule');
  });

  it('answers nothing for a question that shares no word with the pages', () => {
    expect(searchPassages(index, 'xylophone')).toEqual([]);
  });
});

describe('search over the real help pages', () => {
  const index = buildSearchIndex(docPassages());
  const top = (q: string) => {
    const [hit] = searchPassages(index, q, 1);
    return `${hit.passage.slug}#${hit.passage.sectionId}`;
  };

  it.each([
    ['how do I set up RTB?', 'rtb#setting-up-rtb-step-by-step'],
    ['why was a bid rejected below reserve', 'rtb#why-a-bid-was-rejected'],
    ['what does cap_daily mean on my call', 'campaigns-and-routing#reading-a-call-s-routing-decisions'],
    [
      'how do I put the tracking script on my website',
      'numbers-and-dni#tracking-tags-and-the-website-snippet',
    ],
    ['twilio calls do not arrive webhook', 'troubleshooting#twilio-calls-do-not-arrive'],
    ['how do I create an API key', 'api#signing-in-to-the-api'],
  ])('%s → %s', (question, expected) => {
    expect(top(question)).toBe(expected);
  });
});

describe('bestExcerpt', () => {
  it('picks the paragraph sharing most words with the question and cuts it at a word', () => {
    const body =
      'Intro about nothing.\n\nThe reserve price is the lowest bid a router accepts.\n\n| a | table |';
    expect(bestExcerpt(body, 'reserve price')).toBe('The reserve price is the lowest bid a router accepts.');
    expect(bestExcerpt('word '.repeat(200), 'word', 30)).toBe('word word word word word word …');
    expect(bestExcerpt('- one reserve\n- two reserve\n- three reserve', 'reserve', 30)).toBe(
      '- one reserve\n- two reserve\n…',
    );
  });
});
