import type { AnswerSource } from '../../../contracts/assistant';
import { helpSectionPath } from '../../../contracts/help';
import { bestExcerpt, type SearchHit } from './search';

export type OfflineReason = 'not_configured' | 'unavailable';

const OPENINGS: Record<OfflineReason, string> = {
  not_configured: 'The assistant is offline (no AI service is set up on this server)',
  unavailable: 'The assistant is offline right now (the AI service did not answer)',
};

/** Offline answers quote at most this many passages. */
const PASSAGES_SHOWN = 3;

export function sourceOf({ passage }: SearchHit): AnswerSource {
  return {
    slug: passage.slug,
    sectionId: passage.sectionId,
    title: passage.sectionTitle ? `${passage.pageTitle} › ${passage.sectionTitle}` : passage.pageTitle,
  };
}

/** The best passages for the question, quoted with links to their sections, and the call's own story when there is one. */
export function composeOfflineAnswer(options: {
  question: string;
  hits: SearchHit[];
  reason: OfflineReason;
  callDescription?: string;
}): { content: string; sources: AnswerSource[] } {
  const shown = options.hits.slice(0, PASSAGES_SHOWN);
  const parts: string[] = [];
  if (options.callDescription) {
    parts.push(`${OPENINGS[options.reason]}, so here is what the platform recorded for this call:`);
    parts.push(`\`\`\`\n${options.callDescription}\n\`\`\``);
    if (shown.length) parts.push('These help sections explain the reasons above:');
  } else if (shown.length) {
    parts.push(
      `${OPENINGS[options.reason]}, so here are the parts of the help pages that best match your question:`,
    );
  } else {
    parts.push(
      `${OPENINGS[options.reason]}, and nothing in the help pages matches your question. Try other words, or browse the [Help pages](/help).`,
    );
  }
  for (const hit of shown) {
    const source = sourceOf(hit);
    const link = helpSectionPath(source.slug, source.sectionId || undefined);
    parts.push(
      `**[${source.title}](${link})**\n\n${bestExcerpt(hit.passage.body || hit.passage.pageTitle, options.question)}`,
    );
  }
  return { content: parts.join('\n\n'), sources: shown.map(sourceOf) };
}
