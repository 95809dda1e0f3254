import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParsedDoc, parseDoc } from './parse-doc';

/** The Help section's pages in reading order; each is `docs/<slug>.md`. */
export const DOC_SLUGS = [
  'getting-started',
  'campaigns-and-routing',
  'numbers-and-dni',
  'rtb',
  'call-flows',
  'publishers-and-pixels',
  'reports',
  'agents',
  'api',
  'troubleshooting',
] as const;

export const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs');

let cached: ParsedDoc[] | undefined;

/** Read once per process: the pages ship with the code and change only with a new release. */
export function loadDocs(): ParsedDoc[] {
  cached ??= DOC_SLUGS.map((slug) => parseDoc(slug, readFileSync(path.join(docsDir, `${slug}.md`), 'utf8')));
  return cached;
}

export function findDoc(slug: string): ParsedDoc | undefined {
  return loadDocs().find((doc) => doc.slug === slug);
}
