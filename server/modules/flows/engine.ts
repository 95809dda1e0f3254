import twilio from 'twilio';
import {
  type FlowDefinition,
  type FlowNode,
  NODE_CONFIG_SCHEMAS,
  type NodeType,
} from '../../../contracts/flows';
import type { FlowDialState, FlowPathEntry } from '../../db/schema';
import type { TwilioParams } from '../telephony/signature';
import type {
  FlowCall,
  FlowEffects,
  NodeContext,
  NodeExecutor,
  NodeOutcome,
  VoiceResponse,
  WaitingFor,
} from './engine-types';
import { gather, menu } from './nodes/caller-input';
import { businessHours, customLogic, splitter } from './nodes/decisions';
import { enrich, pixel, router, start, transfer } from './nodes/effects';
import { hangup, pause, play, voicemail, whisper } from './nodes/media';

/** A step (one Twilio request) runs at most this many nodes: the loop guard. */
export const MAX_NODES_PER_STEP = 50;

const EXECUTORS: { [T in NodeType]: NodeExecutor<T> } = {
  start,
  menu,
  gather,
  play,
  pause,
  businessHours,
  router,
  splitter,
  pixel,
  enrich,
  whisper,
  transfer,
  voicemail,
  customLogic,
  hangup,
};

/** The part of a flow session a step reads and changes. */
export type SessionState = {
  currentNodeId: string | null;
  variables: Record<string, string>;
  retries: Record<string, number>;
  path: FlowPathEntry[];
  dial: FlowDialState | null;
};

export type StepNote = { nodeId: string; type: NodeType; branch: string | null; note: string };

export type StepResult = {
  twiml: string;
  state: SessionState;
  waitingFor: WaitingFor | null;
  notes: StepNote[];
};

export class FlowRunError extends Error {}

export type StepInput = {
  definition: FlowDefinition;
  state: SessionState;
  call: FlowCall;
  effects: FlowEffects;
  now: Date;
  random?: () => number;
  urlFor: (nodeId: string, event?: string) => string;
  /** Absent: the call just arrived and starts at Start. `enter`: a <Redirect> back into the node. */
  resume?: { nodeId: string; event: 'result' | 'enter'; params: TwilioParams };
};

const EMPTY_RESPONSE = new twilio.twiml.VoiceResponse().toString();
const hasVerbs = (response: VoiceResponse) => response.toString() !== EMPTY_RESPONSE;

/**
 * Walks the flow from where the call is until a node waits for Twilio (a Gather, a Dial, a Record)
 * or the call ends, gathering the TwiML of every node passed. Pure apart from `effects`: the state
 * comes in and goes out, so the caller decides what is stored.
 */
export async function runStep(input: StepInput): Promise<StepResult> {
  const state: SessionState = structuredClone(input.state);
  const { definition, now } = input;
  const byId = new Map(definition.nodes.map((node) => [node.id, node]));
  const edges = new Map(definition.edges.map((edge) => [`${edge.from}\u0000${edge.branch}`, edge.to]));
  const response = new twilio.twiml.VoiceResponse();
  const notes: StepNote[] = [];
  const stamp = now.toISOString();

  const leave = (node: FlowNode, branch: string | null) => {
    const entry = state.path.findLast((step) => step.nodeId === node.id && !step.leftAt);
    if (entry) Object.assign(entry, { leftAt: stamp, branch });
  };
  const wait = (node: FlowNode, waitingFor: WaitingFor | null, twiml?: string): StepResult => {
    state.currentNodeId = node.id;
    return { twiml: twiml ?? response.toString(), state, waitingFor, notes };
  };
  const end = (): StepResult => {
    state.currentNodeId = null;
    return { twiml: response.toString(), state, waitingFor: null, notes };
  };

  let nodeId = input.resume?.nodeId ?? definition.nodes.find((node) => node.type === 'start')?.id;
  let mode: 'enter' | 'resume' | 'reenter' = !input.resume
    ? 'enter'
    : input.resume.event === 'enter'
      ? 'reenter'
      : 'resume';
  for (let visited = 0; ; visited++) {
    if (visited >= MAX_NODES_PER_STEP)
      throw new FlowRunError(`More than ${MAX_NODES_PER_STEP} nodes in one step: the flow loops`);
    const node = nodeId ? byId.get(nodeId) : undefined;
    if (!node) throw new FlowRunError(`The flow has no node "${nodeId ?? 'start'}"`);
    if (mode === 'enter') {
      state.path.push({ nodeId: node.id, type: node.type, at: stamp, leftAt: null, branch: null });
      delete state.retries[node.id];
      if (node.type === 'router') state.dial = { nodeId: node.id, tried: [] };
    }
    // A Router answers with a whole <Dial> of its own: verbs before it go first, then Twilio
    // comes back (a <Redirect>) for the dial.
    if (mode !== 'resume' && node.type === 'router' && hasVerbs(response)) {
      response.redirect({ method: 'POST' }, input.urlFor(node.id, 'enter'));
      return wait(node, null);
    }
    const dialed = state.dial?.nodeId === node.id ? state.dial.tried : [];
    const ctx: NodeContext = {
      node,
      config: NODE_CONFIG_SCHEMAS[node.type].parse(node.config) as never,
      call: input.call,
      variables: state.variables,
      retries: state.retries,
      dialed,
      response,
      now,
      random: input.random ?? Math.random,
      url: (event, target = node.id) => input.urlFor(target, event),
      effects: input.effects,
    };
    const executor = EXECUTORS[node.type] as NodeExecutor;
    let outcome: NodeOutcome;
    if (mode === 'resume') {
      if (!executor.resume) throw new FlowRunError(`${node.type} does not take callbacks`);
      outcome = await executor.resume(ctx, input.resume?.params ?? {});
    } else outcome = await executor.enter(ctx);
    notes.push({
      nodeId: node.id,
      type: node.type,
      branch: outcome.kind === 'next' ? outcome.branch : null,
      note: outcome.note ?? '',
    });

    if (outcome.kind === 'wait') return wait(node, outcome.waitingFor, outcome.twiml);
    if (outcome.kind === 'end') {
      leave(node, null);
      return end();
    }
    leave(node, outcome.branch);
    const to = edges.get(`${node.id}\u0000${outcome.branch}`);
    // Published flows have every branch connected; an older one that does not simply ends.
    if (!to) {
      response.hangup();
      return end();
    }
    nodeId = to;
    mode = 'enter';
  }
}
