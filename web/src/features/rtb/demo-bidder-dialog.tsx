import type { RtbTarget } from '@contracts/rtb';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { useNumberWebhooks } from '@web/features/numbers/api';
import { handleApiSubmit } from '@web/lib/form-errors';
import { centsToDollars, dollarsToCents } from '@web/lib/format';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useCreateRtbTarget } from './api';
import { SAMPLE_TEMPLATE } from './bidder-form';

/** What the built-in demo bidder at /_sim/rtb can be asked to do. */
const SCENARIOS = ['accept', 'accept_sip', 'reject', 'invalid_number', 'slow', 'timeout', 'garbage'] as const;
type Scenario = (typeof SCENARIOS)[number];

const scenarioLabels: Record<Scenario, { label: string; description: string }> = {
  accept: { label: 'Accept', description: 'Bids and names a phone number' },
  accept_sip: { label: 'Accept with SIP', description: 'Bids with a SIP address and a number' },
  reject: { label: 'Reject', description: 'Declines with a reason' },
  invalid_number: { label: 'Invalid number', description: 'Bids with a number that cannot be dialed' },
  slow: { label: 'Slow', description: 'Answers after 0.8 seconds' },
  timeout: { label: 'Timeout', description: 'Answers after 10 seconds, too late for any auction' },
  garbage: { label: 'Garbage', description: 'Answers with an HTML error page' },
};

const scenarioOptions = SCENARIOS.map((value) => ({ value, ...scenarioLabels[value] }));

const MAX_DEMO_BID_CENTS = 100_000;

const DemoBidderInput = z.object({
  scenario: z.enum(SCENARIOS),
  bid: z.string().transform((text, ctx) => {
    const cents = dollarsToCents(text);
    if (cents === undefined || cents > MAX_DEMO_BID_CENTS) {
      ctx.addIssue({ code: 'custom', message: 'An amount up to $1,000.00, like 12.50' });
      return z.NEVER;
    }
    return centsToDollars(cents);
  }),
});

/** Creates a bidder pointed at the platform's own simulated bidder, to try RTB without a buyer. */
export function DemoBidderDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (target: RtbTarget) => void;
}) {
  const createTarget = useCreateRtbTarget();
  // The server lets the platform reach its own demo bidder at its public address only (PUBLIC_URL),
  // which is where its webhooks point; that may differ from this page's (a dev proxy, 127.0.0.1).
  const webhooks = useNumberWebhooks();
  const platformOrigin = webhooks.data ? new URL(webhooks.data.voiceUrl).origin : window.location.origin;
  const form = useForm<z.input<typeof DemoBidderInput>, unknown, z.output<typeof DemoBidderInput>>({
    resolver: zodResolver(DemoBidderInput),
    defaultValues: { scenario: 'accept', bid: '12.50' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(form, async ({ scenario, bid }) => {
    const endpoint = new URL('/_sim/rtb', platformOrigin);
    endpoint.search = new URLSearchParams({ scenario, bid }).toString();
    const target = await createTarget.mutateAsync({
      name: 'Demo bidder',
      endpointUrl: endpoint.toString(),
      requestTemplate: SAMPLE_TEMPLATE,
    });
    onCreated(target);
  });

  return (
    <FormDialog
      title="Create a demo bidder"
      description="A bidder that answers from this platform itself, as the scenario says. Use it to try auctions end to end before a buyer is connected."
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel="Create"
      submitDisabled={webhooks.isPending}
      error={errors.root?.server?.message}
    >
      <ControlledFormField
        control={form.control}
        name="scenario"
        label="Scenario"
        render={(field) => <OptionSelect {...field} options={scenarioOptions} />}
      />
      <FormField label="Bid ($)" error={errors.bid?.message} hint="What the demo bidder offers per call.">
        <Input inputMode="decimal" autoComplete="off" {...form.register('bid')} />
      </FormField>
    </FormDialog>
  );
}
