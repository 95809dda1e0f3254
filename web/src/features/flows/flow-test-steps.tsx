import { type FlowTestStep, NODE_LABELS } from '@contracts/flows';
import { CodeBlock } from '@web/components/ui/code-block';
import { formatXml } from '@web/features/calls/format';
import { branchLabel } from './node-catalog';

export type FlowTestEntry = {
  id: number;
  title: string;
  step: FlowTestStep;
  /** How much of the path earlier steps had walked; the rest is this step's. */
  seenBefore: number;
};

function StepView({ entry, number }: { entry: FlowTestEntry; number: number }) {
  const { step } = entry;
  // The node a step resumed from is walked again (left by a branch now), so start one back.
  const walked = step.path.slice(Math.max(0, entry.seenBefore - 1));
  const variables = Object.entries(step.variables);
  return (
    <li className="grid gap-1.5 border-t border-slate-200 pt-2" data-testid="flow-test-step">
      <div className="flex items-center gap-2">
        <span className="flex size-5 items-center justify-center rounded-full bg-indigo-100 text-[11px] font-semibold text-indigo-700">
          {number}
        </span>
        <h3 className="text-[13px] font-semibold text-slate-900">{entry.title}</h3>
      </div>
      <ol className="flex flex-wrap items-center gap-1 text-[11px]" aria-label="Path">
        {walked.map((node) => (
          <li
            key={`${node.nodeId}@${node.at}`}
            className="rounded bg-emerald-50 px-1.5 py-0.5 text-emerald-800 ring-1 ring-emerald-200"
          >
            {NODE_LABELS[node.type]}
            {node.branch && (
              <span className="text-emerald-600"> → {branchLabel(node.type, node.branch)}</span>
            )}
          </li>
        ))}
      </ol>
      {variables.length > 0 && (
        <p className="text-[11px] text-slate-500">
          {variables.map(([name, value]) => `${name} = ${value}`).join(' · ')}
        </p>
      )}
      {step.twiml && <CodeBlock className="max-h-60 text-[11px]">{formatXml(step.twiml)}</CodeBlock>}
    </li>
  );
}

/** Each step of the test call in order: what the caller did, the nodes it went through, the TwiML answered. */
export function FlowTestSteps({ entries }: { entries: FlowTestEntry[] }) {
  return (
    <ol className="grid gap-2" aria-label="Test call steps">
      {entries.map((entry, index) => (
        <StepView key={entry.id} entry={entry} number={index + 1} />
      ))}
    </ol>
  );
}
