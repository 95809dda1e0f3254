import { branchesOf, type FlowIssue, NODE_LABELS } from '@contracts/flows';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { FormField } from '@web/components/ui/form-field';
import { OptionSelect } from '@web/components/ui/option-select';
import { cn } from '@web/lib/utils';
import { Trash2 } from 'lucide-react';
import { useCallback } from 'react';
import { useCanvasOverlay } from './canvas-overlay';
import type { CanvasNode } from './flow-graph';
import { branchLabel, nodeKinds, summarizeNode } from './node-catalog';
import { NodeConfigForm } from './node-forms/node-config-form';
import type { FlowEditor } from './use-flow-editor';

const NOWHERE = '__nowhere__';

/** Where each of the node's branches leads: the keyboard's way to connect what the canvas connects by dragging. */
function BranchTargets({
  node,
  editor,
  editable,
}: {
  node: CanvasNode;
  editor: FlowEditor;
  editable: boolean;
}) {
  const { names } = useCanvasOverlay();
  const targets = editor.nodes.filter((other) => other.id !== node.id && other.data.type !== 'start');
  const options = [
    { value: NOWHERE, label: 'Not connected' },
    ...targets.map((other) => ({
      value: other.id,
      label: `${NODE_LABELS[other.data.type]}: ${summarizeNode(other.data.type, other.data.config, names)}`,
    })),
  ];
  const branches = branchesOf(node.data);
  if (branches.length === 0) return null;
  return (
    <fieldset className="grid gap-2 border-t border-slate-200 pt-3">
      <legend className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">Connections</legend>
      {branches.map((branch) => {
        const edge = editor.edges.find(
          (candidate) => candidate.source === node.id && candidate.sourceHandle === branch,
        );
        return (
          <FormField key={branch} label={`${branchLabel(node.data.type, branch)} goes to`}>
            <OptionSelect
              value={edge?.target ?? NOWHERE}
              disabled={!editable}
              onChange={(to) => editor.setBranchTarget(node.id, branch, to === NOWHERE ? null : to)}
              options={options}
            />
          </FormField>
        );
      })}
    </fieldset>
  );
}

/** The selected node: what is wrong with it, its config form, and where its branches lead. */
export function NodePanel({
  node,
  issues,
  editor,
  editable,
}: {
  node: CanvasNode;
  issues: FlowIssue[];
  editor: FlowEditor;
  editable: boolean;
}) {
  const kind = nodeKinds[node.data.type];
  const Icon = kind.icon;
  const { updateConfig } = editor;
  const onChange = useCallback(
    (config: Record<string, unknown>) => updateConfig(node.id, config),
    [node.id, updateConfig],
  );

  return (
    <section aria-label={`${NODE_LABELS[node.data.type]} settings`} className="grid gap-3">
      <div className="flex items-center gap-2">
        <span className={cn('flex size-7 items-center justify-center rounded', kind.tone)}>
          <Icon className="size-4" aria-hidden="true" />
        </span>
        <div className="min-w-0 flex-1">
          <h2 className="text-sm font-semibold text-slate-900">{NODE_LABELS[node.data.type]}</h2>
          <p className="truncate text-xs text-slate-500">{kind.description}</p>
        </div>
        {editable && node.data.type !== 'start' && (
          <Button
            size="icon"
            variant="ghost"
            aria-label="Delete node"
            onClick={() => editor.removeNode(node.id)}
          >
            <Trash2 aria-hidden="true" />
          </Button>
        )}
      </div>
      {issues.length > 0 && (
        <Alert variant="error">
          <ul className="grid gap-0.5">
            {issues.map((issue) => (
              <li key={`${issue.field ?? ''}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      <fieldset disabled={!editable} className="min-w-0">
        <NodeConfigForm key={node.id} type={node.data.type} config={node.data.config} onChange={onChange} />
      </fieldset>
      <BranchTargets node={node} editor={editor} editable={editable} />
    </section>
  );
}
