import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { CAP_NAMES, RATE_LIMIT_NAMES } from './bidder-form';
import { FormSection } from './form-section';
import { useBidderForm } from './use-bidder-form';

const capLabels: Record<(typeof CAP_NAMES)[number], string> = {
  concurrency: 'Concurrent calls',
  hourly: 'Calls per hour',
  daily: 'Calls per day',
  monthly: 'Calls per month',
};

const rateLimitLabels: Record<(typeof RATE_LIMIT_NAMES)[number], string> = {
  perMinute: 'Pings per minute',
  perHour: 'Pings per hour',
  perDay: 'Pings per day',
};

export function BidderLimitsFields() {
  const { register, formState } = useBidderForm();
  const { errors } = formState;

  return (
    <FormSection
      title="Limits"
      description="Leave a limit empty for none. A bidder at a limit is not pinged until it resets."
    >
      <div className="grid gap-5">
        <fieldset className="grid gap-2">
          <legend className="mb-1.5 text-[13px] font-medium text-slate-700">Caps on calls won</legend>
          <div className="grid items-start gap-4 sm:grid-cols-4">
            {CAP_NAMES.map((name) => (
              <FormField key={name} label={capLabels[name]} error={errors.caps?.[name]?.message}>
                <Input
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder="No cap"
                  {...register(`caps.${name}`)}
                />
              </FormField>
            ))}
          </div>
        </fieldset>
        <fieldset className="grid gap-2">
          <legend className="mb-1.5 text-[13px] font-medium text-slate-700">Ping rate limits</legend>
          <div className="grid items-start gap-4 sm:grid-cols-4">
            {RATE_LIMIT_NAMES.map((name) => (
              <FormField key={name} label={rateLimitLabels[name]} error={errors.rateLimits?.[name]?.message}>
                <Input
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder="No limit"
                  {...register(`rateLimits.${name}`)}
                />
              </FormField>
            ))}
          </div>
        </fieldset>
      </div>
    </FormSection>
  );
}
