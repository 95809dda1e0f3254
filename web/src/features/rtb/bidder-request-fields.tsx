import { FormField } from '@web/components/ui/form-field';
import { Textarea } from '@web/components/ui/textarea';
import { useWatch } from 'react-hook-form';
import { TEMPLATE_TOKENS } from './bidder-tokens';
import { FormSection } from './form-section';
import { HeaderRows } from './header-rows';
import { useBidderForm } from './use-bidder-form';

function TokenCheatSheet() {
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50/70 px-3 py-2 text-[13px]" open>
      <summary className="cursor-pointer font-medium text-slate-700">Tokens</summary>
      <p className="mt-1 text-xs text-slate-500">
        Replaced with the call’s values when the ping is sent, escaped for where they stand. In brackets,
        <code className="mx-1 font-mono">[A|B]</code>takes the first that has a value.
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]" aria-label="Template tokens">
        {TEMPLATE_TOKENS.map(({ names, description }) => (
          <div key={names[0]} className="contents">
            <dt className="flex flex-wrap gap-1">
              {names.map((name) => (
                <code
                  key={name}
                  className="rounded bg-white px-1 font-mono text-xs text-indigo-700 ring-1 ring-slate-200"
                >
                  {name}
                </code>
              ))}
            </dt>
            <dd className="text-xs text-slate-600">{description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function BidderRequestFields() {
  const { control, register, formState } = useBidderForm();
  const method = useWatch({ control, name: 'method' });

  return (
    <FormSection title="Request" description="What each ping carries: its headers and body.">
      <div className="grid gap-5">
        <HeaderRows
          name="headers"
          legend="Headers"
          hint="Sent with every ping, besides the content type and any authentication."
          rowLabel="Header"
          namePlaceholder="X-Name"
          addLabel="Add header"
        />
        <FormField
          label="Request template"
          error={formState.errors.requestTemplate?.message}
          hint={
            method === 'GET'
              ? 'For GET, the template is the query string, e.g. state={callerState}&zip={callerZip}.'
              : 'The body of each ping, usually JSON, with tokens where the call’s values go.'
          }
        >
          <Textarea
            rows={9}
            spellCheck={false}
            className="font-mono text-xs"
            {...register('requestTemplate')}
          />
        </FormField>
        <TokenCheatSheet />
      </div>
    </FormSection>
  );
}
