import type { Pixel } from '@contracts/pixels';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormSheet } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { SheetBody } from '@web/components/ui/sheet';
import { Switch } from '@web/components/ui/switch';
import { Textarea } from '@web/components/ui/textarea';
import { useCampaigns } from '@web/features/campaigns/api';
import { HeaderRows } from '@web/features/rtb/header-rows';
import { applyApiError, renameFieldErrors } from '@web/lib/form-errors';
import { FormProvider, useForm } from 'react-hook-form';
import { useSavePixel } from './api';
import { EventCheckboxes } from './event-checkboxes';
import {
  ALL_CAMPAIGNS,
  PixelFormSchema,
  type PixelFormValues,
  type PixelPayload,
  pixelToValues,
  toPixelFieldError,
} from './pixel-form';
import { TagFilterRows } from './tag-filter-rows';
import { TokenHelp } from './token-help';

const methods = [
  { value: 'GET', label: 'GET' },
  { value: 'POST', label: 'POST' },
] as const;

/** Mounted while open, so the form always starts from the pixel being edited. */
export function PixelFormSheet({ pixel, onClose }: { pixel?: Pixel; onClose: () => void }) {
  const savePixel = useSavePixel();
  const campaigns = useCampaigns();
  const form = useForm<PixelFormValues, unknown, PixelPayload>({
    resolver: zodResolver(PixelFormSchema),
    defaultValues: pixelToValues(pixel),
  });
  const { errors, isSubmitting } = form.formState;
  const method = form.watch('method');

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      await savePixel.mutateAsync({ id: pixel?.id, ...input });
      onClose();
    } catch (error) {
      const values = form.getValues();
      applyApiError(
        form,
        renameFieldErrors(error, (fieldError) => toPixelFieldError(fieldError, values)),
      );
    }
  });

  return (
    <FormSheet
      title={pixel ? `Edit ${pixel.name}` : 'New pixel'}
      description="A pixel tells an outside tracker about calls: each chosen event fires it once per call, with retries until the tracker answers."
      className="max-w-2xl"
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel={pixel ? 'Save' : 'Create'}
    >
      <FormProvider {...form}>
        <SheetBody className="grid content-start gap-4">
          <FormError message={errors.root?.server?.message} />
          <FormField label="Name" error={errors.name?.message}>
            <Input autoComplete="off" {...form.register('name')} />
          </FormField>
          <EventCheckboxes />
          <ControlledFormField
            control={form.control}
            name="campaignId"
            label="Campaign"
            hint="Account-wide pixels fire for every campaign."
            fallbackError={errors.campaignId?.message}
            render={(field) => (
              <OptionSelect
                value={field.value}
                onChange={field.onChange}
                options={[
                  { value: ALL_CAMPAIGNS, label: 'All campaigns' },
                  ...(campaigns.data ?? []).map((campaign) => ({ value: campaign.id, label: campaign.name })),
                ]}
              />
            )}
          />
          <div className="grid items-start gap-4 sm:grid-cols-[8rem_1fr]">
            <ControlledFormField
              control={form.control}
              name="method"
              label="Method"
              render={(field) => (
                <OptionSelect value={field.value} onChange={field.onChange} options={methods} />
              )}
            />
            <FormField
              label="URL"
              error={errors.url?.message}
              hint="e.g. https://tracker.example/postback?clickid={clickId}&sum={revenue}"
            >
              <Input className="font-mono text-[13px]" autoComplete="off" {...form.register('url')} />
            </FormField>
          </div>
          {method === 'POST' && (
            <FormField label="Content type" error={errors.contentType?.message}>
              <Input autoComplete="off" {...form.register('contentType')} />
            </FormField>
          )}
          <FormField
            label={method === 'POST' ? 'Body' : 'Extra query parameters'}
            error={errors.body?.message}
            hint={
              method === 'POST'
                ? 'e.g. {"call":"{callId}","revenue":{revenue}}'
                : 'e.g. event={event}&payout={payout}'
            }
          >
            <Textarea rows={4} className="font-mono text-[13px]" {...form.register('body')} />
          </FormField>
          <HeaderRows
            name="headers"
            legend="Headers"
            hint="Sent with every request; values may use tokens."
            rowLabel="Header"
            namePlaceholder="X-Api-Key"
            addLabel="Add header"
          />
          <TagFilterRows />
          <ControlledFormField
            control={form.control}
            name="enabled"
            label="Enabled"
            hint="A paused pixel skips the events that happen meanwhile."
            render={(field) => (
              <Switch checked={field.value} onCheckedChange={field.onChange} ref={field.ref} />
            )}
          />
          <TokenHelp />
        </SheetBody>
      </FormProvider>
    </FormSheet>
  );
}
