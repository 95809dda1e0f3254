import { CallStatus, type TraceEntry } from '@contracts/calls';
import { Badge } from '@web/components/ui/badge';
import { CodeBlock } from '@web/components/ui/code-block';
import { callStatusLabels } from '@web/features/calls/call-status-badge';
import { formatClock, formatXml } from '@web/features/calls/format';
import { TraceTable } from '@web/features/calls/trace-table';

export type TestCallStep = {
  id: number;
  title: string;
  at: string;
  status: string | null;
  /** The TwiML the app answered Twilio with at this step; null when the event asked for none. */
  twiml: string | null;
  /** Only the decisions this step added. */
  trace: TraceEntry[];
};

const describeStatus = (status: string) => {
  const known = CallStatus.safeParse(status);
  return known.success ? callStatusLabels[known.data] : status;
};

export type TestCall = { callId: string | null; callSid: string; steps: TestCallStep[]; ended: boolean };

/**
 * Where a test call stands, read from the last TwiML the app sent: a target dialed with a status
 * callback is still on the line (ringing or answered) and holds its capacity until the call ends;
 * anything else (the fallback, a goodbye) leaves nothing for Twilio's side to drive.
 */
export function testCallPhase(call: TestCall): 'ended' | 'on-target' | 'on-hold' | 'fallback' {
  if (call.ended) return 'ended';
  const twiml = call.steps.findLast((step) => step.twiml !== null)?.twiml ?? '';
  if (/<(?:Number|Sip)\b[^>]*\sstatusCallback=/.test(twiml)) return 'on-target';
  // An agent group's queue: hold audio, then a <Redirect> back to the queue.
  return /<Redirect\b/.test(twiml) ? 'on-hold' : 'fallback';
}

function StepView({ step, number }: { step: TestCallStep; number: number }) {
  return (
    <li
      className="grid grid-cols-[minmax(0,1fr)] gap-2 border-t border-slate-200 px-4 py-3"
      data-testid="test-call-step"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="flex size-5 items-center justify-center rounded-full bg-indigo-100 text-[11px] font-semibold text-indigo-700">
          {number}
        </span>
        <h3 className="text-[13px] font-semibold text-slate-900">{step.title}</h3>
        <span className="text-xs text-slate-500 tabular-nums">{formatClock(step.at)}</span>
        {step.status && <Badge>Call status: {describeStatus(step.status)}</Badge>}
      </div>
      <div className="min-w-0 space-y-1">
        <p className="text-xs font-medium text-slate-500">Routing decisions</p>
        {step.trace.length > 0 ? (
          <div className="rounded-md border border-slate-200">
            <TraceTable entries={step.trace} />
          </div>
        ) : (
          <p className="text-[13px] text-slate-500">No new decisions.</p>
        )}
      </div>
      <div className="min-w-0 space-y-1">
        <p className="text-xs font-medium text-slate-500">TwiML sent to Twilio</p>
        {step.twiml ? (
          <CodeBlock>{formatXml(step.twiml)}</CodeBlock>
        ) : (
          <p className="text-[13px] text-slate-500">None: this event only reported the call's progress.</p>
        )}
      </div>
    </li>
  );
}

/** Every step of a test call in order: what the app answered and what the router decided. */
export function TestCallStory({ steps }: { steps: TestCallStep[] }) {
  return (
    <ol aria-label="Test call steps">
      {steps.map((step, index) => (
        <StepView key={step.id} step={step} number={index + 1} />
      ))}
    </ol>
  );
}
