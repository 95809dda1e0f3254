import Anthropic from '@anthropic-ai/sdk';
import type { Config } from '../../config';
import type { AssistantPrompt } from './prompt';

type Settings = Config['assistant'] & { anthropicApiKey: string };

/** Answers stay short enough to read in a side panel. */
const MAX_TOKENS = 1024;

function clientFor(settings: Settings): Anthropic {
  // No retries: a retry would keep the user waiting; the offline answer is the fallback.
  return new Anthropic({
    apiKey: settings.anthropicApiKey,
    baseURL: settings.anthropicBaseUrl,
    maxRetries: 0,
    timeout: settings.timeoutMs,
  });
}

const request = (settings: Settings, prompt: AssistantPrompt) => ({
  model: settings.model,
  max_tokens: MAX_TOKENS,
  system: prompt.system,
  messages: prompt.messages,
});

/** One whole answer (API clients that asked without streaming). */
export async function completeWithClaude(settings: Settings, prompt: AssistantPrompt): Promise<string> {
  const message = await clientFor(settings).messages.create(request(settings, prompt));
  return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

/**
 * The answer's text as it arrives. Gives up when Claude stays silent for `timeoutMs` (between any
 * two events, so a long answer that keeps flowing is never cut) or when `signal` aborts.
 */
export async function* streamFromClaude(
  settings: Settings,
  prompt: AssistantPrompt,
  signal?: AbortSignal,
): AsyncGenerator<string> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  let timer = setTimeout(abort, settings.timeoutMs);
  try {
    const stream = clientFor(settings).messages.stream(request(settings, prompt), {
      signal: controller.signal,
    });
    for await (const event of stream) {
      clearTimeout(timer);
      timer = setTimeout(abort, settings.timeoutMs);
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') yield event.delta.text;
    }
    // The SDK ends an aborted stream quietly; a cut-off answer must not pass for a whole one.
    if (controller.signal.aborted) throw new Error('Claude fell silent, or the asker left');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

export function claudeSettings(config: Config): Settings | undefined {
  const { anthropicApiKey } = config.assistant;
  return anthropicApiKey ? { ...config.assistant, anthropicApiKey } : undefined;
}
