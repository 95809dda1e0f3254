import { Spinner } from '@web/components/ui/spinner';
import { usePixelTokens } from './api';

/** The tokens a pixel may use, as the server knows them, folded away until asked for. */
export function TokenHelp() {
  const tokens = usePixelTokens();
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-[13px]">
      <summary className="cursor-pointer font-medium text-slate-700">Tokens you can use</summary>
      <p className="mt-2 text-xs text-slate-500">
        Put them in the URL, header values or body; each is replaced with the call’s value when the pixel
        fires, escaped for where it lands.
      </p>
      {tokens.isPending ? (
        <Spinner />
      ) : (
        <dl className="mt-2 grid gap-1.5">
          {tokens.data?.map((token) => (
            <div key={token.names.join()} className="grid gap-0.5 sm:grid-cols-[14rem_1fr] sm:gap-3">
              <dt className="font-mono text-xs text-slate-900">{token.names.join(' ')}</dt>
              <dd className="text-xs text-slate-600">{token.description}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}
