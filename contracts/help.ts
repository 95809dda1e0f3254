import { z } from 'zod';

/** A `##` section of a help page: `id` is its anchor on the page (`/help/<slug>#<id>`). */
export const HelpSection = z.object({ id: z.string(), title: z.string() });
export type HelpSection = z.infer<typeof HelpSection>;

export const HelpDocSummary = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string().describe('The first paragraph of the page'),
  sections: z.array(HelpSection),
});
export type HelpDocSummary = z.infer<typeof HelpDocSummary>;

export const HelpDoc = HelpDocSummary.extend({ markdown: z.string() });
export type HelpDoc = z.infer<typeof HelpDoc>;

export const HelpSlugParams = z.object({ slug: z.string().min(1).max(64) });

/**
 * The anchor of a heading, the same on the server (links in answers) and in the client (ids on
 * the page): lower case, words joined by hyphens.
 */
export function headingAnchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Where a section lives in the app. */
export function helpSectionPath(slug: string, sectionId?: string): string {
  return sectionId ? `/help/${slug}#${sectionId}` : `/help/${slug}`;
}
