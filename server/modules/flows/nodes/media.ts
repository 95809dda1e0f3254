import twilio from 'twilio';
import type { NodeConfigs } from '../../../../contracts/flows';
import type { NodeExecutor } from '../engine-types';
import { speak } from './caller-input';

export const play: NodeExecutor<'play'> = {
  enter(ctx) {
    speak(ctx.response, ctx.config.prompt, ctx.config.loop);
    return { kind: 'next', branch: 'next' };
  },
};

export const pause: NodeExecutor<'pause'> = {
  enter(ctx) {
    ctx.response.pause({ length: ctx.config.seconds });
    return { kind: 'next', branch: 'next' };
  },
};

export const hangup: NodeExecutor<'hangup'> = {
  enter(ctx) {
    if (ctx.config.message) ctx.response.say(ctx.config.message);
    ctx.response.hangup();
    return { kind: 'end' };
  },
};

/** The session variable naming the Whisper node the next dial plays to the agent. */
export const WHISPER_VARIABLE = '_whisper';

/**
 * Whisper plays nothing to the caller: it marks the message for the next Router or Transfer,
 * whose <Number url> calls back (event `whisper`) for `whisperTwiml` when the agent answers.
 */
export const whisper: NodeExecutor<'whisper'> = {
  enter(ctx) {
    ctx.variables[WHISPER_VARIABLE] = ctx.node.id;
    return { kind: 'next', branch: 'next' };
  },
};

/** What the answering agent hears before the caller is connected. */
export function whisperTwiml(config: NodeConfigs['whisper']): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ voice: config.voice as never, language: config.language as never }, config.message);
  return response.toString();
}

export const voicemail: NodeExecutor<'voicemail'> = {
  enter(ctx) {
    const { config } = ctx;
    speak(ctx.response, config.prompt);
    ctx.response.record({
      action: ctx.url(),
      method: 'POST',
      maxLength: config.maxLengthSeconds,
      playBeep: config.playBeep,
      ...(config.finishOnKey ? { finishOnKey: config.finishOnKey } : {}),
      ...(config.transcribe ? { transcribe: true, transcribeCallback: ctx.url('transcription') } : {}),
    });
    return { kind: 'wait', waitingFor: 'record' };
  },
  async resume(ctx, params) {
    if (!params.RecordingUrl) return { kind: 'next', branch: 'next', note: 'No message left' };
    const duration = Number.parseInt(params.RecordingDuration ?? '', 10);
    await ctx.effects.saveRecording({
      url: params.RecordingUrl,
      sid: params.RecordingSid || null,
      durationSeconds: Number.isFinite(duration) ? duration : null,
    });
    ctx.variables.voicemail_url = params.RecordingUrl;
    return { kind: 'next', branch: 'next', note: `Message recorded (${params.RecordingDuration ?? '?'}s)` };
  },
};
