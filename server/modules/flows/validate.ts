import {
  branchesOf,
  type FlowDefinition,
  type FlowIssue,
  type FlowNode,
  type FlowValidation,
  NODE_CONFIG_SCHEMAS,
  NODE_LABELS,
  WAITING_NODE_TYPES,
} from '../../../contracts/flows';
import { parseExpression } from './expression/parse';

const label = (node: FlowNode) => NODE_LABELS[node.type];

function configIssues(node: FlowNode): FlowIssue[] {
  const parsed = NODE_CONFIG_SCHEMAS[node.type].safeParse(node.config);
  const issues: FlowIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        nodeId: node.id,
        ...(issue.path.length ? { field: issue.path.join('.') } : {}),
        message: issue.message,
      }));
  if (parsed.success && node.type === 'customLogic') {
    const { rules } = NODE_CONFIG_SCHEMAS.customLogic.parse(node.config);
    rules.forEach((rule, index) => {
      try {
        parseExpression(rule.expression);
      } catch (error) {
        issues.push({
          nodeId: node.id,
          field: `rules.${index}.expression`,
          message: (error as Error).message,
        });
      }
    });
  }
  return issues;
}

/**
 * Nodes on a cycle that has no Menu or Gather: such a loop would spin without waiting for the
 * caller. A depth-first search over the graph without waiting nodes finds them as back edges.
 */
function spinningLoops(definition: FlowDefinition, next: Map<string, string[]>): Set<string> {
  const waits = new Set(definition.nodes.filter((n) => WAITING_NODE_TYPES.includes(n.type)).map((n) => n.id));
  const state = new Map<string, 'open' | 'done'>();
  const looping = new Set<string>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      if (waits.has(to)) continue;
      if (state.get(to) === 'open') for (const id of stack.slice(stack.indexOf(to))) looping.add(id);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const node of definition.nodes) if (!waits.has(node.id) && !state.has(node.id)) visit(node.id);
  return looping;
}

/** Everything that keeps a flow from running; empty when it can be published. */
export function validateFlow(definition: FlowDefinition): FlowValidation {
  const errors: FlowIssue[] = [];
  const byId = new Map<string, FlowNode>();
  for (const node of definition.nodes) {
    if (byId.has(node.id)) errors.push({ nodeId: node.id, message: `Two nodes share the id "${node.id}"` });
    byId.set(node.id, node);
  }
  const starts = definition.nodes.filter((node) => node.type === 'start');
  if (starts.length === 0) errors.push({ message: 'Add a Start node' });
  for (const extra of starts.slice(1))
    errors.push({ nodeId: extra.id, message: 'A flow has exactly one Start node' });

  const next = new Map<string, string[]>();
  const connected = new Set<string>();
  definition.edges.forEach((edge, index) => {
    const from = byId.get(edge.from);
    if (!from || !byId.has(edge.to)) {
      errors.push({
        field: `edges.${index}`,
        message: 'This connection points at a node that does not exist',
      });
      return;
    }
    if (!branchesOf(from).includes(edge.branch)) {
      errors.push({ nodeId: from.id, message: `${label(from)} has no "${edge.branch}" branch` });
      return;
    }
    const key = `${edge.from}\u0000${edge.branch}`;
    if (connected.has(key)) {
      errors.push({ nodeId: from.id, message: `The "${edge.branch}" branch is connected twice` });
      return;
    }
    connected.add(key);
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  });

  for (const node of definition.nodes) {
    errors.push(...configIssues(node));
    for (const branch of branchesOf(node))
      if (!connected.has(`${node.id}\u0000${branch}`))
        errors.push({ nodeId: node.id, message: `Connect the "${branch}" branch` });
  }

  if (starts.length) {
    const reached = new Set([starts[0].id]);
    const queue = [starts[0].id];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const to of next.get(id) ?? []) {
        if (reached.has(to)) continue;
        reached.add(to);
        queue.push(to);
      }
    }
    for (const node of definition.nodes)
      if (!reached.has(node.id))
        errors.push({ nodeId: node.id, message: `${label(node)} cannot be reached from Start` });
  }

  for (const id of spinningLoops(definition, next))
    errors.push({
      nodeId: id,
      message: 'This loop has no Menu or Gather, so a call could spin in it forever',
    });

  return { valid: errors.length === 0, errors };
}
