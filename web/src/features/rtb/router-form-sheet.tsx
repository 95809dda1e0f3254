import type { RtbRouter } from '@contracts/rtb';
import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox } from '@web/components/ui/checkbox';
import { FormSheet } from '@web/components/ui/form-dialog';
import { FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { SheetBody } from '@web/components/ui/sheet';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useCreateRtbRouter, useUpdateRtbRouter } from './api';
import { RouterBidderRows } from './router-bidder-rows';
import { RouterFormSchema, type RouterFormValues, type RouterPayload, routerToValues } from './router-form';

type RouterFormSheetProps = {
  /** The router to edit; without one the sheet creates a router. */
  router?: RtbRouter;
  onClose: () => void;
};

/** Mounted while open, so the form always starts from the router being edited. */
export function RouterFormSheet({ router, onClose }: RouterFormSheetProps) {
  const createRouter = useCreateRtbRouter();
  const updateRouter = useUpdateRtbRouter();
  const form = useForm<RouterFormValues, unknown, RouterPayload>({
    resolver: zodResolver(RouterFormSchema),
    defaultValues: routerToValues(router),
  });
  const { errors, isSubmitting } = form.formState;
  const requireId = useId();

  const onSubmit = handleApiSubmit(form, async (input) => {
    if (router) await updateRouter.mutateAsync({ id: router.id, ...input });
    else await createRouter.mutateAsync(input);
    onClose();
  });

  return (
    <FormSheet
      title={router ? `Edit ${router.name}` : 'New router'}
      description="A router auctions each call among its bidders: all are pinged at once and the highest valid bid wins. Add it to a campaign’s routing plan to use it."
      className="max-w-xl"
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel={router ? 'Save' : 'Create'}
    >
      <SheetBody className="grid content-start gap-4">
        <FormError message={errors.root?.server?.message} />
        <FormField label="Name" error={errors.name?.message}>
          <Input autoComplete="off" {...form.register('name')} />
        </FormField>
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <FormField
            label="Reserve ($)"
            error={errors.reserve?.message}
            hint="Bids below this are not taken."
          >
            <Input inputMode="decimal" autoComplete="off" placeholder="0.00" {...form.register('reserve')} />
          </FormField>
          <FormField
            label="Auction timeout (ms)"
            error={errors.auctionTimeoutMs?.message}
            hint="The auction closes with the bids in by then (50–5000)."
          >
            <Input inputMode="numeric" autoComplete="off" {...form.register('auctionTimeoutMs')} />
          </FormField>
        </div>
        <Controller
          control={form.control}
          name="requireCallerId"
          render={({ field }) => (
            <div className="flex items-start gap-2">
              <Checkbox
                id={requireId}
                checked={field.value}
                onCheckedChange={(checked) => field.onChange(checked === true)}
                ref={field.ref}
                className="mt-0.5"
              />
              <div className="grid gap-1">
                <Label htmlFor={requireId}>Require caller ID</Label>
                <p className="text-xs text-slate-500">Calls without a caller ID get no bids.</p>
              </div>
            </div>
          )}
        />
        <RouterBidderRows control={form.control} register={form.register} errors={errors} />
      </SheetBody>
    </FormSheet>
  );
}
