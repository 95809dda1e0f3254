import type { Buyer } from '@contracts/buyers';
import { Alert } from '@web/components/ui/alert';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@web/components/ui/select';
import { Textarea } from '@web/components/ui/textarea';
import type { ComponentProps } from 'react';
import { useFormContext } from 'react-hook-form';
import { StatusSelect } from './status';
import type { TargetFormValues } from './target-form-values';

type BuyerSelectProps = Omit<ComponentProps<typeof SelectTrigger>, 'onChange' | 'value'> & {
  buyers: Buyer[];
  value: string;
  onChange: (buyerId: string) => void;
};

/** Extra props (id, aria-*) go to the trigger so <FormField> can label it. */
function BuyerSelect({ buyers, value, onChange, ...triggerProps }: BuyerSelectProps) {
  return (
    <Select value={value || undefined} onValueChange={onChange}>
      <SelectTrigger {...triggerProps}>
        <SelectValue placeholder="Choose a buyer" />
      </SelectTrigger>
      <SelectContent>
        {buyers.map((buyer) => (
          <SelectItem key={buyer.id} value={buyer.id} description={buyer.company ?? undefined}>
            {buyer.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

export function TargetBasicFields({ buyers }: { buyers: Buyer[] }) {
  const { control, register, formState } = useFormContext<TargetFormValues>();
  const { errors } = formState;

  return (
    <div className="grid items-start gap-4 sm:grid-cols-2">
      {buyers.length === 0 && (
        <Alert variant="warning" className="sm:col-span-2">
          Create a buyer first: every target belongs to one.
        </Alert>
      )}
      <ControlledFormField
        control={control}
        name="buyerId"
        label="Buyer"
        render={(field) => <BuyerSelect {...field} buyers={buyers} />}
      />
      <FormField label="Name" error={errors.name?.message}>
        <Input autoComplete="off" {...register('name')} />
      </FormField>
      <FormField
        label="Destination"
        error={errors.destination?.message}
        hint="A phone number, or a SIP URI like sip:agent@example.com."
      >
        <Input autoComplete="off" placeholder="(415) 555-0100" {...register('destination')} />
      </FormField>
      <ControlledFormField
        control={control}
        name="status"
        label="Status"
        render={(field) => <StatusSelect {...field} />}
      />
      <FormField
        label="Revenue per conversion ($)"
        error={errors.revenue?.message}
        hint="What the buyer pays for a converted call."
      >
        <Input inputMode="decimal" autoComplete="off" placeholder="0.00" {...register('revenue')} />
      </FormField>
      <FormField
        label="Conversion after (seconds)"
        error={errors.conversionSeconds?.message}
        hint="A call this long counts as converted."
      >
        <Input inputMode="numeric" autoComplete="off" {...register('conversionSeconds')} />
      </FormField>
      <FormField
        label="Dial timeout (seconds)"
        error={errors.dialTimeoutSeconds?.message}
        hint="Ring this long before trying the next target (5–120)."
      >
        <Input inputMode="numeric" autoComplete="off" {...register('dialTimeoutSeconds')} />
      </FormField>
      <FormField label="Notes" error={errors.notes?.message} className="sm:col-span-2">
        <Textarea {...register('notes')} />
      </FormField>
    </div>
  );
}
