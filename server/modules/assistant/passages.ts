import { loadDocs } from '../help/docs-catalog';
import { buildSearchIndex, type Passage, type SearchIndex } from './search';

/** Every page's introduction and `##` sections, as search passages. */
export function docPassages(): Passage[] {
  return loadDocs().flatMap((doc) => [
    { slug: doc.slug, sectionId: '', pageTitle: doc.title, sectionTitle: '', body: doc.intro },
    ...doc.sections.map((section) => ({
      slug: doc.slug,
      sectionId: section.id,
      pageTitle: doc.title,
      sectionTitle: section.title,
      body: section.body,
    })),
  ]);
}

let index: SearchIndex | undefined;

export function docsIndex(): SearchIndex {
  index ??= buildSearchIndex(docPassages());
  return index;
}
