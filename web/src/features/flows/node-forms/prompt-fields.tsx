import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { TextField } from './fields';

type PromptProps<T extends FieldValues> = { form: UseFormReturn<T, unknown, unknown>; label?: string };

// Every form with a prompt keeps it under `prompt`; the paths are the same in each.
const path = <T extends FieldValues>(field: 'text' | 'audioUrl' | 'voice' | 'language') =>
  `prompt.${field}` as FieldPath<T>;

/** What the caller hears, as text to speak. */
export function PromptText<T extends FieldValues>({ form, label = 'Say' }: PromptProps<T>) {
  return (
    <TextField form={form} name={path<T>('text')} label={label} multiline hint="Spoken by text-to-speech." />
  );
}

/** An audio file instead of speech, and the voice the text is spoken in. */
export function PromptVoice<T extends FieldValues>({ form }: PromptProps<T>) {
  return (
    <>
      <TextField
        form={form}
        name={path<T>('audioUrl')}
        label="Audio URL"
        placeholder="https://…/greeting.mp3"
        hint="Played instead of the text when given."
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField form={form} name={path<T>('voice')} label="Voice" hint="alice, Polly.Joanna…" />
        <TextField form={form} name={path<T>('language')} label="Language" hint="en-US, es-MX…" />
      </div>
    </>
  );
}
