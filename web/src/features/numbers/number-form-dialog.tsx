import { CreateNumberInput, type TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { useCreateNumber, useUpdateNumber } from './api';
import { CampaignSelect, useCampaignsLoadError } from './campaign-select';

type NumberFormDialogProps = {
  /** The number to edit; without one the dialog adds a number. */
  number?: TrackingNumber;
  onClose: () => void;
};

/** Mounted while open, so the form always starts from the number being edited. */
export function NumberFormDialog({ number, onClose }: NumberFormDialogProps) {
  const campaignsError = useCampaignsLoadError();
  const createNumber = useCreateNumber();
  const updateNumber = useUpdateNumber();
  const form = useForm({
    resolver: zodResolver(CreateNumberInput),
    defaultValues: {
      phoneNumber: formatPhone(number?.phoneNumber),
      name: number?.name ?? '',
      campaignId: number?.campaignId ?? null,
    },
  });
  const { errors, isSubmitting } = form.formState;
  // A number is routed either by its pool or directly by a campaign, never both.
  const pooled = Boolean(number?.poolId);

  const onSubmit = handleApiSubmit(
    form,
    async (input) => {
      if (number) await updateNumber.mutateAsync({ id: number.id, ...input });
      else await createNumber.mutateAsync(input);
      onClose();
    },
    { field: 'phoneNumber' },
  );

  return (
    <FormDialog
      title={number ? 'Edit number' : 'Add number'}
      description="A tracking number callers dial. Calls to it follow the routing of its campaign."
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      error={errors.root?.server?.message}
    >
      <FormField
        label="Phone number"
        error={errors.phoneNumber?.message}
        hint="Any format, e.g. (415) 555-0142."
      >
        <Input type="tel" autoComplete="off" {...form.register('phoneNumber')} />
      </FormField>
      <FormField
        label="Name"
        error={errors.name?.message}
        hint="Optional, e.g. the ad or source it is used for."
      >
        <Input autoComplete="off" {...form.register('name')} />
      </FormField>
      <ControlledFormField
        control={form.control}
        name="campaignId"
        label="Campaign"
        fallbackError={campaignsError}
        hint={pooled ? "In a pool: its calls follow the pool's campaign." : undefined}
        render={(field) => <CampaignSelect {...field} disabled={pooled} />}
      />
    </FormDialog>
  );
}
