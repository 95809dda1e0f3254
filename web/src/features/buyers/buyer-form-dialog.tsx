import { type Buyer, CreateBuyerInput } from '@contracts/buyers';
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
import { Textarea } from '@web/components/ui/textarea';
import { applyApiError } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
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

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const saved = buyer
        ? await updateBuyer.mutateAsync({ id: buyer.id, ...input })
        : await createBuyer.mutateAsync(input);
      onSaved?.(saved);
      onClose();
    } catch (error) {
      applyApiError(form, error);
    }
  });

  return (
    <Dialog open onOpenChange={(open) => !open && !isSubmitting && onClose()}>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>{buyer ? 'Edit buyer' : 'New buyer'}</DialogTitle>
          <DialogDescription>
            The company that buys your calls. Its targets are where the calls are sent.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <FormError message={errors.root?.server?.message} />
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
            <Controller
              control={form.control}
              name="status"
              render={({ field, fieldState }) => (
                <FormField label="Status" error={fieldState.error?.message}>
                  <StatusSelect
                    value={field.value ?? 'active'}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                </FormField>
              )}
            />
          </div>
          <FormField label="Notes" error={errors.notes?.message}>
            <Textarea {...form.register('notes')} />
          </FormField>
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
