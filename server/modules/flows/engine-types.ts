import type twilio from 'twilio';
import type { z } from 'zod';
import type { FlowNode, FlowWaitingFor, NodeConfigs, NodeType, PixelRequest } from '../../../contracts/flows';
import type { TwilioParams } from '../telephony/signature';

export type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;
export type WaitingFor = z.infer<typeof FlowWaitingFor>;

/** What is known about the call the flow runs for (tokens, enrich, caller ID). */
export type FlowCall = {
  id: string;
  callSid: string;
  accountId: string;
  campaignId: string;
  flowId: string;
  from: string;
  to: string;
  /** Twilio's geo parameters and the DNI attribution, as variables (from_state, utm_source …). */
  profile: Record<string, string>;
};

/** How a node hands over: follow a branch now, wait for Twilio's callback, or end the call. */
export type NodeOutcome =
  | { kind: 'next'; branch: string; note?: string }
  /** `twiml` replaces the verbs gathered so far (a Router's <Dial> comes whole from routing). */
  | { kind: 'wait'; waitingFor: WaitingFor | null; twiml?: string; note?: string }
  | { kind: 'end'; note?: string };

export type DialRequest = {
  nodeId: string;
  mode: NodeConfigs['router']['mode'];
  targetId: string;
  rtbRouterId: string;
  agentGroupId: string;
  /** The extra skill the agent needs, variables already filled in; null for none. */
  skill: { name: string; level: number } | null;
  /** Targets (and routers) this Router node already dialed for the call. */
  tried: string[];
  actionUrl: string;
  whisperUrl: string | null;
};

/** The side effects nodes may ask for; the engine's caller provides them (tests give fakes). */
export type FlowEffects = {
  /** Claims the next target by the campaign's routing and answers its <Dial>, or null when none is left. */
  dial(request: DialRequest): Promise<{ twiml: string; dialedId: string; note: string } | null>;
  /** Records how the Router's dial ended; true when the caller was connected. */
  dialEnded(params: TwilioParams): Promise<boolean>;
  /** Fire-and-forget: never awaited by the call. */
  firePixels(requests: z.output<typeof PixelRequest>[], tokens: Record<string, string>): void;
  /** JSON object lookup with a timeout; null on any failure. */
  lookup(url: string, timeoutMs: number): Promise<Record<string, unknown> | null>;
  saveRecording(recording: {
    url: string;
    sid: string | null;
    durationSeconds: number | null;
  }): Promise<void>;
};

/** Everything one node sees while it runs. Variables and retries are the session's, mutable. */
export type NodeContext<T extends NodeType = NodeType> = {
  node: FlowNode;
  config: NodeConfigs[T];
  call: FlowCall;
  variables: Record<string, string>;
  retries: Record<string, number>;
  /** Targets a Router dialed so far (kept across its dial callbacks). */
  dialed: string[];
  response: VoiceResponse;
  now: Date;
  random: () => number;
  /** The signed webhook for this node (or another); `event` says what calls back (default: its result). */
  url: (event?: string, nodeId?: string) => string;
  effects: FlowEffects;
};

export type NodeExecutor<T extends NodeType = NodeType> = {
  enter(ctx: NodeContext<T>): NodeOutcome | Promise<NodeOutcome>;
  /** Twilio's callback with the node's result (digits, speech, dial status, recording). */
  resume?(ctx: NodeContext<T>, params: TwilioParams): NodeOutcome | Promise<NodeOutcome>;
};
