import { Alert } from '@web/components/ui/alert';
import { CopyButton } from '@web/components/ui/copy-button';
import { describeError } from '@web/lib/api-client';
import { useNumberWebhooks } from './api';

/** The two URLs a number bought at the carrier needs, each with a copy button. */
export function WebhookUrlList() {
  const webhooks = useNumberWebhooks();
  if (webhooks.isPending) return <p className="text-[13px] text-slate-500">Loading the webhook addresses…</p>;
  if (webhooks.isError) return <Alert variant="error">{describeError(webhooks.error)}</Alert>;

  const urls = [
    { label: 'Voice webhook', hint: '“A call comes in”, HTTP POST', url: webhooks.data.voiceUrl },
    {
      label: 'Status callback',
      hint: '“Call status changes”, HTTP POST',
      url: webhooks.data.statusCallbackUrl,
    },
  ];
  return (
    <dl className="grid gap-2" aria-label="Webhook addresses">
      {urls.map(({ label, hint, url }) => (
        <div key={label} className="grid gap-1">
          <dt className="text-xs text-slate-600">
            <span className="font-medium text-slate-800">{label}</span> · {hint}
          </dt>
          <dd className="flex items-center gap-2">
            <code className="min-w-0 flex-1 truncate rounded border border-slate-200 bg-white px-2 py-1 font-mono text-xs text-slate-800">
              {url}
            </code>
            <CopyButton value={url} label="Copy" />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** On the Numbers tab: how to bring a number bought elsewhere. */
export function NumberWebhooksNote() {
  return (
    <Alert variant="info">
      <p className="mb-2">
        Numbers you bought at your carrier: set these on each number so its calls come here to be tracked and
        routed. Numbers bought here are set up for you.
      </p>
      <WebhookUrlList />
    </Alert>
  );
}
