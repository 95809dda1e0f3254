import type { RtbTarget } from '@contracts/rtb';
import { Badge } from '@web/components/ui/badge';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { useWatch } from 'react-hook-form';
import { FormSection } from './form-section';
import { useBidderForm } from './use-bidder-form';

const authOptions = [
  { value: 'none', label: 'None', description: 'The endpoint needs no credentials' },
  { value: 'header', label: 'Header', description: 'A fixed key in a request header' },
  { value: 'hmac', label: 'HMAC signature', description: 'X-Signature over the body, with X-Timestamp' },
] as const;

function StoredHint({ stored, what }: { stored: boolean; what: string }) {
  if (!stored) return <>Write-only: it is never shown again once saved.</>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Badge variant="success">Stored</Badge>
      Leave empty to keep the stored {what}; type a new one to replace it.
    </span>
  );
}

/** `stored` is what the saved bidder has; secrets never come back, only whether one is kept. */
export function BidderAuthFields({ stored }: { stored: RtbTarget['auth'] | undefined }) {
  const { control, register, formState } = useBidderForm();
  const type = useWatch({ control, name: 'auth.type' });
  const errors = formState.errors.auth;
  const keeps = stored?.type === type && stored.hasSecret;

  return (
    <FormSection title="Auth" description="How the bidder knows a ping comes from you.">
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <ControlledFormField
          control={control}
          name="auth.type"
          label="Authentication"
          render={(field) => <OptionSelect {...field} options={authOptions} />}
        />
        {type === 'header' && (
          <>
            <FormField label="Header name" error={errors?.headerName?.message}>
              <Input
                autoComplete="off"
                spellCheck={false}
                placeholder="X-Api-Key"
                {...register('auth.headerName')}
              />
            </FormField>
            <FormField
              label="Header value"
              error={errors?.headerValue?.message}
              hint={<StoredHint stored={keeps} what="value" />}
              className="sm:col-span-2"
            >
              <Input
                type="password"
                autoComplete="new-password"
                placeholder={keeps ? '••••••••' : undefined}
                {...register('auth.headerValue')}
              />
            </FormField>
          </>
        )}
        {type === 'hmac' && (
          <p className="text-xs text-slate-500 sm:col-span-2">
            Each ping carries <code className="font-mono">X-Timestamp</code> (Unix seconds) and{' '}
            <code className="font-mono">X-Signature</code>: the hex HMAC-SHA256 of the timestamp, a dot and
            the body.
          </p>
        )}
        {type === 'hmac' && (
          <FormField
            label="HMAC secret"
            error={errors?.secret?.message}
            hint={<StoredHint stored={keeps} what="secret" />}
            className="sm:col-span-2"
          >
            <Input
              type="password"
              autoComplete="new-password"
              placeholder={keeps ? '••••••••' : 'At least 16 characters'}
              {...register('auth.secret')}
            />
          </FormField>
        )}
      </div>
    </FormSection>
  );
}
