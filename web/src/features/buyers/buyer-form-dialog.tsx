import { type Buyer, CreateBuyerInput } from '@contracts/buyers';
import { formatPhone } from '@contracts/phone';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Textarea } from '@web/components/ui/textarea';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { useCreateBuyer, useUpdateBuyer } from './api';
import { StatusSelect } from './status';

type BuyerFormDialogProps = {
  /** The buyer to edit; without one the dialog creates a buyer. */
  buyer?: Buyer;
  onClose: () => void;
  onSaved?: (buyer: Buyer) => void;
};

/** Mounted while open, so the form always starts from the buyer being edited. */
export function BuyerFormDialog({ buyer, onClose, onSaved }: BuyerFormDialogProps) {
  const createBuyer = useCreateBuyer();
  const updateBuyer = useUpdateBuyer();
  const form = useForm({
    resolver: zodResolver(CreateBuyerInput),
    defaultValues: {
      name: buyer?.name ?? '',
      company: buyer?.company ?? '',
      email: buyer?.email ?? '',
      phone: formatPhone(buyer?.phone),
      status: buyer?.status ?? 'active',
      notes: buyer?.notes ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(form, async (input) => {
    const saved = buyer
      ? await updateBuyer.mutateAsync({ id: buyer.id, ...input })
      : await createBuyer.mutateAsync(input);
    onSaved?.(saved);
    onClose();
  });

  return (
    <FormDialog
      title={buyer ? 'Edit buyer' : 'New buyer'}
      description="The company that buys your calls. Its targets are where the calls are sent."
      className="max-w-lg"
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      error={errors.root?.server?.message}
    >
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField label="Name" error={errors.name?.message}>
          <Input autoComplete="off" {...form.register('name')} />
        </FormField>
        <FormField label="Company" error={errors.company?.message} hint="Optional.">
          <Input autoComplete="off" {...form.register('company')} />
        </FormField>
        <FormField label="Email" error={errors.email?.message}>
          <Input type="email" autoComplete="off" {...form.register('email')} />
        </FormField>
        <FormField label="Phone" error={errors.phone?.message}>
          <Input type="tel" autoComplete="off" {...form.register('phone')} />
        </FormField>
        <ControlledFormField
          control={form.control}
          name="status"
          label="Status"
          render={(field) => <StatusSelect {...field} value={field.value ?? 'active'} />}
        />
      </div>
      <FormField label="Notes" error={errors.notes?.message}>
        <Textarea {...form.register('notes')} />
      </FormField>
    </FormDialog>
  );
}
