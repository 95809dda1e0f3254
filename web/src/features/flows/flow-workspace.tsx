import type { Flow, FlowTestStep, NodeType } from '@contracts/flows';
import { DetailHeader } from '@web/components/layout/detail-header';
import { Alert } from '@web/components/ui/alert';
import { Badge } from '@web/components/ui/badge';
import { Card } from '@web/components/ui/card';
import { useAgentGroups } from '@web/features/agents/api';
import { useTargets } from '@web/features/buyers/api';
import { useRtbRouters } from '@web/features/rtb/api';
import { describeError } from '@web/lib/api-client';
import { Panel, useReactFlow } from '@xyflow/react';
import { useMemo, useRef, useState } from 'react';
import { useFlowAnalytics } from './api';
import { type CanvasOverlay, CanvasOverlayContext, groupIssuesByNode } from './canvas-overlay';
import { FlowActions } from './flow-actions';
import { FlowCanvas } from './flow-canvas';
import { NODE_SPACING, nextFreeSpot } from './flow-graph';
import { FlowSidePanel } from './flow-side-panel';
import { FlowStatusBadge } from './flow-status-badge';
import { NodePalette } from './node-palette';
import { useDraftIssues } from './use-draft-issues';
import { useFlowEditor } from './use-flow-editor';

/** Test-call edges the call went along, by edge id (`from:branch`). */
const pathEdgeIds = (step: FlowTestStep | null) =>
  new Set(
    (step?.path ?? []).flatMap((entry, index, path) =>
      entry.branch && path[index + 1] ? [`${entry.nodeId}:${entry.branch}`] : [],
    ),
  );

/** Whether the draft can be published, or what stands in the way. */
function DraftReadiness({ problems, upToDate }: { problems: number; upToDate: boolean }) {
  if (problems > 0) {
    return (
      <span className="text-red-600">
        {problems} {problems === 1 ? 'problem' : 'problems'} to fix before publishing
      </span>
    );
  }
  return (
    <span className="text-emerald-700">
      {upToDate ? 'The live version is up to date' : 'Ready to publish'}
    </span>
  );
}

/** The editor: palette, canvas and side panel, with saving and publishing in the header. */
export function FlowWorkspace({
  flow,
  back,
  editable,
}: {
  flow: Flow;
  back: { href: string; label: string };
  editable: boolean;
}) {
  const editor = useFlowEditor(flow.definition);
  const draft = useDraftIssues(editor.definition, {
    campaignId: flow.campaignId,
    initial: flow.validation.errors,
    editable,
  });
  const [showAnalytics, setShowAnalytics] = useState(false);
  const analytics = useFlowAnalytics(flow.id, showAnalytics);
  const [testStep, setTestStep] = useState<FlowTestStep | null>(null);
  const targets = useTargets();
  const routers = useRtbRouters();
  const groups = useAgentGroups();
  const { screenToFlowPosition, setCenter, getZoom } = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);

  const overlay = useMemo<CanvasOverlay>(() => {
    const namesOf = {
      target: new Map(targets.data?.map((target) => [target.id, target.name])),
      rtbRouter: new Map(routers.data?.map((router) => [router.id, router.name])),
      agentGroup: new Map(groups.data?.map((group) => [group.id, group.name])),
    };
    return {
      issues: groupIssuesByNode(draft.issues),
      analytics:
        showAnalytics && analytics.data
          ? new Map(analytics.data.nodes.map((node) => [node.nodeId, node]))
          : null,
      path: new Set(testStep?.path.map((entry) => entry.nodeId)),
      currentNodeId: testStep?.ended ? null : (testStep?.currentNodeId ?? null),
      names: (kind, id) => namesOf[kind].get(id),
    };
  }, [draft.issues, showAnalytics, analytics.data, testStep, targets.data, routers.data, groups.data]);

  const onPath = pathEdgeIds(testStep);
  const edges = editor.edges.map((edge) =>
    onPath.has(edge.id) ? { ...edge, animated: true, style: { stroke: '#10b981', strokeWidth: 2.5 } } : edge,
  );

  // A click in the palette puts the node to the right of the selected (or newest) node, as the next step.
  const addNext = (type: NodeType) => {
    const anchor = editor.selected ?? editor.nodes.at(-1);
    const box = canvasRef.current?.getBoundingClientRect();
    const position = anchor
      ? nextFreeSpot(editor.nodes, { x: anchor.position.x + NODE_SPACING.x, y: anchor.position.y })
      : screenToFlowPosition({ x: (box?.left ?? 0) + (box?.width ?? 0) / 2, y: (box?.top ?? 0) + 80 });
    editor.addNode(type, position);
    setCenter(position.x + NODE_SPACING.x / 2, position.y + 60, { zoom: getZoom(), duration: 200 });
  };

  const flowIssues = draft.issues.filter((issue) => !issue.nodeId);

  return (
    <>
      <DetailHeader
        back={back}
        title={flow.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <FlowStatusBadge flow={flow} />
            <span>{flow.campaignName ? `Runs on ${flow.campaignName}` : 'No campaign yet'}</span>
            {editor.dirty && <Badge variant="warning">Unsaved changes</Badge>}
            <DraftReadiness
              problems={draft.issues.length}
              upToDate={!editor.dirty && !flow.hasUnpublishedChanges && flow.publishedVersion !== null}
            />
          </span>
        }
        actions={
          <FlowActions
            flow={flow}
            editor={editor}
            editable={editable}
            showAnalytics={showAnalytics}
            onToggleAnalytics={() => setShowAnalytics((shown) => !shown)}
            onIssues={draft.report}
          />
        }
      />
      {flowIssues.length > 0 && (
        <Alert variant="error" className="mb-3">
          <ul className="grid gap-0.5">
            {flowIssues.map((issue) => (
              <li key={issue.message}>{issue.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {showAnalytics && analytics.isError && (
        <Alert variant="error" className="mb-3">
          {describeError(analytics.error)}
        </Alert>
      )}
      <CanvasOverlayContext.Provider value={overlay}>
        <Card className="flex h-[calc(100vh-12rem)] min-h-[30rem] overflow-hidden">
          <NodePalette onAdd={addNext} disabled={!editable} />
          <section ref={canvasRef} className="min-w-0 flex-1" aria-label="Flow canvas">
            <FlowCanvas
              nodes={editor.nodes}
              edges={edges}
              editable={editable}
              onNodesChange={editor.onNodesChange}
              onEdgesChange={editor.onEdgesChange}
              onConnect={editor.onConnect}
              onDropNode={editor.addNode}
            >
              {showAnalytics && analytics.data && (
                <Panel
                  position="top-left"
                  className="rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-xs text-slate-600 shadow-xs"
                >
                  {analytics.data.version === null
                    ? 'No published version yet: no calls to count.'
                    : `Version ${analytics.data.version}: ${analytics.data.sessions} ${analytics.data.sessions === 1 ? 'call' : 'calls'}`}
                </Panel>
              )}
            </FlowCanvas>
          </section>
          <FlowSidePanel
            flow={flow}
            editor={editor}
            editable={editable}
            issues={overlay.issues}
            onTestStep={setTestStep}
          />
        </Card>
      </CanvasOverlayContext.Provider>
    </>
  );
}
