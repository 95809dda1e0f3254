import { CreateNumberInput, type TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
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
import { isApiError } from '@web/lib/api-client';
import { applyApiError } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
import { useCampaignOptions, useCreateNumber, useUpdateNumber } from './api';
import { CampaignSelect } from './campaign-select';

type NumberFormDialogProps = {
  /** The number to edit; without one the dialog adds a number. */
  number?: TrackingNumber;
  onClose: () => void;
};

/** Mounted while open, so the form always starts from the number being edited. */
export function NumberFormDialog({ number, onClose }: NumberFormDialogProps) {
  const campaigns = useCampaignOptions();
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

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      if (number) await updateNumber.mutateAsync({ id: number.id, ...input });
      else await createNumber.mutateAsync(input);
      onClose();
    } catch (error) {
      if (isApiError(error, 'CONFLICT')) {
        form.setError('phoneNumber', { message: error.message }, { shouldFocus: true });
        return;
      }
      applyApiError(form, error);
    }
  });

  return (
    <Dialog open onOpenChange={(open) => !open && !isSubmitting && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{number ? 'Edit number' : 'Add number'}</DialogTitle>
          <DialogDescription>
            A tracking number callers dial. Calls to it follow the routing of its campaign.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <FormError message={errors.root?.server?.message} />
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
          <Controller
            control={form.control}
            name="campaignId"
            render={({ field, fieldState }) => (
              <FormField
                label="Campaign"
                error={
                  fieldState.error?.message ??
                  (campaigns.isError ? 'Campaigns could not be loaded.' : undefined)
                }
                hint={pooled ? "In a pool: its calls follow the pool's campaign." : undefined}
              >
                <CampaignSelect
                  campaigns={campaigns.data ?? []}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  disabled={pooled}
                />
              </FormField>
            )}
          />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose} disabled={isSubmitting}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Save
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
