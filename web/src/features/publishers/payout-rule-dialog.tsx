import { DuplicateRule, type PayoutRule, PayoutRuleInput, PayoutTrigger } from '@contracts/publishers';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { useCampaigns } from '@web/features/campaigns/api';
import { DollarAmount } from '@web/features/campaigns/dollars';
import { handleApiSubmit } from '@web/lib/form-errors';
import { centsToDollars } from '@web/lib/format';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useSavePayoutRule } from './api';

const triggerOptions = [
  { value: 'incoming', label: 'Incoming', description: 'Every call' },
  { value: 'connected', label: 'Connected', description: 'The call reached a buyer' },
  { value: 'converted', label: 'Converted', description: 'The buyer’s conversion rule was met' },
  { value: 'duration', label: 'Call length', description: 'Connected at least N seconds' },
] as const satisfies readonly { value: PayoutTrigger; label: string; description: string }[];

const duplicateOptions = [
  { value: 'pay_all', label: 'Pay every call' },
  { value: 'never', label: 'Never pay a caller twice' },
  { value: 'after', label: 'Pay again after N seconds' },
] as const satisfies readonly { value: DuplicateRule; label: string }[];

/** Blank number fields mean "no limit". */
const OptionalCount = z
  .string()
  .transform((text) => (text.trim() === '' ? null : Number(text)))
  .pipe(z.number().int('Whole numbers only').min(1, 'At least 1').nullable());

const RuleForm = z.object({
  campaignId: z.string().min(1, 'Choose a campaign'),
  payoutCents: DollarAmount,
  trigger: PayoutTrigger,
  minDurationSeconds: z.coerce.number().int().min(0),
  revenueSharePercent: z
    .string()
    .transform((text) => (text.trim() === '' ? null : Number(text)))
    .pipe(z.number().int().min(0).max(100, 'At most 100%').nullable()),
  capDaily: OptionalCount,
  capMonthly: OptionalCount,
  capTotal: OptionalCount,
  duplicateRule: DuplicateRule,
  duplicateSeconds: z.coerce.number().int().min(0),
});

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

/** Mounted while open; starts from the rule being edited, or blank. */
export function PayoutRuleDialog({
  publisherId,
  rule,
  onClose,
}: {
  publisherId: string;
  rule?: PayoutRule;
  onClose: () => void;
}) {
  const campaigns = useCampaigns();
  const saveRule = useSavePayoutRule(publisherId);
  const form = useForm({
    resolver: zodResolver(RuleForm),
    defaultValues: {
      campaignId: rule?.campaignId ?? '',
      payoutCents: centsToDollars(rule?.payoutCents ?? 0),
      trigger: rule?.trigger ?? ('converted' as PayoutTrigger),
      minDurationSeconds: text(rule?.minDurationSeconds ?? 0),
      revenueSharePercent: text(rule?.revenueSharePercent),
      capDaily: text(rule?.capDaily),
      capMonthly: text(rule?.capMonthly),
      capTotal: text(rule?.capTotal),
      duplicateRule: rule?.duplicateRule ?? ('pay_all' as DuplicateRule),
      duplicateSeconds: text(rule?.duplicateSeconds ?? 0),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const trigger = form.watch('trigger');
  const duplicateRule = form.watch('duplicateRule');
  const onSubmit = handleApiSubmit(form, async (input) => {
    await saveRule.mutateAsync(PayoutRuleInput.parse(input));
    onClose();
  });
  const campaignOptions = (campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }));

  return (
    <FormDialog
      title="Payout rule"
      description="What this publisher earns for a call to one campaign. Saving replaces that campaign’s rule."
      className="max-w-xl"
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      error={errors.root?.server?.message}
    >
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <ControlledFormField
          control={form.control}
          name="campaignId"
          label="Campaign"
          render={(field) => (
            <OptionSelect
              {...field}
              value={field.value || undefined}
              options={campaignOptions}
              placeholder="Choose…"
            />
          )}
        />
        <FormField label="Payout ($)" error={errors.payoutCents?.message}>
          <Input inputMode="decimal" {...form.register('payoutCents')} />
        </FormField>
        <ControlledFormField
          control={form.control}
          name="trigger"
          label="Pays when"
          render={(field) => <OptionSelect {...field} options={triggerOptions} />}
        />
        {trigger === 'duration' ? (
          <FormField label="Call length (seconds)" error={errors.minDurationSeconds?.message}>
            <Input inputMode="numeric" {...form.register('minDurationSeconds')} />
          </FormField>
        ) : (
          <div />
        )}
        <FormField
          label="Revenue share (%)"
          error={errors.revenueSharePercent?.message}
          hint="Optional: pays this share of the call’s revenue instead."
        >
          <Input inputMode="numeric" {...form.register('revenueSharePercent')} />
        </FormField>
        <ControlledFormField
          control={form.control}
          name="duplicateRule"
          label="Duplicate callers"
          render={(field) => <OptionSelect {...field} options={duplicateOptions} />}
        />
        {duplicateRule === 'after' && (
          <FormField label="Pay again after (seconds)" error={errors.duplicateSeconds?.message}>
            <Input inputMode="numeric" {...form.register('duplicateSeconds')} />
          </FormField>
        )}
      </div>
      <div className="grid items-start gap-4 sm:grid-cols-3">
        <FormField label="Paid calls / day" error={errors.capDaily?.message} hint="Blank: no cap.">
          <Input inputMode="numeric" {...form.register('capDaily')} />
        </FormField>
        <FormField label="Paid calls / month" error={errors.capMonthly?.message}>
          <Input inputMode="numeric" {...form.register('capMonthly')} />
        </FormField>
        <FormField label="Paid calls in total" error={errors.capTotal?.message}>
          <Input inputMode="numeric" {...form.register('capTotal')} />
        </FormField>
      </div>
    </FormDialog>
  );
}
