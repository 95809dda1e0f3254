import type { CallPublisher } from '@contracts/publishers';
import { Badge } from '@web/components/ui/badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { formatCents, formatDateTime } from '@web/lib/format';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-3 py-1.5">
      <dt className="text-[13px] text-slate-500">{label}</dt>
      <dd className="min-w-0 truncate text-[13px] text-slate-900">{children ?? '—'}</dd>
    </div>
  );
}

const payoutBadges = { paid: 'success', capped: 'warning', unpaid: 'default' } as const;

/** Who brought the call, what it earned them, and the inbound RTB bid the caller was pinged with. */
export function PublisherCard({ publisher, payoutCents }: { publisher: CallPublisher; payoutCents: number }) {
  const { bid } = publisher;
  const state = publisher.payoutState as keyof typeof payoutBadges | null;
  return (
    <Card data-testid="call-publisher">
      <CardHeader className="py-2.5">
        <div>
          <CardTitle>Publisher</CardTitle>
          <CardDescription>Who brought this call and what it pays them.</CardDescription>
        </div>
      </CardHeader>
      <dl className="grid px-4 py-1.5 lg:grid-cols-2 lg:gap-x-8 [&>div]:border-b [&>div]:border-slate-100">
        <Row label="Publisher">
          {publisher.id ? (
            <Link href={`~/publishers/${publisher.id}`} className="text-indigo-600 hover:underline">
              {publisher.name}
            </Link>
          ) : (
            publisher.name
          )}
        </Row>
        <Row label="Payout">
          <span className="flex items-center gap-2">
            <span className="tabular-nums">{formatCents(payoutCents)}</span>
            {state && <Badge variant={payoutBadges[state] ?? 'default'}>{state}</Badge>}
          </span>
        </Row>
        <Row label="Why">{publisher.payoutNote}</Row>
        {bid && (
          <>
            <Row label="Inbound bid">
              <span className="tabular-nums">{formatCents(bid.amountCents)}</span>{' '}
              <span className="text-slate-500">
                ({bid.withinExpiry ? 'called within expiry' : 'expired'})
              </span>
            </Row>
            <Row label="Pinged">{formatDateTime(bid.pingedAt)}</Row>
            <Row label="Bid expired">{formatDateTime(bid.expiresAt)}</Row>
          </>
        )}
      </dl>
    </Card>
  );
}
