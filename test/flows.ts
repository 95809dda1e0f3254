import { defaultConfig, type FlowDefinition, type FlowNode, type NodeType } from '../contracts/flows';

/** A node of the given type with its default config, overridden field by field. */
export const flowNode = (id: string, type: NodeType, config: Record<string, unknown> = {}): FlowNode => ({
  id,
  type,
  config: { ...defaultConfig(type), ...config },
  position: { x: 0, y: 0 },
});

export const flowEdge = (from: string, branch: string, to: string) => ({ from, branch, to });

/** Start → Menu (1 → Router, timeout/invalid → Hangup) → Router (connected/failed → Hangup). */
export const menuToRouter = (prompt = 'Press 1 for auto insurance'): FlowDefinition => ({
  nodes: [
    flowNode('start', 'start'),
    flowNode('menu', 'menu', { prompt: { text: prompt } }),
    flowNode('route', 'router'),
    flowNode('bye', 'hangup', { message: 'Goodbye' }),
  ],
  edges: [
    flowEdge('start', 'next', 'menu'),
    flowEdge('menu', '1', 'route'),
    flowEdge('menu', 'timeout', 'bye'),
    flowEdge('menu', 'invalid', 'bye'),
    flowEdge('route', 'connected', 'bye'),
    flowEdge('route', 'failed', 'bye'),
  ],
});
