import { type Campaign, CreateCampaignInput, DuplicateAction, RoutingStrategy } from '@contracts/campaigns';
import { formatPhone } from '@contracts/phone';
import { zodResolver } from '@hookform/resolvers/zod';
import { SaveChangesFooter } from '@web/components/save-changes-footer';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ControlledFormField, FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { Switch } from '@web/components/ui/switch';
import { Textarea } from '@web/components/ui/textarea';
import { handleApiSubmit } from '@web/lib/form-errors';
import { centsToDollars } from '@web/lib/format';
import { type ReactNode, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useUpdateCampaign } from './api';
import { duplicateActionLabels, strategyDescriptions, strategyLabels } from './campaign-labels';
import { DollarAmount } from './dollars';
import { TimezoneSelect } from './timezone-select';

// Status and the routing plan have their own controls; payout is typed in dollars (see DollarAmount).
const SettingsForm = CreateCampaignInput.omit({ status: true, routing: true, payoutCents: true }).extend({
  payoutCents: DollarAmount,
});

const strategyOptions = RoutingStrategy.options.map((strategy) => ({
  value: strategy,
  label: strategyLabels[strategy],
  description: strategyDescriptions[strategy],
}));

const duplicateOptions = DuplicateAction.options.map((action) => ({
  value: action,
  label: duplicateActionLabels[action],
}));

function formValues(campaign: Campaign) {
  return {
    name: campaign.name,
    description: campaign.description ?? '',
    vertical: campaign.vertical ?? '',
    timezone: campaign.timezone,
    routingStrategy: campaign.routingStrategy,
    fallbackNumber: formatPhone(campaign.fallbackNumber),
    fallbackMessage: campaign.fallbackMessage ?? '',
    record: campaign.record,
    duplicateWindowHours: campaign.duplicateWindowHours,
    duplicateAction: campaign.duplicateAction,
    payoutCents: centsToDollars(campaign.payoutCents),
    defaultCallerId: formatPhone(campaign.defaultCallerId),
  };
}

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-4 border-b border-slate-200 px-4 py-4 last:border-0 lg:grid-cols-[14rem_1fr]">
      <div>
        <h3 className="text-[13px] font-semibold text-slate-900">{title}</h3>
        <p className="mt-0.5 text-xs text-slate-500">{description}</p>
      </div>
      <div className="grid max-w-2xl gap-4 sm:grid-cols-2">{children}</div>
    </div>
  );
}

export function CampaignSettingsForm({ campaign, editable }: { campaign: Campaign; editable: boolean }) {
  const update = useUpdateCampaign(campaign.id);
  const values = useMemo(() => formValues(campaign), [campaign]);
  const form = useForm({ resolver: zodResolver(SettingsForm), values });
  const { errors, isDirty, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(form, (input) => update.mutateAsync(input));

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Settings</CardTitle>
          <CardDescription>
            How this campaign is described, paid and how it treats its callers.
          </CardDescription>
        </div>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <fieldset disabled={!editable} className="min-w-0">
          {errors.root?.server && (
            <div className="px-4 pt-4">
              <FormError message={errors.root.server.message} />
            </div>
          )}
          <Section title="General" description="Name and what the campaign is about.">
            <FormField label="Name" error={errors.name?.message} className="sm:col-span-2">
              <Input autoComplete="off" {...form.register('name')} />
            </FormField>
            <FormField label="Vertical" error={errors.vertical?.message}>
              <Input autoComplete="off" {...form.register('vertical')} />
            </FormField>
            <ControlledFormField
              control={form.control}
              name="timezone"
              label="Timezone"
              render={(field) => <TimezoneSelect {...field} />}
            />
            <FormField label="Description" error={errors.description?.message} className="sm:col-span-2">
              <Textarea rows={2} {...form.register('description')} />
            </FormField>
          </Section>

          <Section title="Payout" description="What you pay the publisher for each converted call.">
            <FormField label="Payout per conversion ($)" error={errors.payoutCents?.message}>
              <Input inputMode="decimal" autoComplete="off" {...form.register('payoutCents')} />
            </FormField>
          </Section>

          <Section
            title="Routing"
            description="How targets are chosen, and what callers hear when none can take the call."
          >
            <ControlledFormField
              control={form.control}
              name="routingStrategy"
              label="Strategy among equal priority"
              className="sm:col-span-2"
              render={(field) => <OptionSelect {...field} options={strategyOptions} />}
            />
            <FormField
              label="Fallback number"
              error={errors.fallbackNumber?.message}
              hint="Rung when no target can take the call."
            >
              <Input type="tel" autoComplete="off" {...form.register('fallbackNumber')} />
            </FormField>
            <FormField
              label="Default caller ID"
              error={errors.defaultCallerId?.message}
              hint="For targets set to use the campaign's caller ID."
            >
              <Input type="tel" autoComplete="off" {...form.register('defaultCallerId')} />
            </FormField>
            <FormField
              label="Fallback message"
              error={errors.fallbackMessage?.message}
              hint="Spoken when there is no fallback number."
              className="sm:col-span-2"
            >
              <Textarea rows={2} {...form.register('fallbackMessage')} />
            </FormField>
          </Section>

          <Section title="Calls" description="Recording and repeat callers.">
            <Controller
              control={form.control}
              name="record"
              render={({ field }) => (
                <div className="flex items-center gap-2 sm:col-span-2">
                  <Switch
                    id={`record-${campaign.id}`}
                    checked={field.value ?? false}
                    onCheckedChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                  <Label htmlFor={`record-${campaign.id}`}>Record calls</Label>
                </div>
              )}
            />
            <FormField
              label="Duplicate window (hours)"
              error={errors.duplicateWindowHours?.message}
              hint="0 turns duplicate detection off."
            >
              <Input
                type="number"
                min={0}
                {...form.register('duplicateWindowHours', { valueAsNumber: true })}
              />
            </FormField>
            <ControlledFormField
              control={form.control}
              name="duplicateAction"
              label="Repeat caller within the window"
              render={(field) => <OptionSelect {...field} options={duplicateOptions} />}
            />
          </Section>
        </fieldset>
        {editable && (
          <SaveChangesFooter
            saved={update.isSuccess}
            dirty={isDirty}
            submitting={isSubmitting}
            onDiscard={() => form.reset()}
          />
        )}
      </form>
    </Card>
  );
}
