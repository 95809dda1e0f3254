import type { Prompt } from '../../../../contracts/flows';
import type { TwilioParams } from '../../telephony/signature';
import type { NodeContext, NodeExecutor, NodeOutcome, VoiceResponse } from '../engine-types';

type Speaker = Pick<VoiceResponse, 'say' | 'play'>;

/** Audio wins over text when both are set; nothing is added for an empty prompt. */
export function speak(target: Speaker, prompt: Prompt, loop?: number) {
  if (prompt.audioUrl) target.play(loop && loop > 1 ? { loop } : {}, prompt.audioUrl);
  else if (prompt.text)
    target.say(
      {
        voice: prompt.voice as never,
        language: prompt.language as never,
        ...(loop && loop > 1 ? { loop } : {}),
      },
      prompt.text,
    );
}

/**
 * Menu and Gather re-prompt after a miss until their retries are spent, then follow the miss's
 * branch. The count lives on the session so it survives between callbacks.
 */
function retryOrGiveUp(
  ctx: NodeContext<'menu' | 'gather'>,
  miss: { branch: string; message: string },
  prompt: () => NodeOutcome,
): NodeOutcome {
  const used = ctx.retries[ctx.node.id] ?? 0;
  if (used >= ctx.config.retries) return { kind: 'next', branch: miss.branch };
  ctx.retries[ctx.node.id] = used + 1;
  if (miss.message)
    ctx.response.say(
      { voice: ctx.config.prompt.voice as never, language: ctx.config.prompt.language as never },
      miss.message,
    );
  return prompt();
}

export const menu: NodeExecutor<'menu'> = {
  enter(ctx) {
    const gather = ctx.response.gather({
      input: ['dtmf'],
      numDigits: 1,
      timeout: ctx.config.timeoutSeconds,
      action: ctx.url(),
      method: 'POST',
      actionOnEmptyResult: true,
    });
    speak(gather, ctx.config.prompt);
    return { kind: 'wait', waitingFor: 'digits' };
  },
  resume(ctx, params) {
    const key = (params.Digits ?? '').slice(0, 1);
    if (key && ctx.config.options.some((option) => option.key === key)) {
      ctx.variables[`${ctx.node.id}_key`] = key;
      return { kind: 'next', branch: key, note: `Pressed ${key}` };
    }
    const miss = key
      ? { branch: 'invalid', message: ctx.config.invalidMessage }
      : { branch: 'timeout', message: '' };
    return retryOrGiveUp(ctx, miss, () => menu.enter(ctx) as NodeOutcome);
  },
};

/** The caller's answer is valid when its length and the (anchored) pattern agree. */
export function gatheredValue(config: NodeContext<'gather'>['config'], params: TwilioParams): string | null {
  const digits = params.Digits ?? '';
  const value = digits || (params.SpeechResult ?? '').trim();
  if (!value) return null;
  if (digits && (digits.length < config.minLength || digits.length > config.maxLength)) return null;
  if (config.pattern && !new RegExp(`^(?:${config.pattern})$`).test(value.slice(0, 500))) return null;
  return value.slice(0, 500);
}

export const gather: NodeExecutor<'gather'> = {
  enter(ctx) {
    const { config } = ctx;
    const speech = config.input !== 'dtmf';
    const element = ctx.response.gather({
      input: config.input.split(' ') as never,
      timeout: config.timeoutSeconds,
      action: ctx.url(),
      method: 'POST',
      actionOnEmptyResult: true,
      ...(config.finishOnKey ? { finishOnKey: config.finishOnKey } : { numDigits: config.maxLength }),
      ...(speech ? { speechTimeout: 'auto', language: config.prompt.language as never } : {}),
      ...(speech && config.speechHints ? { hints: config.speechHints } : {}),
    });
    speak(element, config.prompt);
    return { kind: 'wait', waitingFor: speech && config.input === 'speech' ? 'speech' : 'digits' };
  },
  resume(ctx, params) {
    const value = gatheredValue(ctx.config, params);
    if (value !== null) {
      ctx.variables[ctx.config.variable] = value;
      return { kind: 'next', branch: 'success', note: `${ctx.config.variable} = ${value}` };
    }
    return retryOrGiveUp(
      ctx,
      { branch: 'failed', message: ctx.config.invalidMessage },
      () => gather.enter(ctx) as NodeOutcome,
    );
  },
};
