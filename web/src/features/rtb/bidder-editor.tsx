import type { RtbTarget } from '@contracts/rtb';
import { zodResolver } from '@hookform/resolvers/zod';
import { SaveChangesFooter } from '@web/components/save-changes-footer';
import { Card } from '@web/components/ui/card';
import { FormError } from '@web/components/ui/form-field';
import { ApiError } from '@web/lib/api-client';
import { applyApiError } from '@web/lib/form-errors';
import { type ReactNode, useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useCreateRtbTarget, useUpdateRtbTarget } from './api';
import { BidderAdvancedFields } from './bidder-advanced-fields';
import { BidderAuthFields } from './bidder-auth-fields';
import { BidderBasicFields } from './bidder-basic-fields';
import {
  type BidderFormValues,
  type BidderPayload,
  bidderFormSchema,
  bidderToValues,
  newBidderValues,
  toFormFieldError,
} from './bidder-form';
import { BidderLimitsFields } from './bidder-limits-fields';
import { BidderRequestFields } from './bidder-request-fields';
import { BidderResponseFields } from './bidder-response-fields';

/** The server's field errors renamed to the form's fields, so `applyApiError` puts them beside the inputs. */
function toFormApiError(error: unknown, values: BidderFormValues): unknown {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return error;
  return new ApiError({
    code: error.code,
    status: error.status,
    message: error.message,
    requestId: error.requestId,
    details: { fields: error.fieldErrors.map((fieldError) => toFormFieldError(fieldError, values)) },
  });
}

type BidderEditorProps = {
  /** The saved bidder; without one the form creates a bidder. */
  target?: RtbTarget;
  onSaved?: (target: RtbTarget) => void;
  /** Beside the form on wide screens; told whether the form has unsaved changes. */
  aside?: (state: { dirty: boolean }) => ReactNode;
};

/** Every setting of a bidder, in sections, with one Save for all of them. */
export function BidderEditor({ target, onSaved, aside }: BidderEditorProps) {
  const createTarget = useCreateRtbTarget();
  const updateTarget = useUpdateRtbTarget();
  const resolver = useMemo(() => zodResolver(bidderFormSchema(target?.auth)), [target?.auth]);
  // After a save the form takes the saved bidder as its new starting point (secret inputs empty again).
  const values = useMemo(() => (target ? bidderToValues(target) : undefined), [target]);
  const form = useForm<BidderFormValues, unknown, BidderPayload>({
    resolver,
    defaultValues: newBidderValues(),
    values,
  });
  const { errors, isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (payload) => {
    try {
      const result = target
        ? await updateTarget.mutateAsync({ id: target.id, ...payload })
        : await createTarget.mutateAsync(payload);
      onSaved?.(result);
    } catch (error) {
      applyApiError(form, toFormApiError(error, form.getValues()));
    }
  });

  return (
    <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="grid min-w-0 gap-4" aria-label="Bidder settings">
          <FormError message={errors.root?.server?.message} />
          <BidderBasicFields />
          <BidderRequestFields />
          <BidderResponseFields />
          <BidderLimitsFields />
          <BidderAuthFields stored={target?.auth} />
          <BidderAdvancedFields />
          <Card className="sticky bottom-0 z-10 shadow-sm">
            <SaveChangesFooter
              saved={!!target && updateTarget.isSuccess}
              dirty={isDirty}
              submitting={isSubmitting}
              onDiscard={target ? () => form.reset() : undefined}
              submitLabel={target ? 'Save' : 'Create bidder'}
              note={
                isDirty &&
                target && <span className="mr-auto text-[13px] text-amber-700">Unsaved changes</span>
              }
            />
          </Card>
        </form>
      </FormProvider>
      {aside && <div className="grid min-w-0 gap-4 xl:sticky xl:top-4">{aside({ dirty: isDirty })}</div>}
    </div>
  );
}
