import type { TwimlEntry } from '@contracts/calls';
import { CodeBlock } from '@web/components/ui/code-block';
import { ChevronRight } from 'lucide-react';
import { formatClock, formatXml } from './format';

const eventLabels: Record<string, string> = {
  voice: 'Incoming call',
  status: 'Status callback',
};

/** "dial-action:2" → "Dial result, attempt 2". */
function describeEvent(event: string): string {
  const [name, attempt] = event.split(':');
  if (name === 'dial-action') return attempt ? `Dial result, attempt ${attempt}` : 'Dial result';
  return eventLabels[name] ?? event;
}

/** What the app answered Twilio at each step; the first is open, the rest fold away. */
export function TwimlLog({ entries }: { entries: TwimlEntry[] }) {
  if (entries.length === 0) return <p className="px-4 py-3 text-[13px] text-slate-500">No TwiML was sent.</p>;
  return (
    <div className="divide-y divide-slate-200">
      {entries.map((entry, index) => (
        <details key={`${entry.step}-${entry.event}`} open={index === 0} className="group px-4 py-2">
          <summary className="flex cursor-pointer list-none items-center gap-2 text-[13px] select-none [&::-webkit-details-marker]:hidden">
            <ChevronRight
              className="size-4 text-slate-400 transition-transform group-open:rotate-90"
              aria-hidden="true"
            />
            <span className="font-medium text-slate-900">
              Step {entry.step} · {describeEvent(entry.event)}
            </span>
            <span className="text-xs text-slate-500 tabular-nums">{formatClock(entry.at)}</span>
          </summary>
          <CodeBlock className="mt-2">{formatXml(entry.twiml)}</CodeBlock>
        </details>
      ))}
    </div>
  );
}
