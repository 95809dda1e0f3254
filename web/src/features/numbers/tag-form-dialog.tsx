import { formatPhone } from '@contracts/phone';
import { CreateTrackingTagInput, type TrackingTag } from '@contracts/tracking-tags';
import { zodResolver } from '@hookform/resolvers/zod';
import { ChipInput } from '@web/components/ui/chip-input';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { handleApiSubmit } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
import { DEFAULT_NUMBER_FORMAT, numberFormatOptions } from './number-formats';
import { usePools } from './pool-api';
import { useCreateTrackingTag, useUpdateTrackingTag } from './tag-api';

type TagFormDialogProps = {
  /** The tag to edit; without one the dialog creates a tag. */
  tag?: TrackingTag;
  onClose: () => void;
  onSaved?: (tag: TrackingTag) => void;
};

const ALWAYS_CAPTURED = 'gclid, gbraid, wbraid, fbclid, msclkid and ttclid';

/** Mounted while open, so the form always starts from the tag being edited. */
export function TagFormDialog({ tag, onClose, onSaved }: TagFormDialogProps) {
  const pools = usePools();
  const createTag = useCreateTrackingTag();
  const updateTag = useUpdateTrackingTag();
  const form = useForm({
    resolver: zodResolver(CreateTrackingTagInput),
    defaultValues: {
      name: tag?.name ?? '',
      poolId: tag?.poolId ?? '',
      defaultNumber: formatPhone(tag?.defaultNumber),
      numberFormat: tag?.numberFormat ?? DEFAULT_NUMBER_FORMAT,
      selector: tag?.selector ?? '',
      clickIdParams: tag?.clickIdParams ?? [],
    },
  });
  const { errors, isSubmitting } = form.formState;
  const poolOptions = (pools.data ?? []).map((pool) => ({
    value: pool.id,
    label: pool.name,
    description: `${pool.numbers.length} ${pool.numbers.length === 1 ? 'number' : 'numbers'}`,
  }));
  const clickIdError = Array.isArray(errors.clickIdParams)
    ? errors.clickIdParams.find((entry) => entry?.message)?.message
    : errors.clickIdParams?.message;

  const onSubmit = handleApiSubmit(form, async (input) => {
    const saved = tag
      ? await updateTag.mutateAsync({ id: tag.id, ...input })
      : await createTag.mutateAsync(input);
    onClose();
    onSaved?.(saved);
  });

  return (
    <FormDialog
      title={tag ? 'Edit tracking tag' : 'New tracking tag'}
      description="A script for your website: it finds your default number on the page and shows each visitor a number of their own from the pool."
      className="max-w-lg"
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      error={errors.root?.server?.message}
    >
      <FormField label="Name" error={errors.name?.message} hint="e.g. the website it goes on.">
        <Input autoComplete="off" {...form.register('name')} />
      </FormField>
      <ControlledFormField
        control={form.control}
        name="poolId"
        label="Pool"
        fallbackError={pools.isError ? 'Pools could not be loaded.' : undefined}
        hint={pools.data?.length === 0 ? 'Create a pool first, on the Pools tab.' : undefined}
        render={(field) => (
          <OptionSelect
            {...field}
            value={field.value || undefined}
            options={poolOptions}
            placeholder="Choose a pool"
          />
        )}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Default number"
          error={errors.defaultNumber?.message}
          hint="As on your page today; shown when no pool number is free."
        >
          <Input
            type="tel"
            autoComplete="off"
            placeholder="(415) 555-0100"
            {...form.register('defaultNumber')}
          />
        </FormField>
        <ControlledFormField
          control={form.control}
          name="numberFormat"
          label="Number format"
          hint="How pool numbers are written."
          render={(field) => <OptionSelect {...field} options={numberFormatOptions(tag?.numberFormat)} />}
        />
      </div>
      <FormField
        label="CSS selector"
        error={errors.selector?.message}
        hint="Optional: swap numbers only inside matching elements, e.g. .phone or #header."
      >
        <Input autoComplete="off" className="font-mono" {...form.register('selector')} />
      </FormField>
      <Controller
        control={form.control}
        name="clickIdParams"
        render={({ field }) => (
          <FormField
            label="Click-id parameters"
            error={clickIdError}
            hint={`${ALWAYS_CAPTURED} are always captured; add others, e.g. rtkclickid.`}
          >
            <ChipInput value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} />
          </FormField>
        )}
      />
    </FormDialog>
  );
}
