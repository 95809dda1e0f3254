import type { CallDetail } from '@contracts/calls';
import { formatPhone } from '@contracts/phone';
import { cn } from '@web/lib/utils';
import { callStatusLabels } from './call-status-badge';
import { formatClock, formatDuration } from './format';

type Moment = { at: string; label: string; detail?: string; tone: 'start' | 'dial' | 'good' | 'bad' | 'end' };

const dots = {
  start: 'bg-indigo-500',
  dial: 'bg-slate-400',
  good: 'bg-emerald-500',
  bad: 'bg-amber-500',
  end: 'bg-slate-700',
} as const;

function momentsOf(call: CallDetail): Moment[] {
  const moments: Moment[] = [
    {
      at: call.startedAt,
      label: 'Call started',
      detail: `${formatPhone(call.fromNumber) || 'Unknown caller'} → ${formatPhone(call.toNumber)}`,
      tone: 'start',
    },
  ];
  for (const attempt of call.attempts) {
    const name = attempt.targetName ?? 'target';
    const destination = attempt.destination.startsWith('+')
      ? formatPhone(attempt.destination)
      : attempt.destination;
    moments.push({
      at: attempt.startedAt,
      label: `Dialed ${name}`,
      detail: `Attempt ${attempt.attempt} · ${destination}`,
      tone: 'dial',
    });
    if (attempt.answeredAt) moments.push({ at: attempt.answeredAt, label: `${name} answered`, tone: 'good' });
    if (attempt.endedAt) {
      const connected = attempt.connectedSeconds ? ` after ${formatDuration(attempt.connectedSeconds)}` : '';
      moments.push({
        at: attempt.endedAt,
        label: `Attempt ${attempt.attempt} ended`,
        detail: `${attempt.status}${connected}`,
        tone: attempt.answeredAt ? 'dial' : 'bad',
      });
    }
  }
  if (call.answeredAt && !call.attempts.some((attempt) => attempt.answeredAt)) {
    moments.push({ at: call.answeredAt, label: 'Call answered', tone: 'good' });
  }
  if (call.endedAt) {
    moments.push({
      at: call.endedAt,
      label: 'Call ended',
      detail: `${callStatusLabels[call.status]} · ${formatDuration(call.durationSeconds)} total`,
      tone: 'end',
    });
  }
  // Stable: moments with the same instant keep the order they happen in.
  return moments
    .map((moment, index) => ({ moment, index }))
    .sort((a, b) => Date.parse(a.moment.at) - Date.parse(b.moment.at) || a.index - b.index)
    .map(({ moment }) => moment);
}

export function CallTimeline({ call }: { call: CallDetail }) {
  return (
    <ol className="relative grid gap-3 px-4 py-3">
      {momentsOf(call).map((moment) => (
        <li
          key={`${moment.at}-${moment.label}`}
          className="grid grid-cols-[5.5rem_0.75rem_1fr] items-start gap-2"
        >
          <span className="pt-px text-right text-xs text-slate-500 tabular-nums">
            {formatClock(moment.at)}
          </span>
          <span
            className={cn('mt-1 size-2.5 rounded-full ring-2 ring-white', dots[moment.tone])}
            aria-hidden="true"
          />
          <span className="min-w-0">
            <span className="block text-[13px] font-medium text-slate-900">{moment.label}</span>
            {moment.detail && <span className="block truncate text-xs text-slate-500">{moment.detail}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
