import type { Flow, FlowIssue, FlowTestStep } from '@contracts/flows';
import { EmptyState } from '@web/components/ui/empty-state';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import { MousePointerClick } from 'lucide-react';
import { useEffect, useState } from 'react';
import { FlowTestCallPanel } from './flow-test-call-panel';
import { NodePanel } from './node-panel';
import type { FlowEditor } from './use-flow-editor';
import { VersionsPanel } from './versions-panel';

type SidePanelTab = 'node' | 'test' | 'versions';

/** Right of the canvas: the selected node's settings, the test-call panel and the version history. */
export function FlowSidePanel({
  flow,
  editor,
  editable,
  issues,
  onTestStep,
}: {
  flow: Flow;
  editor: FlowEditor;
  editable: boolean;
  issues: ReadonlyMap<string, FlowIssue[]>;
  onTestStep: (step: FlowTestStep | null) => void;
}) {
  const [tab, setTab] = useState<SidePanelTab>('node');
  const selectedId = editor.selected?.id;

  // Picking a node on the canvas is asking for its settings.
  useEffect(() => {
    if (selectedId) setTab('node');
  }, [selectedId]);

  return (
    <aside
      className="flex w-[22rem] shrink-0 flex-col border-l border-slate-200"
      aria-label="Flow side panel"
    >
      <Tabs
        value={tab}
        onValueChange={(next) => setTab(next as SidePanelTab)}
        className="flex min-h-0 flex-1 flex-col"
      >
        <TabsList className="px-3">
          <TabsTrigger value="node">Node</TabsTrigger>
          <TabsTrigger value="test">Test call</TabsTrigger>
          <TabsTrigger value="versions">Versions</TabsTrigger>
        </TabsList>
        <TabsContent value="node" className="min-h-0 flex-1 overflow-y-auto p-3">
          {editor.selected ? (
            <NodePanel
              node={editor.selected}
              issues={issues.get(editor.selected.id) ?? []}
              editor={editor}
              editable={editable}
            />
          ) : (
            <EmptyState
              icon={MousePointerClick}
              title="Select a node"
              description="Drag a node type from the palette onto the canvas (or click it), connect its branches by dragging from an outlet to the next node, and select a node to set it up."
            />
          )}
        </TabsContent>
        <TabsContent
          value="test"
          forceMount
          className="min-h-0 flex-1 overflow-y-auto p-3 data-[state=inactive]:hidden"
        >
          <FlowTestCallPanel flow={flow} editable={editable} onStep={onTestStep} />
        </TabsContent>
        <TabsContent value="versions" className="min-h-0 flex-1 overflow-y-auto p-3">
          <VersionsPanel flow={flow} editable={editable} onOpen={editor.load} />
        </TabsContent>
      </Tabs>
    </aside>
  );
}
