import { formatPhone } from '@contracts/phone';
import type { PoolStats } from '@contracts/pools';
import { Badge } from '@web/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatDateTime } from '@web/lib/format';

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const formatTime = (iso: string) => timeOfDay.format(new Date(iso));

/** Each number of the pool: who holds it now, and what it has done so far. */
export function PoolNumbersTable({ numbers }: { numbers: PoolStats['numbers'] }) {
  if (numbers.length === 0) {
    return (
      <p className="px-4 py-3 text-[13px] text-slate-500">This pool has no numbers. Edit it to add some.</p>
    );
  }
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Assignments</TableHead>
          <TableHead className="text-right">Collisions</TableHead>
          <TableHead className="text-right">Calls</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {numbers.map((number) => (
          <TableRow key={number.numberId}>
            <TableCell className="font-medium text-slate-900 tabular-nums">
              {formatPhone(number.phoneNumber)}
            </TableCell>
            <TableCell>
              {number.inUse ? (
                <span className="inline-flex items-center gap-1.5">
                  <Badge variant="primary">In use</Badge>
                  {number.heldUntil && (
                    <span className="text-xs text-slate-500">until {formatTime(number.heldUntil)}</span>
                  )}
                </span>
              ) : (
                <Badge>Free</Badge>
              )}
            </TableCell>
            <TableCell className="text-right tabular-nums">{number.assignments}</TableCell>
            <TableCell
              className={
                number.collisions > 0 ? 'text-right text-amber-700 tabular-nums' : 'text-right tabular-nums'
              }
            >
              {number.collisions}
            </TableCell>
            <TableCell className="text-right tabular-nums">{number.calls}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/** The latest website visits that were lent a number, newest first. */
export function RecentSessionsTable({
  sessions,
  now,
}: {
  sessions: PoolStats['recentSessions'];
  now: number;
}) {
  if (sessions.length === 0) {
    return (
      <p className="px-4 py-3 text-[13px] text-slate-500">
        No visits yet. Install a tracking tag that uses this pool on your website.
      </p>
    );
  }
  return (
    <Table className="text-[13px]">
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead>Source</TableHead>
          <TableHead>Landing page</TableHead>
          <TableHead>First seen</TableHead>
          <TableHead>Last seen</TableHead>
          <TableHead>Session</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sessions.map((session) => (
          <TableRow key={session.id}>
            <TableCell className="font-medium text-slate-900 tabular-nums">
              {session.phoneNumber ? (
                formatPhone(session.phoneNumber)
              ) : (
                <span className="text-slate-400">Default</span>
              )}
            </TableCell>
            <TableCell>{session.utmSource ?? <span className="text-slate-400">Direct</span>}</TableCell>
            <TableCell className="max-w-64 truncate">
              {session.landingPage ? (
                <a
                  href={session.landingPage}
                  target="_blank"
                  rel="noreferrer"
                  title={session.landingPage}
                  className="text-indigo-600 hover:underline"
                >
                  {pathOf(session.landingPage)}
                </a>
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell className="tabular-nums">{formatDateTime(session.firstSeenAt)}</TableCell>
            <TableCell className="tabular-nums">{formatDateTime(session.lastSeenAt)}</TableCell>
            <TableCell>
              <span className="inline-flex items-center gap-1">
                {Date.parse(session.expiresAt) > now ? (
                  <Badge variant="success">Live</Badge>
                ) : (
                  <Badge>Ended</Badge>
                )}
                {session.collision && (
                  <Badge variant="warning" title="Given a number another live visit already held">
                    Collision
                  </Badge>
                )}
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
