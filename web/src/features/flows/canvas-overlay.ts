import type { FlowIssue, NodeAnalytics } from '@contracts/flows';
import { createContext, useContext } from 'react';
import type { NameLookup } from './node-catalog';

/**
 * What the canvas shows over the nodes besides their config: validation errors, node analytics and
 * the path of a test call. Nodes read it from context so their data stays just type and config.
 */
export type CanvasOverlay = {
  issues: ReadonlyMap<string, FlowIssue[]>;
  /** Null while analytics are hidden. */
  analytics: ReadonlyMap<string, NodeAnalytics> | null;
  /** Nodes a test call passed through, and the one it is on now. */
  path: ReadonlySet<string>;
  currentNodeId: string | null;
  names: NameLookup;
};

export const emptyOverlay: CanvasOverlay = {
  issues: new Map(),
  analytics: null,
  path: new Set(),
  currentNodeId: null,
  names: () => undefined,
};

export const CanvasOverlayContext = createContext<CanvasOverlay>(emptyOverlay);

export const useCanvasOverlay = () => useContext(CanvasOverlayContext);

export function groupIssuesByNode(issues: readonly FlowIssue[]): Map<string, FlowIssue[]> {
  const byNode = new Map<string, FlowIssue[]>();
  for (const issue of issues) {
    if (!issue.nodeId) continue;
    byNode.set(issue.nodeId, [...(byNode.get(issue.nodeId) ?? []), issue]);
  }
  return byNode;
}
