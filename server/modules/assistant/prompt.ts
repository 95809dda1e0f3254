import { helpSectionPath } from '../../../contracts/help';
import type { SearchHit } from './search';

export type ChatTurn = { role: 'user' | 'assistant'; content: string };

export type AssistantPrompt = { system: string; messages: ChatTurn[] };

const INSTRUCTIONS = `You are the help assistant inside CallCenter Pro, a call-tracking and pay-per-call platform.
Answer in plain, everyday language for a busy user who is not an engineer: short paragraphs or a short list, no jargon without a word of explanation.
Ground every answer in the documentation passages and the call data below. If they do not answer the question, say so plainly and suggest where in the app to look; never invent features, settings, endpoints or figures.
When a passage helps, link to it with a Markdown link using exactly its link, for example [Caps](/help/campaigns-and-routing#caps).
When asked about a call, explain the decision from its routing decisions and auction: which target got it and why the others did not.`;

/** Earlier turns kept in the prompt: enough for follow-up questions, not a whole history. */
const HISTORY_TURNS = 8;

export function buildPrompt(options: {
  question: string;
  hits: SearchHit[];
  history: ChatTurn[];
  callDescription?: string;
}): AssistantPrompt {
  const passages = options.hits.map(
    ({ passage }) =>
      `<passage link="${helpSectionPath(passage.slug, passage.sectionId || undefined)}" title="${passage.pageTitle}${passage.sectionTitle ? ` › ${passage.sectionTitle}` : ''}">\n${passage.body}\n</passage>`,
  );
  const system = [
    INSTRUCTIONS,
    `<documentation>\n${passages.join('\n') || '(no matching passages)'}\n</documentation>`,
    ...(options.callDescription ? [`<call>\n${options.callDescription}\n</call>`] : []),
  ].join('\n\n');
  // The API wants turns to alternate starting with the user; a stored history may not (an
  // unanswered question), so only complete pairs are kept.
  const history: ChatTurn[] = [];
  for (const turn of options.history.slice(-HISTORY_TURNS)) {
    const expected = history.length % 2 === 0 ? 'user' : 'assistant';
    if (turn.role === expected) history.push(turn);
  }
  if (history.length % 2 === 1) history.pop();
  return { system, messages: [...history, { role: 'user', content: options.question }] };
}
