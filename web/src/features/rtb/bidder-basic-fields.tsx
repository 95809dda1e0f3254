import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { useBuyers } from '@web/features/buyers/api';
import { StatusSelect } from '@web/features/buyers/status';
import { FormSection } from './form-section';
import { useBidderForm } from './use-bidder-form';

const NO_BUYER = 'none';

const methodOptions = [
  { value: 'POST', label: 'POST', description: 'The template is the request body' },
  { value: 'GET', label: 'GET', description: 'The template is the query string' },
] as const;

export function BidderBasicFields() {
  const { control, register, formState } = useBidderForm();
  const { errors } = formState;
  const buyers = useBuyers();
  const buyerOptions = [
    { value: NO_BUYER, label: 'No buyer', description: 'Revenue is not credited to a buyer' },
    ...(buyers.data ?? []).map((buyer) => ({
      value: buyer.id,
      label: buyer.name,
      description: buyer.company ?? undefined,
    })),
  ];

  return (
    <FormSection title="Basic" description="Who bids and where the ping goes.">
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField label="Name" error={errors.name?.message}>
          <Input autoComplete="off" {...register('name')} />
        </FormField>
        <ControlledFormField
          control={control}
          name="buyerId"
          label="Buyer"
          hint="Optional: the buyer behind this bidder, for reports."
          fallbackError={buyers.isError ? 'Buyers could not be loaded.' : undefined}
          render={({ value, onChange, ...field }) => (
            <OptionSelect
              {...field}
              value={value || NO_BUYER}
              onChange={(next) => onChange(next === NO_BUYER ? '' : next)}
              options={buyerOptions}
            />
          )}
        />
        <FormField
          label="Endpoint URL"
          error={errors.endpointUrl?.message}
          hint="Where each ping is sent. Tokens such as {callerState} may appear in it."
          className="sm:col-span-2"
        >
          <Input
            type="url"
            autoComplete="off"
            spellCheck={false}
            className="font-mono text-[13px]"
            placeholder="https://bids.example.com/ping"
            {...register('endpointUrl')}
          />
        </FormField>
        <ControlledFormField
          control={control}
          name="method"
          label="Method"
          render={(field) => <OptionSelect {...field} options={methodOptions} />}
        />
        <FormField label="Content type" error={errors.contentType?.message}>
          <Input autoComplete="off" spellCheck={false} {...register('contentType')} />
        </FormField>
        <FormField
          label="Timeout (ms)"
          error={errors.timeoutMs?.message}
          hint="A bid that arrives later is ignored (50–5000)."
        >
          <Input inputMode="numeric" autoComplete="off" {...register('timeoutMs')} />
        </FormField>
        <FormField label="Currency" error={errors.currency?.message}>
          <Input autoComplete="off" maxLength={3} className="uppercase" {...register('currency')} />
        </FormField>
        <FormField label="Minimum bid ($)" error={errors.minBid?.message} hint="Lower bids are not valid.">
          <Input inputMode="decimal" autoComplete="off" placeholder="0.00" {...register('minBid')} />
        </FormField>
        <FormField
          label="Maximum bid ($)"
          error={errors.maxBid?.message}
          hint="Higher bids are not valid; empty for no maximum."
        >
          <Input inputMode="decimal" autoComplete="off" placeholder="No maximum" {...register('maxBid')} />
        </FormField>
        <ControlledFormField
          control={control}
          name="status"
          label="Status"
          render={(field) => <StatusSelect {...field} />}
        />
      </div>
    </FormSection>
  );
}
