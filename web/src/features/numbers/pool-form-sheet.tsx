import { CreatePoolInput, type Pool } from '@contracts/pools';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormSheet } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { SheetBody } from '@web/components/ui/sheet';
import { Spinner } from '@web/components/ui/spinner';
import { handleApiSubmit } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
import { useNumbers } from './api';
import { CampaignSelect, useCampaignsLoadError } from './campaign-select';
import { conflictField } from './conflict-field';
import { NumberChecklist } from './number-checklist';
import { useCreatePool, useUpdatePool } from './pool-api';
import { onExhaustedOptions } from './pool-labels';

const DEFAULT_TTL_MINUTES = 30;

type PoolFormSheetProps = {
  /** The pool to edit; without one the sheet creates a pool. */
  pool?: Pool;
  onClose: () => void;
  onSaved?: (pool: Pool) => void;
};

/** Mounted while open, so the form always starts from the pool being edited. */
export function PoolFormSheet({ pool, onClose, onSaved }: PoolFormSheetProps) {
  const campaignsError = useCampaignsLoadError();
  const numbers = useNumbers();
  const createPool = useCreatePool();
  const updatePool = useUpdatePool();
  const form = useForm({
    resolver: zodResolver(CreatePoolInput),
    defaultValues: {
      name: pool?.name ?? '',
      campaignId: pool?.campaignId ?? null,
      sessionTtlMinutes: pool?.sessionTtlMinutes ?? DEFAULT_TTL_MINUTES,
      onExhausted: pool?.onExhausted ?? 'reuse_oldest',
      numbers: pool?.numbers ?? [],
    },
  });
  const { errors, isSubmitting } = form.formState;
  // A number belongs to one pool, or to one campaign directly: only the others are offered.
  const choosable = (numbers.data ?? []).filter(
    (number) => !number.campaignId && (!number.poolId || number.poolId === pool?.id),
  );

  const onSubmit = handleApiSubmit(
    form,
    async (input) => {
      const saved = pool
        ? await updatePool.mutateAsync({ id: pool.id, ...input })
        : await createPool.mutateAsync(input);
      onClose();
      onSaved?.(saved);
    },
    {
      field: (error) => {
        const field = conflictField(error);
        return field === 'name' || field === 'numbers' ? field : undefined;
      },
    },
  );

  return (
    <FormSheet
      title={pool ? 'Edit pool' : 'New pool'}
      description="Each website visitor is lent one of the pool's numbers for their session, so a call to it tells you which visit, ad and keyword it came from."
      className="max-w-lg"
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
    >
      <SheetBody className="grid content-start gap-4">
        <FormError message={errors.root?.server?.message} />
        <FormField label="Name" error={errors.name?.message}>
          <Input autoComplete="off" {...form.register('name')} />
        </FormField>
        <ControlledFormField
          control={form.control}
          name="campaignId"
          label="Campaign"
          hint="Calls to the pool's numbers are routed by this campaign."
          fallbackError={campaignsError}
          render={(field) => <CampaignSelect {...field} />}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            label="Session TTL (minutes)"
            error={errors.sessionTtlMinutes?.message}
            hint="How long a visitor keeps a number after their last page view."
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              {...form.register('sessionTtlMinutes', {
                setValueAs: (value) => (value === '' ? undefined : Number(value)),
              })}
            />
          </FormField>
          <ControlledFormField
            control={form.control}
            name="onExhausted"
            label="When every number is taken"
            className="content-start"
            render={(field) => <OptionSelect {...field} options={onExhaustedOptions} />}
          />
        </div>
        {numbers.isPending ? (
          <Spinner label="Loading numbers…" />
        ) : (
          <Controller
            control={form.control}
            name="numbers"
            render={({ field, fieldState }) => (
              <div className="grid gap-1.5">
                <NumberChecklist
                  numbers={choosable}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  invalid={Boolean(fieldState.error)}
                  describedBy={fieldState.error ? 'pool-numbers-error' : undefined}
                />
                {fieldState.error?.message && (
                  <p id="pool-numbers-error" className="text-xs text-red-600">
                    {fieldState.error.message}
                  </p>
                )}
              </div>
            )}
          />
        )}
      </SheetBody>
    </FormSheet>
  );
}
