import { formatPhone } from '@contracts/phone';
import { Alert } from '@web/components/ui/alert';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { CodeBlock } from '@web/components/ui/code-block';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { ApiError, describeError } from '@web/lib/api-client';
import { formatCents } from '@web/lib/format';
import { Eye, Send } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import {
  type BidRequestPreview,
  type BidTestResult,
  type SampleCall,
  usePreviewRtbTarget,
  useTestRtbTarget,
} from './api';
import { describeRejection, latencyText } from './rtb-labels';

/** The request as it goes on the wire: request line, headers, a blank line, the body. */
function requestText(request: BidRequestPreview): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`);
  return [`${request.method} ${request.url}`, ...headers, ...(request.body ? ['', request.body] : [])].join(
    '\n',
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 text-[13px]">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

function TestResultView({ result }: { result: BidTestResult }) {
  const { bid } = result;
  return (
    <section aria-label="Test result" className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        {result.valid ? (
          <Badge variant="success">Valid bid</Badge>
        ) : (
          <Badge variant="danger">{describeRejection(result.reason)}</Badge>
        )}
        {result.message && <span className="text-[13px] text-slate-600">{result.message}</span>}
      </div>
      <dl className="grid gap-1.5">
        <Fact label="HTTP status">{result.httpStatus ?? 'No answer'}</Fact>
        <Fact label="Latency">{latencyText(result.latencyMs)}</Fact>
        {bid && (
          <>
            <Fact label="Bid">{formatCents(bid.amountCents)}</Fact>
            <Fact label="Destination">{bid.destination ? formatPhone(bid.destination) : '—'}</Fact>
            {bid.sipAddress && <Fact label="SIP address">{bid.sipAddress}</Fact>}
            <Fact label="Expires in">{bid.expireInSeconds === null ? '—' : `${bid.expireInSeconds} s`}</Fact>
          </>
        )}
      </dl>
      {result.responseExcerpt !== null && (
        <div className="grid gap-1">
          <p className="text-xs font-medium text-slate-500">Answer (excerpt)</p>
          <CodeBlock className="whitespace-pre-wrap break-all">
            {result.responseExcerpt || '(empty)'}
          </CodeBlock>
        </div>
      )}
    </section>
  );
}

const fieldError = (error: unknown, field: string) =>
  error instanceof ApiError ? error.fieldErrors.find((f) => f.field === field)?.message : undefined;

/**
 * Preview renders the saved bidder's request for a sample call; Test sends it and shows how the
 * answer was read. Neither is logged nor counts against caps.
 */
export function BidderTryCard({ targetId, dirty }: { targetId: string; dirty: boolean }) {
  const preview = usePreviewRtbTarget(targetId);
  const test = useTestRtbTarget(targetId);
  const [sample, setSample] = useState({ callerId: '', callerState: '', callerZip: '' });
  const [shown, setShown] = useState<'preview' | 'test' | null>(null);
  const current = shown === 'test' ? test : preview;
  const error = shown && current.isError ? current.error : undefined;

  const sampleCall = (): SampleCall => ({
    callerId: sample.callerId.trim() || undefined,
    callerState: sample.callerState.trim() || undefined,
    callerZip: sample.callerZip.trim() || undefined,
  });
  const run = (which: 'preview' | 'test') => {
    setShown(which);
    (which === 'test' ? test : preview).mutate(sampleCall());
  };
  const input = (field: keyof typeof sample) => ({
    value: sample[field],
    onChange: (event: { target: { value: string } }) =>
      setSample((values) => ({ ...values, [field]: event.target.value })),
  });

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Preview and test</CardTitle>
          <CardDescription>
            A sample call against the saved bidder. Test sends the ping for real; neither is logged.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="grid gap-3">
        {dirty && <Alert variant="warning">You have unsaved changes: these use the saved settings.</Alert>}
        <div className="grid items-start gap-3 sm:grid-cols-[1fr_4.5rem_6rem]">
          <FormField label="Sample caller ID" error={fieldError(error, 'callerId')}>
            <Input type="tel" autoComplete="off" placeholder="(415) 555-0123" {...input('callerId')} />
          </FormField>
          <FormField label="State" error={fieldError(error, 'callerState')}>
            <Input autoComplete="off" maxLength={2} placeholder="CA" {...input('callerState')} />
          </FormField>
          <FormField label="ZIP" error={fieldError(error, 'callerZip')}>
            <Input autoComplete="off" inputMode="numeric" placeholder="94103" {...input('callerZip')} />
          </FormField>
        </div>
        <div className="flex gap-2">
          <Button type="button" variant="outline" loading={preview.isPending} onClick={() => run('preview')}>
            <Eye aria-hidden="true" />
            Preview
          </Button>
          <Button type="button" loading={test.isPending} onClick={() => run('test')}>
            <Send aria-hidden="true" />
            Test
          </Button>
        </div>
        {error !== undefined && <Alert variant="error">{describeError(error)}</Alert>}
        {shown === 'preview' && preview.data && (
          <section aria-label="Request preview" className="grid gap-1">
            <p className="text-xs font-medium text-slate-500">The request this bidder would get</p>
            <CodeBlock className="whitespace-pre-wrap break-all">{requestText(preview.data)}</CodeBlock>
          </section>
        )}
        {shown === 'test' && test.data && (
          <>
            <TestResultView result={test.data} />
            <details className="text-[13px]">
              <summary className="cursor-pointer text-slate-600">Request sent</summary>
              <CodeBlock className="mt-1 whitespace-pre-wrap break-all">
                {requestText(test.data.request)}
              </CodeBlock>
            </details>
          </>
        )}
      </CardContent>
    </Card>
  );
}
