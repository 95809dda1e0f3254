import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { DEFAULT_PATHS, MAPPING_FIELDS, type MappingField } from './bidder-form';
import { FormSection } from './form-section';
import { useBidderForm } from './use-bidder-form';

const pathLabels: Record<MappingField, { label: string; hint: string }> = {
  bidAmountPath: { label: 'Bid amount path', hint: 'The bid, in dollars.' },
  destinationNumberPath: { label: 'Destination number path', hint: 'The number to send the call to.' },
  sipAddressPath: { label: 'SIP address path', hint: 'Preferred over the number when given.' },
  acceptancePath: { label: 'Acceptance path', hint: 'false means the bidder declined.' },
  rejectReasonPath: { label: 'Reject reason path', hint: 'Why the bidder declined.' },
  expireInSecondsPath: { label: 'Expiry path', hint: 'Seconds the bid stays good, or an expiry time.' },
  currencyPath: { label: 'Currency path', hint: 'Checked against the bidder’s currency.' },
  durationPath: { label: 'Duration path', hint: 'Seconds of talk time the bid pays for.' },
};

export function BidderResponseFields() {
  const { register, formState } = useBidderForm();
  const errors = formState.errors.responseMapping;

  return (
    <FormSection
      title="Response"
      description="Where the bidder’s JSON answer keeps each value, as a path like $.bid.amount. Leave a path empty to use the default shown."
    >
      <div className="grid items-start gap-4 sm:grid-cols-2">
        {MAPPING_FIELDS.map((field) => (
          <FormField
            key={field}
            label={pathLabels[field].label}
            error={errors?.[field]?.message}
            hint={pathLabels[field].hint}
          >
            <Input
              autoComplete="off"
              spellCheck={false}
              className="font-mono text-[13px]"
              placeholder={DEFAULT_PATHS[field]}
              {...register(`responseMapping.${field}`)}
            />
          </FormField>
        ))}
      </div>
    </FormSection>
  );
}
