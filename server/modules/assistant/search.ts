/**
 * Ranked search over help-page sections (Okapi BM25), pure and in memory: a few hundred short
 * passages, so an index built once per process answers in well under a millisecond.
 */

export type Passage = {
  slug: string;
  /** '' for a page's introduction. */
  sectionId: string;
  pageTitle: string;
  sectionTitle: string;
  body: string;
};

export type SearchHit = { passage: Passage; score: number };

const K1 = 1.2;
const B = 0.75;
/** Words in a page or section title say more about the passage than words in its body. */
const TITLE_WEIGHT = 3;

const STOPWORDS = new Set(
  `a an and are as at be but by can do does for from has have how i if in into is it its me my
  of on or so that the their then there these this to was what when where which who why will
  with you your our we not no yes did get`.split(/\s+/),
);

/** A deliberately light stemmer: enough that "bids", "bidding" and "bid" meet. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return dedouble(word.slice(0, -3));
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ed')) return dedouble(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function dedouble(word: string): string {
  return word.length > 3 && word.at(-1) === word.at(-2) ? word.slice(0, -1) : word;
}

export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => !STOPWORDS.has(word)).map(stem);
}

type IndexedPassage = { passage: Passage; terms: Map<string, number>; length: number };

export type SearchIndex = {
  passages: IndexedPassage[];
  documentFrequency: Map<string, number>;
  averageLength: number;
};

export function buildSearchIndex(passages: Passage[]): SearchIndex {
  const documentFrequency = new Map<string, number>();
  const indexed = passages.map((passage) => {
    const titleTokens = tokenize(`${passage.pageTitle} ${passage.sectionTitle}`);
    const tokens = [...tokenize(passage.body), ...titleTokens.flatMap((t) => Array(TITLE_WEIGHT).fill(t))];
    const terms = new Map<string, number>();
    for (const token of tokens) terms.set(token, (terms.get(token) ?? 0) + 1);
    for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    return { passage, terms, length: tokens.length };
  });
  const averageLength = indexed.reduce((sum, p) => sum + p.length, 0) / Math.max(indexed.length, 1);
  return { passages: indexed, documentFrequency, averageLength };
}

/** The best passages for a question, best first; passages that share no word with it are left out. */
export function searchPassages(index: SearchIndex, query: string, limit = 5): SearchHit[] {
  const queryTerms = [...new Set(tokenize(query))];
  const total = index.passages.length;
  const hits: SearchHit[] = [];
  for (const { passage, terms, length } of index.passages) {
    let score = 0;
    for (const term of queryTerms) {
      const frequency = terms.get(term);
      if (!frequency) continue;
      const df = index.documentFrequency.get(term) ?? 0;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      score += (idf * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / index.averageLength));
    }
    if (score > 0) hits.push({ passage, score });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * The paragraph of a passage that shares the most words with the question, cut to about
 * `maxLength` at a line end (lists stay lists) or, for one long line, at a word.
 */
export function bestExcerpt(body: string, query: string, maxLength = 420): string {
  const queryTerms = new Set(tokenize(query));
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('```') && !p.startsWith('|'));
  let best = paragraphs[0] ?? '';
  let bestOverlap = -1;
  for (const paragraph of paragraphs) {
    const overlap = tokenize(paragraph).filter((t) => queryTerms.has(t)).length;
    if (overlap > bestOverlap) [best, bestOverlap] = [paragraph, overlap];
  }
  if (best.length <= maxLength) return best;
  const lineEnd = best.lastIndexOf('\n', maxLength);
  if (lineEnd > 0) return `${best.slice(0, lineEnd)}\n…`;
  return `${best.slice(0, best.lastIndexOf(' ', maxLength))} …`;
}
