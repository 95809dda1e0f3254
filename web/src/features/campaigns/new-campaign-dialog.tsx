import { CreateCampaignInput } from '@contracts/campaigns';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Textarea } from '@web/components/ui/textarea';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { useCreateCampaign } from './api';
import { DollarAmount } from './dollars';
import { TimezoneSelect } from './timezone-select';

// The payout field holds dollars as typed and is named after the contract's field, so the server's
// errors about `payoutCents` land beside it.
const NewCampaignForm = CreateCampaignInput.pick({
  name: true,
  vertical: true,
  description: true,
  timezone: true,
}).extend({ payoutCents: DollarAmount });

const emptyCampaign = {
  name: '',
  vertical: '',
  description: '',
  timezone: 'America/New_York',
  payoutCents: '0.00',
};

export function NewCampaignDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const createCampaign = useCreateCampaign();
  const [, navigate] = useLocation();
  const form = useForm({ resolver: zodResolver(NewCampaignForm), defaultValues: emptyCampaign });
  const { errors, isSubmitting } = form.formState;

  const close = () => {
    form.reset(emptyCampaign);
    onOpenChange(false);
  };

  const onSubmit = handleApiSubmit(form, async (input) => {
    const campaign = await createCampaign.mutateAsync(input);
    close();
    navigate(`/${campaign.id}/routing`);
  });

  return (
    <FormDialog
      open={open}
      title="New campaign"
      description="It starts as a draft. Add targets and a tracking number, then activate it."
      onClose={close}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel="Create campaign"
      error={errors.root?.server?.message}
    >
      <FormField label="Name" error={errors.name?.message}>
        <Input autoComplete="off" autoFocus {...form.register('name')} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Vertical" error={errors.vertical?.message} hint="E.g. auto insurance.">
          <Input autoComplete="off" {...form.register('vertical')} />
        </FormField>
        <FormField label="Payout per conversion ($)" error={errors.payoutCents?.message}>
          <Input inputMode="decimal" autoComplete="off" {...form.register('payoutCents')} />
        </FormField>
      </div>
      <ControlledFormField
        control={form.control}
        name="timezone"
        label="Timezone"
        render={(field) => <TimezoneSelect {...field} />}
      />
      <FormField label="Description" error={errors.description?.message} hint="Optional.">
        <Textarea {...form.register('description')} />
      </FormField>
    </FormDialog>
  );
}
