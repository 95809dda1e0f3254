import type { FlowDefinition, NodeType } from '@contracts/flows';
import {
  applyEdgeChanges,
  applyNodeChanges,
  type OnConnect,
  type OnEdgesChange,
  type OnNodesChange,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  type CanvasEdge,
  type CanvasNode,
  connectBranch,
  createCanvasNode,
  pruneEdges,
  toCanvas,
  toDefinition,
} from './flow-graph';

// Objects with their keys sorted: the database hands configs back with keys in its own order.
const sortKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** A definition as the editor would write it back (positions rounded), to compare drafts by. */
const fingerprint = (definition: FlowDefinition) => {
  const { nodes, edges } = toCanvas(definition);
  return JSON.stringify(toDefinition(nodes, edges), sortKeys);
};

/**
 * The draft being edited: the canvas's nodes and edges, which node is selected, and whether it
 * differs from what was last saved (or loaded).
 */
export function useFlowEditor(saved: FlowDefinition) {
  const [graph, setGraph] = useState(() => toCanvas(saved));
  const [baseline, setBaseline] = useState(() => fingerprint(saved));
  const definition = useMemo(() => toDefinition(graph.nodes, graph.edges), [graph]);
  const dirty = JSON.stringify(definition, sortKeys) !== baseline;
  const selected = graph.nodes.find((node) => node.selected) ?? null;

  // Closing or reloading the tab would lose the unsaved draft: let the browser ask first.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const onNodesChange: OnNodesChange<CanvasNode> = useCallback(
    (changes) =>
      setGraph(({ nodes, edges }) => {
        const next = applyNodeChanges(changes, nodes);
        return { nodes: next, edges: pruneEdges(next, edges) };
      }),
    [],
  );

  const onEdgesChange: OnEdgesChange<CanvasEdge> = useCallback(
    (changes) => setGraph(({ nodes, edges }) => ({ nodes, edges: applyEdgeChanges(changes, edges) })),
    [],
  );

  const onConnect: OnConnect = useCallback((connection) => {
    const { source, target, sourceHandle } = connection;
    if (!sourceHandle || source === target) return;
    setGraph(({ nodes, edges }) => ({
      nodes,
      edges: connectBranch(edges, { source, target, sourceHandle }),
    }));
  }, []);

  const addNode = useCallback((type: NodeType, position: XYPosition) => {
    const node = createCanvasNode(type, position);
    setGraph(({ nodes, edges }) => ({
      nodes: [...nodes.map((other) => ({ ...other, selected: false })), node],
      edges,
    }));
  }, []);

  const updateConfig = useCallback((id: string, config: Record<string, unknown>) => {
    setGraph(({ nodes, edges }) => {
      const next = nodes.map((node) => (node.id === id ? { ...node, data: { ...node.data, config } } : node));
      return { nodes: next, edges: pruneEdges(next, edges) };
    });
  }, []);

  /** The accessible twin of dragging an outlet: `to` null disconnects the branch. */
  const setBranchTarget = useCallback((from: string, branch: string, to: string | null) => {
    setGraph(({ nodes, edges }) => ({
      nodes,
      edges: to
        ? connectBranch(edges, { source: from, sourceHandle: branch, target: to })
        : edges.filter((edge) => !(edge.source === from && edge.sourceHandle === branch)),
    }));
  }, []);

  const removeNode = useCallback((id: string) => {
    setGraph(({ nodes, edges }) => ({
      nodes: nodes.filter((node) => node.id !== id),
      edges: edges.filter((edge) => edge.source !== id && edge.target !== id),
    }));
  }, []);

  const selectNode = useCallback((id: string | null) => {
    setGraph(({ nodes, edges }) => ({
      nodes: nodes.map((node) =>
        node.selected === (node.id === id) ? node : { ...node, selected: node.id === id },
      ),
      edges,
    }));
  }, []);

  /** Replaces the draft (a version restored); it stays unsaved until Save. */
  const load = useCallback((next: FlowDefinition) => setGraph(toCanvas(next)), []);

  /** What the server now holds; the draft is clean again if nothing changed since. */
  const markSaved = useCallback((stored: FlowDefinition) => setBaseline(fingerprint(stored)), []);

  return {
    nodes: graph.nodes,
    edges: graph.edges,
    definition,
    dirty,
    selected,
    onNodesChange,
    onEdgesChange,
    onConnect,
    addNode,
    updateConfig,
    setBranchTarget,
    removeNode,
    selectNode,
    load,
    markSaved,
  };
}

export type FlowEditor = ReturnType<typeof useFlowEditor>;
