import {
  GatherConfig,
  HangupConfig,
  PauseConfig,
  PlayConfig,
  VoicemailConfig,
  WhisperConfig,
} from '@contracts/flows';
import { FinishKeyField, NumberField, SelectField, SwitchField, TextField } from './fields';
import { FormTabs } from './form-tabs';
import { PromptText, PromptVoice } from './prompt-fields';
import { type NodeFormProps, useNodeForm } from './use-node-form';

export function PlayForm(props: NodeFormProps) {
  const form = useNodeForm(PlayConfig, props);
  return (
    <FormTabs
      basic={
        <>
          <PromptText form={form} />
          <NumberField form={form} name="loop" label="Play it" hint="Times in a row (1–10)." />
        </>
      }
      advanced={<PromptVoice form={form} />}
    />
  );
}

export function PauseForm(props: NodeFormProps) {
  const form = useNodeForm(PauseConfig, props);
  return <NumberField form={form} name="seconds" label="Seconds of silence" hint="1 to 60." />;
}

const inputOptions = [
  { value: 'dtmf', label: 'Keypad digits' },
  { value: 'speech', label: 'Speech' },
  { value: 'dtmf speech', label: 'Digits or speech' },
] as const;

export function GatherForm(props: NodeFormProps) {
  const form = useNodeForm(GatherConfig, props);
  return (
    <FormTabs
      basic={
        <>
          <PromptText form={form} />
          <SelectField form={form} name="input" label="Listen for" options={inputOptions} />
          <TextField
            form={form}
            name="variable"
            label="Save as variable"
            hint="Custom Logic reads it by this name."
          />
          <div className="grid grid-cols-2 gap-3">
            <NumberField form={form} name="minLength" label="Min length" />
            <NumberField form={form} name="maxLength" label="Max length" />
          </div>
        </>
      }
      advanced={
        <>
          <FinishKeyField form={form} name="finishOnKey" label="Finish key" />
          <TextField
            form={form}
            name="pattern"
            label="Must match"
            placeholder="\d{5}"
            hint="A regular expression for the whole input."
          />
          <div className="grid grid-cols-2 gap-3">
            <NumberField form={form} name="timeoutSeconds" label="Timeout (s)" />
            <NumberField form={form} name="retries" label="Retries" />
          </div>
          <TextField form={form} name="invalidMessage" label="When the input is not valid" />
          <TextField
            form={form}
            name="speechHints"
            label="Speech hints"
            hint="Words to expect, comma separated."
          />
          <PromptVoice form={form} />
        </>
      }
    />
  );
}

export function VoicemailForm(props: NodeFormProps) {
  const form = useNodeForm(VoicemailConfig, props);
  return (
    <FormTabs
      basic={
        <>
          <PromptText form={form} />
          <NumberField form={form} name="maxLengthSeconds" label="Longest message (s)" hint="5 to 600." />
          <SwitchField
            form={form}
            name="transcribe"
            label="Transcribe"
            hint="The text is stored on the call."
          />
        </>
      }
      advanced={
        <>
          <FinishKeyField form={form} name="finishOnKey" label="Finish key" />
          <SwitchField form={form} name="playBeep" label="Beep before recording" />
          <PromptVoice form={form} />
        </>
      }
    />
  );
}

export function WhisperForm(props: NodeFormProps) {
  const form = useNodeForm(WhisperConfig, props);
  return (
    <FormTabs
      basic={
        <TextField
          form={form}
          name="message"
          label="The agent hears"
          multiline
          hint="Played to whoever answers the next dial, before the caller is connected."
        />
      }
      advanced={
        <div className="grid grid-cols-2 gap-3">
          <TextField form={form} name="voice" label="Voice" />
          <TextField form={form} name="language" label="Language" />
        </div>
      }
    />
  );
}

export function HangupForm(props: NodeFormProps) {
  const form = useNodeForm(HangupConfig, props);
  return <TextField form={form} name="message" label="Say before hanging up" multiline hint="Optional." />;
}
