import '@xyflow/react/dist/style.css';
import { NodeType } from '@contracts/flows';
import {
  Background,
  Controls,
  MiniMap,
  type OnConnect,
  type OnEdgesChange,
  type OnNodesChange,
  ReactFlow,
  useReactFlow,
  type XYPosition,
} from '@xyflow/react';
import type { DragEvent, ReactNode } from 'react';
import type { CanvasEdge, CanvasNode } from './flow-graph';
import { FlowNodeCard } from './flow-node';
import { DRAG_MIME } from './node-palette';

const nodeTypes = { flowNode: FlowNodeCard };

type FlowCanvasProps = {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  editable: boolean;
  onNodesChange: OnNodesChange<CanvasNode>;
  onEdgesChange: OnEdgesChange<CanvasEdge>;
  onConnect: OnConnect;
  onDropNode: (type: NodeType, position: XYPosition) => void;
  /** Panels over the canvas. */
  children?: ReactNode;
};

/** The graph itself: nodes dragged in from the palette, branches connected by dragging their outlets. */
export function FlowCanvas({
  nodes,
  edges,
  editable,
  onNodesChange,
  onEdgesChange,
  onConnect,
  onDropNode,
  children,
}: FlowCanvasProps) {
  const { screenToFlowPosition } = useReactFlow();

  const onDrop = (event: DragEvent) => {
    const type = NodeType.safeParse(event.dataTransfer.getData(DRAG_MIME));
    if (!type.success) return;
    event.preventDefault();
    onDropNode(type.data, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onDragOver={(event) => {
        if (!editable) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={editable ? onDrop : undefined}
      nodesDraggable={editable}
      nodesConnectable={editable}
      elementsSelectable
      deleteKeyCode={editable ? ['Backspace', 'Delete'] : null}
      defaultEdgeOptions={{ type: 'smoothstep' }}
      fitView
      fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
      minZoom={0.2}
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={16} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable className="!h-24 !w-36" />
      {children}
    </ReactFlow>
  );
}
