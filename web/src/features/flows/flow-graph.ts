import { branchesOf, defaultConfig, type FlowDefinition, type NodeType } from '@contracts/flows';
import type { Edge, Node, XYPosition } from '@xyflow/react';

/** What a node on the canvas carries; its id and position are React Flow's own. */
export type FlowNodeData = { type: NodeType; config: Record<string, unknown> };
export type CanvasNode = Node<FlowNodeData, 'flowNode'>;
export type CanvasEdge = Edge;

const edgeId = (from: string, branch: string) => `${from}:${branch}`;

export function toCanvas(definition: FlowDefinition): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  return {
    nodes: definition.nodes.map((node) => ({
      id: node.id,
      type: 'flowNode',
      position: node.position,
      data: { type: node.type, config: node.config },
      deletable: node.type !== 'start',
    })),
    edges: definition.edges.map((edge) => ({
      id: edgeId(edge.from, edge.branch),
      source: edge.from,
      sourceHandle: edge.branch,
      target: edge.to,
    })),
  };
}

export function toDefinition(nodes: CanvasNode[], edges: CanvasEdge[]): FlowDefinition {
  return {
    nodes: nodes.map((node) => ({
      id: node.id,
      type: node.data.type,
      config: node.data.config,
      position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
    })),
    edges: edges.map((edge) => ({ from: edge.source, to: edge.target, branch: edge.sourceHandle ?? 'next' })),
  };
}

export function createCanvasNode(type: NodeType, position: XYPosition): CanvasNode {
  return {
    id: `${type}-${crypto.randomUUID().slice(0, 8)}`,
    type: 'flowNode',
    position,
    data: { type, config: defaultConfig(type) },
    selected: true,
  };
}

/** A branch leads to one node: connecting it again replaces the old edge. */
export function connectBranch(
  edges: CanvasEdge[],
  connection: { source: string; sourceHandle: string; target: string },
): CanvasEdge[] {
  const id = edgeId(connection.source, connection.sourceHandle);
  return [
    ...edges.filter((edge) => edge.id !== id),
    { id, source: connection.source, sourceHandle: connection.sourceHandle, target: connection.target },
  ];
}

/** Edges of branches a node no longer has (a menu key removed, a rule renamed) go with them. */
export function pruneEdges(nodes: CanvasNode[], edges: CanvasEdge[]): CanvasEdge[] {
  const branches = new Map(nodes.map((node) => [node.id, new Set(branchesOf(node.data))]));
  const kept = edges.filter(
    (edge) => branches.get(edge.source)?.has(edge.sourceHandle ?? '') && branches.has(edge.target),
  );
  return kept.length === edges.length ? edges : kept;
}

/** Room a node card takes on the canvas, with a gap. */
export const NODE_SPACING = { x: 300, y: 160 };

/** `wanted`, or below it far enough not to cover a node already there. */
export function nextFreeSpot(nodes: CanvasNode[], wanted: XYPosition): XYPosition {
  let spot = wanted;
  while (
    nodes.some(
      (node) =>
        Math.abs(node.position.x - spot.x) < NODE_SPACING.x / 2 &&
        Math.abs(node.position.y - spot.y) < NODE_SPACING.y / 2,
    )
  ) {
    spot = { x: spot.x, y: spot.y + NODE_SPACING.y };
  }
  return spot;
}
