import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { Switch } from '@web/components/ui/switch';
import { PolicySelect } from '@web/features/buyers/target-advanced-fields';
import { useId } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { FormSection } from './form-section';
import { HeaderRows } from './header-rows';
import { useBidderForm } from './use-bidder-form';

export function BidderAdvancedFields() {
  const { control, register, formState } = useBidderForm();
  const { errors } = formState;
  const policy = useWatch({ control, name: 'callerIdPolicy' });
  const forceId = useId();

  return (
    <FormSection title="Advanced" description="How a won call is dialed.">
      <div className="grid gap-5">
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <ControlledFormField
            control={control}
            name="callerIdPolicy"
            label="Caller ID"
            hint="The number the buyer sees."
            render={(field) => <PolicySelect {...field} />}
          />
          {policy === 'fixed' && (
            <FormField label="Caller ID number" error={errors.callerIdNumber?.message}>
              <Input type="tel" autoComplete="off" {...register('callerIdNumber')} />
            </FormField>
          )}
          <FormField
            label="DTMF on answer"
            error={errors.dtmfOnAnswer?.message}
            hint="Digits played to the buyer when they answer; w waits half a second."
          >
            <Input
              autoComplete="off"
              spellCheck={false}
              placeholder="e.g. ww1"
              {...register('dtmfOnAnswer')}
            />
          </FormField>
          <Controller
            control={control}
            name="forceE164"
            render={({ field }) => (
              <div className="grid gap-1.5 sm:col-span-2">
                <div className="flex items-center gap-2">
                  <Switch
                    id={forceId}
                    checked={field.value}
                    onCheckedChange={field.onChange}
                    ref={field.ref}
                  />
                  <Label htmlFor={forceId}>Force E.164</Label>
                </div>
                <p className="text-xs text-slate-500">
                  Read a bare digit string in a bid as an international number without its plus
                  (447911123456), not as a US number.
                </p>
              </div>
            )}
          />
        </div>
        <HeaderRows
          name="sipHeaders"
          legend="SIP headers"
          hint="Sent when the winning bid is a SIP address. Names start with X-, e.g. X-Campaign."
          rowLabel="SIP header"
          namePlaceholder="X-Name"
          addLabel="Add SIP header"
        />
      </div>
    </FormSection>
  );
}
