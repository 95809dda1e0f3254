import { CreatePublisherInput, type Publisher } from '@contracts/publishers';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { StatusSelect } from '@web/features/buyers/status';
import { DollarAmount } from '@web/features/campaigns/dollars';
import { handleApiSubmit } from '@web/lib/form-errors';
import { centsToDollars } from '@web/lib/format';
import { useForm } from 'react-hook-form';
import { useSavePublisher } from './api';

const PublisherForm = CreatePublisherInput.extend({ defaultPayoutCents: DollarAmount });

/** Mounted while open, so the form always starts from the publisher being edited. */
export function PublisherFormDialog({ publisher, onClose }: { publisher?: Publisher; onClose: () => void }) {
  const savePublisher = useSavePublisher();
  const form = useForm({
    resolver: zodResolver(PublisherForm),
    defaultValues: {
      name: publisher?.name ?? '',
      company: publisher?.company ?? '',
      email: publisher?.email ?? '',
      status: publisher?.status ?? 'active',
      defaultPayoutCents: centsToDollars(publisher?.defaultPayoutCents ?? 0),
      rtbKey: publisher?.rtbKey ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = handleApiSubmit(form, async (input) => {
    await savePublisher.mutateAsync({ id: publisher?.id, ...input });
    onClose();
  });

  return (
    <FormDialog
      title={publisher ? 'Edit publisher' : 'New publisher'}
      description="A partner that sends you calls. Their numbers, pools and tags tell which calls are theirs."
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
        <ControlledFormField
          control={form.control}
          name="status"
          label="Status"
          render={(field) => <StatusSelect {...field} value={field.value ?? 'active'} />}
        />
        <FormField
          label="Default payout ($)"
          error={errors.defaultPayoutCents?.message}
          hint="Per converted call, on campaigns without a payout rule."
        >
          <Input inputMode="decimal" {...form.register('defaultPayoutCents')} />
        </FormField>
        <FormField
          label="Ping key"
          error={errors.rtbKey?.message}
          hint="Optional secret for inbound RTB pings."
        >
          <Input autoComplete="off" {...form.register('rtbKey')} />
        </FormField>
      </div>
    </FormDialog>
  );
}
