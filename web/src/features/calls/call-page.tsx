import type { CallDetail } from '@contracts/calls';
import { formatPhone } from '@contracts/phone';
import { PageHeader } from '@web/components/layout/page-header';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import { Card, CardHeader, CardTitle } from '@web/components/ui/card';
import { Spinner } from '@web/components/ui/spinner';
import { Stat } from '@web/components/ui/stat';
import { useAssistant } from '@web/features/assistant/assistant-context';
import { CallPixelsCard } from '@web/features/pixels/call-pixels-card';
import { describeError, isApiError } from '@web/lib/api-client';
import { formatCents, formatDateTime } from '@web/lib/format';
import { ChevronLeft, Disc3, MessageCircleQuestion } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { useCall } from './api';
import { AttemptsTable } from './attempts-table';
import { AttributionCard } from './attribution-card';
import { AuctionCard } from './auction-card';
import { CallStatusBadge, callStatusLabels } from './call-status-badge';
import { CallTimeline } from './call-timeline';
import { formatDuration } from './format';
import { PublisherCard } from './publisher-card';
import { TraceTable } from './trace-table';
import { TwimlLog } from './twiml-log';

const outcomeLabels: Record<string, string> = {
  routed: 'Routed to a target',
  fallback: 'Sent to the fallback',
  rejected: 'Rejected',
  no_route: 'No target available',
};

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-3 py-1.5">
      <dt className="text-[13px] text-slate-500">{label}</dt>
      <dd className="min-w-0 truncate text-[13px] text-slate-900">{children}</dd>
    </div>
  );
}

/** An RTB call has no buyer target: name the bidder whose bid was dialed last. */
function rtbWinner(call: CallDetail): string | undefined {
  const attempt = call.attempts.findLast((a) => a.rtbTargetId);
  return attempt ? `${attempt.targetName ?? 'Deleted bidder'} (RTB)` : undefined;
}

function CallDetails({ call }: { call: CallDetail }) {
  const place = [call.fromCity, call.fromState, call.fromZip].filter(Boolean).join(', ');
  return (
    <dl className="divide-y divide-slate-100 px-4 py-1.5">
      <Detail label="Campaign">
        {call.campaignId ? (
          <Link href={`~/campaigns/${call.campaignId}`} className="text-indigo-600 hover:underline">
            {call.campaignName}
          </Link>
        ) : (
          '—'
        )}
      </Detail>
      <Detail label="Target">{call.targetName ?? rtbWinner(call) ?? '—'}</Detail>
      <Detail label="Buyer">{call.buyerName ?? '—'}</Detail>
      <Detail label="Tracking number">{formatPhone(call.toNumber)}</Detail>
      <Detail label="Caller location">{place || '—'}</Detail>
      <Detail label="Outcome">{call.outcome ? (outcomeLabels[call.outcome] ?? call.outcome) : '—'}</Detail>
      <Detail label="Started">{formatDateTime(call.startedAt)}</Detail>
      <Detail label="Call SID">
        <code className="font-mono text-xs">{call.callSid}</code>
      </Detail>
      <Detail label="Recording">
        {call.recordingUrl ? (
          <a
            href={call.recordingUrl}
            target="_blank"
            rel="noreferrer"
            className="inline-flex items-center gap-1 text-indigo-600 hover:underline"
          >
            <Disc3 className="size-3.5" aria-hidden="true" />
            Listen
            {call.recordingDurationSeconds !== null && ` (${formatDuration(call.recordingDurationSeconds)})`}
          </a>
        ) : (
          'None'
        )}
      </Detail>
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader className="py-2.5">
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      {children}
    </Card>
  );
}

export function CallPage() {
  const { id } = useParams<{ id: string }>();
  const call = useCall(id);
  const { openAssistant } = useAssistant();
  const back = (
    <Link
      href="/"
      className="mb-1 inline-flex items-center gap-1 text-xs text-slate-500 hover:text-slate-800"
    >
      <ChevronLeft className="size-3.5" aria-hidden="true" />
      Calls
    </Link>
  );

  if (call.isPending) return <Spinner />;
  if (isApiError(call.error, 'NOT_FOUND')) {
    return <NotFoundCard title="Call not found" back={{ href: '/', label: 'Back to calls' }} />;
  }
  if (call.isError) return <Alert variant="error">{describeError(call.error)}</Alert>;

  const data = call.data;
  return (
    <>
      {back}
      <PageHeader
        title={`Call from ${formatPhone(data.fromNumber) || 'unknown caller'}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <CallStatusBadge status={data.status} />
            {data.converted && <Badge variant="success">Converted</Badge>}
            {data.isDuplicate && <Badge>Repeat caller</Badge>}
            <span>
              to {formatPhone(data.toNumber)} · {formatDateTime(data.startedAt)}
            </span>
          </span>
        }
        actions={
          <Button variant="outline" size="sm" onClick={() => openAssistant({ callId: data.id })}>
            <MessageCircleQuestion aria-hidden="true" />
            Ask about this call
          </Button>
        }
      />
      <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Stat label="Status" value={callStatusLabels[data.status]} />
        <Stat label="Duration" value={formatDuration(data.durationSeconds)} />
        <Stat label="Connected" value={formatDuration(data.connectedSeconds)} />
        <Stat label="Revenue" value={formatCents(data.revenueCents)} />
        <Stat label="Payout" value={formatCents(data.payoutCents)} />
        <Stat
          label="Profit"
          value={formatCents(data.profitCents)}
          tone={data.profitCents > 0 ? 'positive' : data.profitCents < 0 ? 'negative' : 'default'}
        />
      </dl>
      <div className="grid gap-4">
        <div className="grid gap-4 lg:grid-cols-2">
          <Section title="Timeline">
            <CallTimeline call={data} />
          </Section>
          <Section title="Details">
            <CallDetails call={data} />
          </Section>
        </div>
        {data.publisher && <PublisherCard publisher={data.publisher} payoutCents={data.payoutCents} />}
        {data.attribution && <AttributionCard attribution={data.attribution} />}
        <Section title="Routing decisions">
          <TraceTable entries={data.trace} />
        </Section>
        {data.auction.length > 0 && <AuctionCard auction={data.auction} />}
        <CallPixelsCard callId={data.id} />
        <Section title="Dial attempts">
          <AttemptsTable attempts={data.attempts} />
        </Section>
        <Section title="TwiML sent to Twilio">
          <TwimlLog entries={data.twiml} />
        </Section>
      </div>
    </>
  );
}
