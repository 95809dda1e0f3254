import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { CodeBlock } from '@web/components/ui/code-block';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { CopyButton } from '@web/components/ui/copy-button';
import { Spinner } from '@web/components/ui/spinner';
import { describeError } from '@web/lib/api-client';
import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { usePostbackUrl, useRotatePostbackUrl } from './api';

/**
 * The account's conversion postback URL: trackers and CRMs POST to it when a sale is confirmed
 * after the call. It is a secret, so only owners and managers see it.
 */
export function PostbackPanel({ editable }: { editable: boolean }) {
  const postback = usePostbackUrl(editable);
  const rotate = useRotatePostbackUrl();
  const [confirming, setConfirming] = useState(false);
  if (!editable) {
    return (
      <div className="p-4 text-[13px] text-slate-600">Only owners and managers can see the postback URL.</div>
    );
  }
  if (postback.isPending) return <Spinner />;
  if (postback.isError)
    return (
      <div className="p-4">
        <Alert variant="error">{describeError(postback.error)}</Alert>
      </div>
    );
  const url = postback.data.url;
  return (
    <div className="grid max-w-3xl gap-4 p-4 text-[13px]">
      <p className="text-slate-600">
        When a sale is confirmed after the call, your tracker or CRM sends a <code>POST</code> here and the
        call becomes converted, at the revenue it reports (in dollars). Send the call’s id (the{' '}
        <code>{'{callId}'}</code> token of a pixel) or the click id of the caller’s visit (
        <code>{'{clickId}'}</code>). Repeating a postback changes nothing.
      </p>
      {url ? (
        <>
          <div className="flex items-center gap-2">
            <CodeBlock className="min-w-0 flex-1 truncate" data-testid="postback-url">
              {`${url}?callId={callId}&revenue={revenue}`}
            </CodeBlock>
            <CopyButton value={`${url}?callId={callId}&revenue={revenue}`} />
          </div>
          <p className="text-slate-500">Or by click id: {`${url}?clickId={clickId}&revenue=12.50`}</p>
        </>
      ) : (
        <Alert>No postback URL yet. Generate one to let trackers confirm sales.</Alert>
      )}
      {rotate.isError && !confirming && <Alert variant="error">{describeError(rotate.error)}</Alert>}
      <div>
        <Button
          variant={url ? 'outline' : 'default'}
          size="sm"
          loading={rotate.isPending}
          onClick={() => (url ? setConfirming(true) : rotate.mutate())}
        >
          <KeyRound aria-hidden="true" />
          {url ? 'Generate a new URL' : 'Generate postback URL'}
        </Button>
        {url && (
          <p className="mt-1.5 text-xs text-slate-500">A new URL stops the current one from working.</p>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Generate a new postback URL?"
        description="Trackers still posting to the current URL are refused until you give them the new one."
        confirmLabel="Generate"
        pending={rotate.isPending}
        error={rotate.isError ? describeError(rotate.error) : undefined}
        onConfirm={() => rotate.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      />
    </div>
  );
}
