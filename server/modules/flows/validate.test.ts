import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../../contracts/flows';
import { flowEdge as edge, flowNode as node } from '../../../test/flows';
import { validateFlow } from './validate';

const starterMenu: FlowDefinition = {
  nodes: [node('start', 'start'), node('menu', 'menu'), node('route', 'router'), node('bye', 'hangup')],
  edges: [
    edge('start', 'next', 'menu'),
    edge('menu', '1', 'route'),
    edge('menu', 'timeout', 'bye'),
    edge('menu', 'invalid', 'bye'),
    edge('route', 'connected', 'bye'),
    edge('route', 'failed', 'bye'),
  ],
};

describe('flow validation', () => {
  it('accepts a complete flow', () => {
    expect(validateFlow(starterMenu)).toEqual({ valid: true, errors: [] });
  });

  it('wants exactly one Start', () => {
    expect(validateFlow({ nodes: [], edges: [] }).errors).toEqual([{ message: 'Add a Start node' }]);
    const two = validateFlow({
      nodes: [node('a', 'start'), node('b', 'start')],
      edges: [edge('a', 'next', 'b')],
    });
    expect(two.errors).toContainEqual({ nodeId: 'b', message: 'A flow has exactly one Start node' });
  });

  it('names unconnected branches, unreachable nodes and bad edges', () => {
    const result = validateFlow({
      nodes: [...starterMenu.nodes, node('lost', 'play', { prompt: { text: 'hi' } })],
      edges: [
        ...starterMenu.edges.filter((e) => !(e.from === 'menu' && e.branch === 'timeout')),
        edge('menu', '9', 'bye'),
        edge('menu', '1', 'bye'),
        edge('ghost', 'next', 'bye'),
      ],
    });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { nodeId: 'menu', message: 'Connect the "timeout" branch' },
        { nodeId: 'menu', message: 'Menu has no "9" branch' },
        { nodeId: 'menu', message: 'The "1" branch is connected twice' },
        { field: 'edges.7', message: 'This connection points at a node that does not exist' },
        { nodeId: 'lost', message: 'Play cannot be reached from Start' },
        { nodeId: 'lost', message: 'Connect the "next" branch' },
      ]),
    );
  });

  it('reports each bad config field on its node, including expression syntax', () => {
    const result = validateFlow({
      nodes: [
        node('start', 'start'),
        node('logic', 'customLogic', { rules: [{ name: 'ca', expression: 'state ==' }] }),
        node('t', 'transfer'),
        node('bye', 'hangup'),
      ],
      edges: [
        edge('start', 'next', 'logic'),
        edge('logic', 'ca', 't'),
        edge('logic', 'else', 'bye'),
        edge('t', 'connected', 'bye'),
        edge('t', 'failed', 'bye'),
      ],
    });
    expect(result.errors).toEqual([
      {
        nodeId: 'logic',
        field: 'rules.0.expression',
        message: 'Expected a value, found the end (at character 9)',
      },
      {
        nodeId: 't',
        field: 'destination',
        message: 'A phone number or a SIP URI like sip:agent@example.com',
      },
    ]);
  });

  it('refuses a loop that can spin without a Menu or Gather, and allows one through a Menu', () => {
    const spinning = validateFlow({
      nodes: [
        node('start', 'start'),
        node('a', 'pause'),
        node('b', 'splitter', { mode: 'roundRobin', branches: [{ name: 'A' }] }),
      ],
      edges: [
        edge('start', 'next', 'a'),
        edge('a', 'next', 'b'),
        edge('b', 'A', 'a'),
        edge('b', 'failover', 'a'),
      ],
    });
    expect(spinning.errors.filter((e) => e.message.startsWith('This loop'))).toHaveLength(2);
    expect(spinning.errors.map((e) => e.nodeId)).toEqual(['a', 'b']);

    const repeatMenu = validateFlow({
      ...starterMenu,
      edges: starterMenu.edges.map((e) => (e.branch === 'timeout' ? edge('menu', 'timeout', 'menu') : e)),
    });
    expect(repeatMenu.valid).toBe(true);
  });
});
