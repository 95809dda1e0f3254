import { type Flow, type FlowTestStep, StartFlowTestInput } from '@contracts/flows';
import { formatPhone } from '@contracts/phone';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { EmptyState } from '@web/components/ui/empty-state';
import { ControlledFormField, FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { Spinner } from '@web/components/ui/spinner';
import { useNumbers } from '@web/features/numbers/api';
import { describeError } from '@web/lib/api-client';
import { handleApiSubmit } from '@web/lib/form-errors';
import { FlaskConical, Hash, PhoneOutgoing, RotateCcw } from 'lucide-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useStartFlowTest } from './api';
import { FlowTestControls } from './flow-test-controls';
import { type FlowTestEntry, FlowTestSteps } from './flow-test-steps';
import { useHangUpOnLeave } from './use-hang-up-on-leave';

const SAMPLE_CALLER = '(212) 555-0147';

function StartTestForm({ flow, onStarted }: { flow: Flow; onStarted: (step: FlowTestStep) => void }) {
  const numbers = useNumbers();
  const start = useStartFlowTest(flow.id);
  const form = useForm({
    resolver: zodResolver(StartFlowTestInput.pick({ from: true, to: true })),
    defaultValues: { from: SAMPLE_CALLER, to: undefined as string | undefined },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = handleApiSubmit(form, async (input) => onStarted(await start.mutateAsync(input)));

  if (numbers.isPending) return <Spinner />;
  if (numbers.isError) return <Alert variant="error">{describeError(numbers.error)}</Alert>;
  const assigned = numbers.data.filter((number) => number.campaignId === flow.campaignId);
  if (assigned.length === 0) {
    return (
      <EmptyState
        icon={Hash}
        title="The campaign has no tracking number"
        description="A test call dials one of the campaign's numbers, as a real caller would."
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <FormError message={errors.root?.server?.message} />
      <FormField label="From" error={errors.from?.message} hint="The caller.">
        <Input type="tel" autoComplete="off" {...form.register('from')} />
      </FormField>
      <ControlledFormField
        control={form.control}
        name="to"
        label="To"
        hint="One of the campaign's numbers."
        render={(field) => (
          <OptionSelect
            {...field}
            value={field.value ?? assigned[0].phoneNumber}
            options={assigned.map((number) => ({
              value: number.phoneNumber,
              label: formatPhone(number.phoneNumber),
              description: number.name ?? undefined,
            }))}
          />
        )}
      />
      <Button type="submit" loading={isSubmitting} className="justify-self-start">
        <PhoneOutgoing aria-hidden="true" />
        Start test call
      </Button>
    </form>
  );
}

/**
 * Calls the flow's published version through the real, signed voice webhook and lets the user be
 * the caller: press keys, say words, answer the dial. Each step's TwiML is listed and the path so
 * far is lit up on the canvas.
 */
export function FlowTestCallPanel({
  flow,
  editable,
  onStep,
}: {
  flow: Flow;
  editable: boolean;
  onStep: (step: FlowTestStep | null) => void;
}) {
  const [entries, setEntries] = useState<FlowTestEntry[]>([]);
  const nextId = useRef(0);
  const last = entries.at(-1)?.step ?? null;
  const release = useHangUpOnLeave(last);

  const add = (title: string, step: FlowTestStep) => {
    setEntries((current) => [
      ...current,
      { id: nextId.current++, title, step, seenBefore: current.at(-1)?.step.path.length ?? 0 },
    ]);
    onStep(step);
  };

  if (!editable) return <EmptyState icon={FlaskConical} title="Viewers cannot place test calls" />;
  if (!flow.campaignId) {
    return (
      <EmptyState
        icon={FlaskConical}
        title="No campaign"
        description="Choose the flow's campaign to test it with one of its numbers."
      />
    );
  }
  if (flow.publishedVersion === null) {
    return (
      <EmptyState
        icon={FlaskConical}
        title="Publish to test"
        description="A test call runs the published version, as real calls do."
      />
    );
  }

  return (
    <div className="grid gap-3">
      <p className="text-xs text-slate-500">
        Runs version {flow.publishedVersion} through the real voice webhook, signed as Twilio would. Test
        calls appear in the call log.
      </p>
      {last ? (
        <>
          <div className="flex items-center justify-between gap-2 text-xs text-slate-600">
            <span>
              Call <code className="font-mono">{last.callId}</code>
            </span>
            <Button
              size="xs"
              variant="outline"
              onClick={() => {
                release(last);
                setEntries([]);
                onStep(null);
              }}
            >
              <RotateCcw aria-hidden="true" />
              New test call
            </Button>
          </div>
          <FlowTestControls
            flowId={flow.id}
            step={last}
            onStep={add}
            onHangUp={() => {
              release(last);
              add('The caller hung up', {
                ...last,
                ended: true,
                currentNodeId: null,
                waitingFor: null,
                twiml: '',
              });
            }}
          />
          <FlowTestSteps entries={entries} />
        </>
      ) : (
        <StartTestForm flow={flow} onStarted={(step) => add('Call answered by the flow', step)} />
      )}
    </div>
  );
}
