import { formatPhone } from '@contracts/phone';
import type { BidRequest } from '@contracts/rtb';
import { Badge } from '@web/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCallTime } from '@web/features/calls/format';
import { formatCents } from '@web/lib/format';
import { Link } from 'wouter';
import { describeRejection, latencyText } from './rtb-labels';

const muted = <span className="text-slate-400">—</span>;

function Verdict({ request }: { request: BidRequest }) {
  if (request.valid) return <Badge variant="success">Valid</Badge>;
  // The message (the bidder's own reason, the HTTP error…) is the detail behind the code.
  return (
    <span className="inline-flex max-w-72 items-center gap-1.5" title={request.message ?? undefined}>
      <Badge variant={request.sent ? 'danger' : 'default'}>{describeRejection(request.reason)}</Badge>
      {request.message && <span className="truncate text-xs text-slate-500">{request.message}</span>}
    </span>
  );
}

/**
 * Pings as the bid log stores them. On a call's page each row is one bidder of its auction; in the
 * log, `showCall` adds when and for which call.
 */
export function BidRequestsTable({
  requests,
  showCall = false,
}: {
  requests: BidRequest[];
  showCall?: boolean;
}) {
  return (
    <Table className="text-[13px]">
      <TableHeader>
        <TableRow>
          {showCall && <TableHead>Time</TableHead>}
          <TableHead>Bidder</TableHead>
          {showCall && <TableHead>Call</TableHead>}
          <TableHead className="text-right">Bid</TableHead>
          <TableHead>Destination</TableHead>
          <TableHead className="text-right">Latency</TableHead>
          <TableHead className="text-right">HTTP</TableHead>
          <TableHead>Result</TableHead>
          <TableHead className="text-right">Rank</TableHead>
          <TableHead>
            <span className="sr-only">Dialed</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {requests.map((request) => (
          <TableRow key={request.id} data-dialed={request.dialed || undefined}>
            {showCall && <TableCell className="tabular-nums">{formatCallTime(request.createdAt)}</TableCell>}
            <TableCell className="font-medium text-slate-900">
              {request.rtbTargetId ? (
                <Link
                  href={`~/rtb/bidders/${request.rtbTargetId}`}
                  className="hover:text-indigo-700 hover:underline"
                >
                  {request.targetName ?? 'Bidder'}
                </Link>
              ) : (
                (request.targetName ?? 'Deleted bidder')
              )}
            </TableCell>
            {showCall && (
              <TableCell>
                {request.callId ? (
                  <Link href={`~/calls/${request.callId}`} className="text-indigo-600 hover:underline">
                    View call
                  </Link>
                ) : (
                  muted
                )}
              </TableCell>
            )}
            <TableCell className="text-right tabular-nums">{formatCents(request.amountCents)}</TableCell>
            <TableCell
              className="max-w-56 truncate"
              title={request.sipAddress ?? request.destination ?? undefined}
            >
              {request.sipAddress ?? (request.destination ? formatPhone(request.destination) : muted)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{latencyText(request.latencyMs)}</TableCell>
            <TableCell className="text-right tabular-nums">{request.httpStatus ?? muted}</TableCell>
            <TableCell>
              <Verdict request={request} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{request.rank ?? muted}</TableCell>
            <TableCell>{request.dialed && <Badge variant="primary">Dialed</Badge>}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
