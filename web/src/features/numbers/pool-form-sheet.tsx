import { CreatePoolInput, type Pool } from '@contracts/pools';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@web/components/ui/button';
import { FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import {
  Sheet,
  SheetBody,
  SheetContent,
  SheetDescription,
  SheetFooter,
  SheetHeader,
  SheetTitle,
} from '@web/components/ui/sheet';
import { Spinner } from '@web/components/ui/spinner';
import { applyApiError } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
import { useCampaignOptions, useNumbers } from './api';
import { CampaignSelect } from './campaign-select';
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
  const campaigns = useCampaignOptions();
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

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const saved = pool
        ? await updatePool.mutateAsync({ id: pool.id, ...input })
        : await createPool.mutateAsync(input);
      onClose();
      onSaved?.(saved);
    } catch (error) {
      const field = conflictField(error);
      if (field === 'name' || field === 'numbers') {
        form.setError(field, { type: 'server', message: (error as Error).message }, { shouldFocus: true });
        return;
      }
      applyApiError(form, error);
    }
  });

  return (
    <Sheet open onOpenChange={(open) => !open && !isSubmitting && onClose()}>
      <SheetContent className="max-w-lg">
        <SheetHeader>
          <SheetTitle>{pool ? 'Edit pool' : 'New pool'}</SheetTitle>
          <SheetDescription>
            Each website visitor is lent one of the pool's numbers for their session, so a call to it tells
            you which visit, ad and keyword it came from.
          </SheetDescription>
        </SheetHeader>
        <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
          <SheetBody className="grid content-start gap-4">
            <FormError message={errors.root?.server?.message} />
            <FormField label="Name" error={errors.name?.message}>
              <Input autoComplete="off" {...form.register('name')} />
            </FormField>
            <Controller
              control={form.control}
              name="campaignId"
              render={({ field, fieldState }) => (
                <FormField
                  label="Campaign"
                  hint="Calls to the pool's numbers are routed by this campaign."
                  error={
                    fieldState.error?.message ??
                    (campaigns.isError ? 'Campaigns could not be loaded.' : undefined)
                  }
                >
                  <CampaignSelect
                    campaigns={campaigns.data ?? []}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                </FormField>
              )}
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
              <Controller
                control={form.control}
                name="onExhausted"
                render={({ field, fieldState }) => (
                  <FormField
                    label="When every number is taken"
                    error={fieldState.error?.message}
                    className="content-start"
                  >
                    <OptionSelect
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      ref={field.ref}
                      options={onExhaustedOptions}
                    />
                  </FormField>
                )}
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
          <SheetFooter>
            <Button type="button" variant="outline" onClick={onClose} disabled={isSubmitting}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Save
            </Button>
          </SheetFooter>
        </form>
      </SheetContent>
    </Sheet>
  );
}
