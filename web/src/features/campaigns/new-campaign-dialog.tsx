import { CreateCampaignInput } from '@contracts/campaigns';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@web/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@web/components/ui/dialog';
import { FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Textarea } from '@web/components/ui/textarea';
import { applyApiError } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
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

  const close = (next: boolean) => {
    if (isSubmitting) return;
    if (!next) form.reset(emptyCampaign);
    onOpenChange(next);
  };

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const campaign = await createCampaign.mutateAsync(input);
      form.reset(emptyCampaign);
      onOpenChange(false);
      navigate(`/${campaign.id}/routing`);
    } catch (error) {
      applyApiError(form, error);
    }
  });

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New campaign</DialogTitle>
          <DialogDescription>
            It starts as a draft. Add targets and a tracking number, then activate it.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <FormError message={errors.root?.server?.message} />
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
          <Controller
            control={form.control}
            name="timezone"
            render={({ field, fieldState }) => (
              <FormField label="Timezone" error={fieldState.error?.message}>
                <TimezoneSelect
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              </FormField>
            )}
          />
          <FormField label="Description" error={errors.description?.message} hint="Optional.">
            <Textarea {...form.register('description')} />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => close(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Create campaign
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
