import type { Campaign } from '@contracts/campaigns';
import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import { SimulateCallInput } from '@contracts/simulator';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { EmptyState } from '@web/components/ui/empty-state';
import { ControlledFormField, FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { Spinner } from '@web/components/ui/spinner';
import { useNumbers } from '@web/features/numbers/api';
import { describeError } from '@web/lib/api-client';
import { handleApiSubmit } from '@web/lib/form-errors';
import { ExternalLink, FlaskConical, Hash, PhoneOutgoing, RotateCcw } from 'lucide-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'wouter';
import { useSimulateCall } from './api';
import type { CampaignTab } from './campaign-tabs';
import { TestCallEvents } from './test-call-events';
import { type TestCall, TestCallStory } from './test-call-story';
import { useAbandonTestCall } from './use-abandon-test-call';

const SAMPLE_CALLER = '(212) 555-0147';

function TestCallForm({
  numbers,
  onPlaced,
}: {
  numbers: TrackingNumber[];
  onPlaced: (call: TestCall) => void;
}) {
  const simulate = useSimulateCall();
  const form = useForm({
    resolver: zodResolver(SimulateCallInput),
    defaultValues: { from: SAMPLE_CALLER, to: numbers[0]?.phoneNumber ?? '', fromState: '', fromZip: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(form, async ({ fromState, fromZip, ...input }) => {
    const placed = await simulate.mutateAsync({
      ...input,
      fromState: fromState || undefined,
      fromZip: fromZip || undefined,
    });
    onPlaced({
      callId: placed.callId,
      callSid: placed.callSid,
      ended: false,
      steps: [
        {
          id: 0,
          title: 'Incoming call answered by the app',
          at: placed.trace[0]?.at ?? new Date().toISOString(),
          status: null,
          twiml: placed.twiml,
          trace: placed.trace,
        },
      ],
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <FormError message={errors.root?.server?.message} />
      <div className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_6rem_8rem_auto]">
        <FormField label="From" error={errors.from?.message} hint="The caller.">
          <Input type="tel" autoComplete="off" {...form.register('from')} />
        </FormField>
        <ControlledFormField
          control={form.control}
          name="to"
          label="To"
          hint="One of this campaign's numbers."
          render={(field) => (
            <OptionSelect
              {...field}
              options={numbers.map((number) => ({
                value: number.phoneNumber,
                label: formatPhone(number.phoneNumber),
                description: number.name ?? undefined,
              }))}
            />
          )}
        />
        <FormField label="State" error={errors.fromState?.message} hint="Optional.">
          <Input autoComplete="off" maxLength={2} placeholder="NY" {...form.register('fromState')} />
        </FormField>
        <FormField label="ZIP" error={errors.fromZip?.message} hint="Optional.">
          <Input autoComplete="off" inputMode="numeric" maxLength={10} {...form.register('fromZip')} />
        </FormField>
        <Button type="submit" loading={isSubmitting} className="lg:mt-[1.3rem]">
          <PhoneOutgoing aria-hidden="true" />
          Place test call
        </Button>
      </div>
    </form>
  );
}

/**
 * Places a call through the app's real, signed voice webhook and then plays Twilio's part step by
 * step, showing the TwiML and routing decisions of each step so the whole call can be followed.
 */
export function TestCallPanel({
  campaign,
  editable,
  onOpenTab,
}: {
  campaign: Campaign;
  editable: boolean;
  onOpenTab: (tab: CampaignTab) => void;
}) {
  const numbers = useNumbers();
  const [call, setCall] = useState<TestCall | null>(null);
  const nextStepId = useRef(1);
  const abandon = useAbandonTestCall(call);

  const header = (
    <CardHeader>
      <div>
        <CardTitle>Test call</CardTitle>
        <CardDescription>
          Sends a call through the real voice webhook, signed as Twilio would, then lets you play the target's
          side. Test calls appear in the call log.
        </CardDescription>
      </div>
      {call && (
        <Button
          size="sm"
          variant="outline"
          onClick={() => {
            abandon(call);
            setCall(null);
          }}
        >
          <RotateCcw aria-hidden="true" />
          New test call
        </Button>
      )}
    </CardHeader>
  );

  if (!editable) {
    return (
      <Card>
        {header}
        <EmptyState icon={FlaskConical} title="Viewers cannot place test calls" />
      </Card>
    );
  }
  if (numbers.isPending) return <Spinner />;
  if (numbers.isError) return <Alert variant="error">{describeError(numbers.error)}</Alert>;

  const assigned = numbers.data.filter((number) => number.campaignId === campaign.id);
  if (assigned.length === 0) {
    return (
      <Card>
        {header}
        <EmptyState
          icon={Hash}
          title="This campaign has no tracking number"
          description="A test call dials one of the campaign's numbers, as a real caller would."
          action={
            <Button variant="outline" onClick={() => onOpenTab('numbers')}>
              Assign a number
            </Button>
          }
        />
      </Card>
    );
  }

  return (
    <Card>
      {header}
      <CardContent className="grid gap-3">
        {campaign.status !== 'active' && (
          <Alert variant="warning">
            This campaign is {campaign.status}: a call now goes to its fallback instead of a target. Activate
            it to test the routing plan.
          </Alert>
        )}
        {call ? (
          <>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[13px] text-slate-600">
              <span>
                Call <code className="font-mono text-xs">{call.callSid}</code>
              </span>
              {call.callId && (
                <Link
                  href={`~/calls/${call.callId}`}
                  className="inline-flex items-center gap-1 text-indigo-600 hover:underline"
                >
                  Open in call log
                  <ExternalLink className="size-3.5" aria-hidden="true" />
                </Link>
              )}
            </div>
            <TestCallEvents
              call={call}
              onStep={(step, ended) =>
                setCall(
                  (current) =>
                    current && {
                      ...current,
                      ended,
                      steps: [...current.steps, { ...step, id: nextStepId.current++ }],
                    },
                )
              }
            />
          </>
        ) : (
          <TestCallForm numbers={assigned} onPlaced={setCall} />
        )}
      </CardContent>
      {call && <TestCallStory steps={call.steps} />}
    </Card>
  );
}
