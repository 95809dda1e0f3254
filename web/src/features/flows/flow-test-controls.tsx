import { type FlowTestInput, type FlowTestStep, MENU_KEYS } from '@contracts/flows';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { describeError } from '@web/lib/api-client';
import { useState } from 'react';
import { useSendFlowTestInput } from './api';

type Move = { title: string; input: FlowTestInput };

const dialOutcomes: Move[] = [
  {
    title: 'The dial was answered and the call completed',
    input: { kind: 'dial', status: 'completed', durationSeconds: 90 },
  },
  { title: 'No answer', input: { kind: 'dial', status: 'no-answer' } },
  { title: 'Busy', input: { kind: 'dial', status: 'busy' } },
  { title: 'The dial failed', input: { kind: 'dial', status: 'failed' } },
];
const dialLabels = ['Answered', 'No answer', 'Busy', 'Failed'];

/** The caller's side of the step the call waits on: keys, words, the dial's outcome or a message. */
export function FlowTestControls({
  flowId,
  step,
  onStep,
  onHangUp,
}: {
  flowId: string;
  step: FlowTestStep;
  onStep: (title: string, step: FlowTestStep) => void;
  /** The caller gives up wherever the call is. */
  onHangUp: () => void;
}) {
  const send = useSendFlowTestInput(flowId);
  const [digits, setDigits] = useState('');
  const [speech, setSpeech] = useState('');

  const move = ({ title, input }: Move) =>
    send.mutate(
      { callId: step.callId, input },
      {
        onSuccess: (next) => {
          setDigits('');
          setSpeech('');
          onStep(title, next);
        },
      },
    );

  if (step.ended) return <p className="text-[13px] font-medium text-slate-700">The call has ended.</p>;
  const waitingFor = step.waitingFor;
  return (
    <div className="grid gap-2 rounded-md border border-slate-200 bg-slate-50/70 p-2.5">
      {!waitingFor && <p className="text-[13px] text-slate-600">The flow is not waiting for the caller.</p>}
      {waitingFor === 'digits' && (
        <>
          <p className="text-[13px] font-medium text-slate-800">The flow waits for keys.</p>
          <fieldset className="grid grid-cols-6 gap-1" aria-label="Keypad">
            {MENU_KEYS.map((key) => (
              <Button
                key={key}
                type="button"
                size="xs"
                variant="outline"
                onClick={() => setDigits((typed) => typed + key)}
              >
                {key}
              </Button>
            ))}
          </fieldset>
          <form
            className="flex items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (digits) move({ title: `Pressed ${digits}`, input: { kind: 'digits', digits } });
            }}
          >
            <FormField label="Digits" className="flex-1">
              <Input
                value={digits}
                onChange={(event) => setDigits(event.target.value)}
                inputMode="numeric"
                autoComplete="off"
              />
            </FormField>
            <Button type="submit" loading={send.isPending} disabled={!digits}>
              Press
            </Button>
          </form>
        </>
      )}
      {waitingFor === 'speech' && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (speech.trim()) move({ title: `Said “${speech.trim()}”`, input: { kind: 'speech', speech } });
          }}
        >
          <FormField label="The caller says" className="flex-1">
            <Input value={speech} onChange={(event) => setSpeech(event.target.value)} autoComplete="off" />
          </FormField>
          <Button type="submit" loading={send.isPending} disabled={!speech.trim()}>
            Say
          </Button>
        </form>
      )}
      {(waitingFor === 'digits' || waitingFor === 'speech') && (
        <Button
          size="xs"
          variant="ghost"
          className="justify-self-start"
          disabled={send.isPending}
          onClick={() => move({ title: 'No input (timeout)', input: { kind: 'timeout' } })}
        >
          Say nothing (timeout)
        </Button>
      )}
      {waitingFor === 'dial' && (
        <>
          <p className="text-[13px] font-medium text-slate-800">A dial is ringing. What happens?</p>
          <div className="flex flex-wrap gap-1.5">
            {dialOutcomes.map((outcome, index) => (
              <Button
                key={dialLabels[index]}
                size="xs"
                variant={index === 0 ? 'default' : 'outline'}
                disabled={send.isPending}
                onClick={() => move(outcome)}
              >
                {dialLabels[index]}
              </Button>
            ))}
          </div>
        </>
      )}
      {waitingFor === 'record' && (
        <Button
          size="xs"
          className="justify-self-start"
          disabled={send.isPending}
          onClick={() => move({ title: 'Left a message', input: { kind: 'record', durationSeconds: 10 } })}
        >
          Leave a 10 s message
        </Button>
      )}
      <Button
        size="xs"
        variant="ghost"
        className="justify-self-start text-red-700"
        disabled={send.isPending}
        onClick={onHangUp}
      >
        Caller hangs up
      </Button>
      {send.isError && <Alert variant="error">{describeError(send.error)}</Alert>}
    </div>
  );
}
