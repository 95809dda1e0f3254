import { SimulateEventInput, SimulatorEventType } from '@contracts/simulator';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { describeError } from '@web/lib/api-client';
import { useState } from 'react';
import type { z } from 'zod';
import { useSimulateEvent } from './api';
import { type TestCall, type TestCallStep, testCallPhase } from './test-call-story';

type EventType = z.infer<typeof SimulatorEventType>;

const events: Record<EventType, { label: string; title: string }> = {
  answered: { label: 'Answered', title: 'Target answered' },
  'no-answer': { label: 'No answer', title: 'Target did not answer' },
  busy: { label: 'Busy', title: 'Target was busy' },
  failed: { label: 'Failed', title: 'Dialing the target failed' },
  completed: { label: 'Completed', title: 'Call completed' },
  hangup: { label: 'Caller hangs up', title: 'Caller hung up' },
  redirect: { label: 'Hold ends', title: 'Hold audio ended; back to the queue' },
};

/** What each phase lets Twilio's side do: a caller on hold can only hang up or finish the hold. */
const allowed = (type: EventType, phase: ReturnType<typeof testCallPhase>) =>
  phase === 'on-hold'
    ? type === 'redirect' || type === 'hangup'
    : phase === 'on-target' && type !== 'redirect';

// Once the caller's leg reaches one of these, Twilio sends nothing more.
const FINAL_STATUSES = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

const Duration = SimulateEventInput.shape.durationSeconds.unwrap();

/** Plays Twilio's part after a test call is placed: each button sends what Twilio would send next. */
export function TestCallEvents({
  call,
  onStep,
}: {
  call: TestCall;
  onStep: (step: Omit<TestCallStep, 'id'>, ended: boolean) => void;
}) {
  const simulate = useSimulateEvent();
  const [duration, setDuration] = useState('90');
  const parsedDuration = Duration.safeParse(duration.trim() === '' ? Number.NaN : Number(duration));
  const phase = testCallPhase(call);
  const lastStep = Math.max(0, ...call.steps.flatMap((step) => step.trace.map((entry) => entry.step)));

  const send = (type: EventType) => {
    if (!call.callId) return;
    simulate.mutate(
      {
        callId: call.callId,
        type,
        durationSeconds: type === 'completed' && parsedDuration.success ? parsedDuration.data : undefined,
      },
      {
        onSuccess: (result) =>
          onStep(
            {
              title: events[type].title,
              at: new Date().toISOString(),
              status: result.status,
              twiml: result.twiml,
              trace: result.trace.filter((entry) => entry.step > lastStep),
            },
            FINAL_STATUSES.has(result.status),
          ),
      },
    );
  };

  if (!call.callId) {
    return (
      <Alert variant="warning">The app did not record this call, so there is nothing more to drive.</Alert>
    );
  }

  return (
    <div className="grid gap-2 rounded-md border border-slate-200 bg-slate-50/70 p-3">
      <p className="text-[13px] font-medium text-slate-800">
        {phase === 'ended'
          ? 'The call has ended.'
          : phase === 'fallback'
            ? 'The call went to the campaign’s fallback: no target is ringing, so there is nothing more to play.'
            : phase === 'on-hold'
              ? 'The caller is on hold in an agent group’s queue.'
              : 'What happens next on the call?'}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <FormField
          label="Duration (seconds)"
          error={parsedDuration.success ? undefined : 'A whole number of seconds, 0 to 86400'}
          className="w-36"
        >
          <Input
            type="number"
            min={0}
            inputMode="numeric"
            value={duration}
            onChange={(event) => setDuration(event.target.value)}
          />
        </FormField>
        {SimulatorEventType.options.map((type) => (
          <Button
            key={type}
            variant={type === 'completed' ? 'default' : 'outline'}
            disabled={
              !allowed(type, phase) || (type === 'completed' && !parsedDuration.success) || simulate.isPending
            }
            loading={simulate.isPending && simulate.variables?.type === type}
            onClick={() => send(type)}
          >
            {events[type].label}
          </Button>
        ))}
      </div>
      <p className="text-xs text-slate-500">
        The duration is the talk time reported when the call completes; it decides whether the call converts.
        “Caller hangs up” ends the call from the caller’s side and releases the target it was ringing.
      </p>
      {simulate.isError && <Alert variant="error">{describeError(simulate.error)}</Alert>}
    </div>
  );
}
