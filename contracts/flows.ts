import { z } from 'zod';
import { Timestamp } from './common';
import { Destination, PhoneNumber } from './phone';
import { TimeRange, Timezone, WEEKDAYS, WeeklySchedule } from './schedule';

/**
 * Call flows: a graph of nodes the engine walks during a live call. This file is the contract the
 * editor (web) and the engine (server) share: node types, their config schemas with defaults (a
 * freshly dropped node parses from `{}`), the branches each node exposes, and the API shapes.
 */

export const NODE_TYPES = [
  'start',
  'menu',
  'gather',
  'play',
  'pause',
  'businessHours',
  'router',
  'splitter',
  'pixel',
  'enrich',
  'whisper',
  'transfer',
  'voicemail',
  'customLogic',
  'hangup',
] as const;
export const NodeType = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeType>;

export const NODE_LABELS: Record<NodeType, string> = {
  start: 'Start',
  menu: 'Menu',
  gather: 'Gather',
  play: 'Play',
  pause: 'Pause',
  businessHours: 'Business Hours',
  router: 'Router',
  splitter: 'Splitter',
  pixel: 'Tracking Pixel',
  enrich: 'Profile Enrich',
  whisper: 'Whisper',
  transfer: 'Transfer',
  voicemail: 'Voicemail',
  customLogic: 'Custom Logic',
  hangup: 'Hangup',
};

// ---------------------------------------------------------------------------------------------
// Shared config pieces

const HttpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'An http(s) URL');

/** Twilio <Say> voices; `alice` and the Polly voices cover most needs. */
export const Voice = z.string().trim().min(1).max(60);
export const Language = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'A language tag such as en-US');

/** Something the caller hears: text spoken by TTS, or an audio file played (audio wins when both). */
export const Prompt = z.object({
  text: z.string().trim().max(2000).default(''),
  audioUrl: z.union([HttpUrl, z.literal('')]).default(''),
  voice: Voice.default('alice'),
  language: Language.default('en-US'),
});
export type Prompt = z.infer<typeof Prompt>;

/** Rules that need user input sit on the object, so every field still parses from its default. */
const requireSound = (config: { prompt: Prompt }, ctx: z.RefinementCtx) => {
  if (!config.prompt.text && !config.prompt.audioUrl)
    ctx.addIssue({
      code: 'custom',
      message: 'Give the text to say or an audio URL',
      path: ['prompt', 'text'],
    });
};

/** A variable name Gather and Enrich write, and Custom Logic reads. */
export const VariableName = z
  .string()
  .trim()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/, 'Letters, digits and _ (not starting with a digit)');

/** A branch a user names (splitter branches, custom logic rules); reserved names are taken. */
export const BranchName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,39}$/, 'Letters, digits, space, _ and - (up to 40)')
  .refine((name) => !['else', 'failover', 'next'].includes(name), 'This branch name is reserved');

const uniqueBy =
  <T>(key: (item: T) => string, message: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', message, path: [index] });
      seen.add(key(item));
    });
  };

export const MENU_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
export const MenuKey = z.enum(MENU_KEYS);

/** A URL fired with tokens like {callId}, {from}, {campaignId}, {var.name}; never blocks the call. */
export const PixelRequest = z.object({
  url: HttpUrl,
  method: z.enum(['GET', 'POST']).default('GET'),
});
export const PIXEL_TOKENS = [
  'callId',
  'callSid',
  'from',
  'to',
  'campaignId',
  'flowId',
  'nodeId',
  'timestamp',
  'var.<name>',
] as const;

// ---------------------------------------------------------------------------------------------
// One config schema per node type

export const StartConfig = z.object({ pixels: z.array(PixelRequest).max(10).default([]) });

export const MenuConfig = z
  .object({
    prompt: Prompt.prefault({ text: 'Please choose an option.' }),
    options: z
      .array(z.object({ key: MenuKey, label: z.string().trim().max(60).default('') }))
      .min(1, 'Add at least one option')
      .max(12)
      .default([{ key: '1', label: '' }])
      .superRefine(uniqueBy((option) => option.key, 'Each key is used once')),
    timeoutSeconds: z.number().int().min(1).max(60).default(5),
    /** How many more times the menu is repeated after a timeout or a wrong key. */
    retries: z.number().int().min(0).max(5).default(2),
    invalidMessage: z.string().trim().max(500).default('Sorry, that is not a valid choice.'),
  })
  .superRefine(requireSound);

/** `(a+)+`, `(a|aa)*`, `(\\d*){2,}`: the shapes that backtrack exponentially on a failing input. */
const REPEATED_GROUP_WITH_CHOICE = /\((?:[^()\\]|\\.)*[+*}|](?:[^()\\]|\\.)*\)[+*{]/;

export const GatherConfig = z
  .object({
    prompt: Prompt.prefault({ text: 'Please enter your ZIP code, then press pound.' }),
    input: z.enum(['dtmf', 'speech', 'dtmf speech']).default('dtmf'),
    variable: VariableName.default('input'),
    minLength: z.number().int().min(1).max(50).default(1),
    maxLength: z.number().int().min(1).max(50).default(10),
    finishOnKey: z.enum(['#', '*', '']).default('#'),
    /** Checked against the whole input (anchored); at most 200 characters. */
    pattern: z
      .string()
      .max(200)
      .default('')
      .refine((source) => {
        try {
          new RegExp(source);
          return true;
        } catch {
          return false;
        }
      }, 'Not a valid regular expression')
      .refine(
        (source) => !REPEATED_GROUP_WITH_CHOICE.test(source),
        'A repeated group may not itself repeat or hold alternatives, e.g. (\\d+)+: it can take forever',
      ),
    timeoutSeconds: z.number().int().min(1).max(60).default(5),
    retries: z.number().int().min(0).max(5).default(1),
    invalidMessage: z.string().trim().max(500).default('Sorry, I did not get that.'),
    speechHints: z.string().trim().max(500).default(''),
  })
  .refine((config) => config.minLength <= config.maxLength, {
    message: 'Must not be more than the maximum length',
    path: ['minLength'],
  })
  .superRefine(requireSound);

export const PlayConfig = z
  .object({
    prompt: Prompt.prefault({}),
    loop: z.number().int().min(1).max(10).default(1),
  })
  .superRefine(requireSound);

export const PauseConfig = z.object({ seconds: z.number().int().min(1).max(60).default(2) });

export const Holiday = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD'),
  name: z.string().trim().min(1, 'Name the holiday').max(80),
  /** Repeats on the same month and day every year (Christmas), rather than once. */
  yearly: z.boolean().default(false),
});
export type Holiday = z.infer<typeof Holiday>;

const weekdays = (ranges: TimeRange[]) =>
  Object.fromEntries(WEEKDAYS.slice(0, 5).map((day) => [day, ranges])) as WeeklySchedule;

export const BusinessHoursConfig = z.object({
  timezone: Timezone.default('America/New_York'),
  schedule: WeeklySchedule.default(weekdays([{ open: '09:00', close: '17:00' }])),
  holidays: z.array(Holiday).max(200).default([]),
});

export const RouterConfig = z
  .object({
    /**
     * campaign: the campaign's routing plan; target: one chosen target; rtbRouter: one RTB router;
     * agentGroup: hands the call to an agent group's queue (its branches are not followed after).
     */
    mode: z.enum(['campaign', 'target', 'rtbRouter', 'agentGroup']).default('campaign'),
    targetId: z.string().default(''),
    rtbRouterId: z.string().default(''),
    agentGroupId: z.string().default(''),
    /** An extra skill the agent must have for this call; `{variable}` takes a flow variable (a spoken language). */
    skill: z.string().trim().max(60).default(''),
    skillLevel: z.number().int().min(1).max(10).default(1),
  })
  .superRefine((config, ctx) => {
    if (config.mode === 'target' && !config.targetId)
      ctx.addIssue({ code: 'custom', message: 'Choose a target', path: ['targetId'] });
    if (config.mode === 'rtbRouter' && !config.rtbRouterId)
      ctx.addIssue({ code: 'custom', message: 'Choose an RTB router', path: ['rtbRouterId'] });
    if (config.mode === 'agentGroup' && !config.agentGroupId)
      ctx.addIssue({ code: 'custom', message: 'Choose an agent group', path: ['agentGroupId'] });
  });

export const SplitterBranch = z.object({
  name: BranchName,
  /** percentage: share in percent (all add up to 100); weighted: relative weight. */
  value: z.number().int().min(0).max(1000).default(50),
  /** time: the branch is taken on these weekdays within these hours (in the splitter's timezone). */
  days: z
    .array(z.enum(WEEKDAYS))
    .max(7)
    .default([...WEEKDAYS]),
  hours: TimeRange.default({ open: '00:00', close: '24:00' }),
});
export type SplitterBranch = z.infer<typeof SplitterBranch>;

export const SplitterConfig = z
  .object({
    mode: z.enum(['percentage', 'weighted', 'time', 'roundRobin']).default('percentage'),
    branches: z
      .array(SplitterBranch)
      .min(1, 'Add at least one branch')
      .max(10)
      .default([
        { name: 'A', value: 50, days: [...WEEKDAYS], hours: { open: '00:00', close: '24:00' } },
        { name: 'B', value: 50, days: [...WEEKDAYS], hours: { open: '00:00', close: '24:00' } },
      ])
      .superRefine(uniqueBy((branch) => branch.name, 'Branch names must differ')),
    timezone: Timezone.default('America/New_York'),
  })
  .superRefine((config, ctx) => {
    if (config.mode !== 'percentage') return;
    const total = config.branches.reduce((sum, branch) => sum + branch.value, 0);
    if (total !== 100)
      ctx.addIssue({
        code: 'custom',
        message: `Percentages add up to ${total}, not 100`,
        path: ['branches'],
      });
  });

export const PixelConfig = z
  .object({ requests: z.array(PixelRequest).max(10).default([]) })
  .refine((config) => config.requests.length > 0, { message: 'Add at least one URL', path: ['requests'] });

export const EnrichConfig = z.object({
  /** Optional HTTP lookup; its JSON object's string/number fields become variables `lookup_<field>`. */
  lookupUrl: z.union([HttpUrl, z.literal('')]).default(''),
  timeoutMs: z.number().int().min(100).max(5000).default(1500),
});

export const WhisperConfig = z.object({
  message: z.string().trim().min(1, 'What should the agent hear?').max(500).default('Incoming call.'),
  voice: Voice.default('alice'),
  language: Language.default('en-US'),
});

export const TransferConfig = z
  .object({
    destination: z.union([z.literal(''), Destination]).default(''),
    timeoutSeconds: z.number().int().min(5).max(120).default(30),
    /** caller: the caller's number; tracking: the dialed tracking number; fixed: callerIdNumber. */
    callerId: z.enum(['caller', 'tracking', 'fixed']).default('caller'),
    callerIdNumber: z.union([z.literal(''), PhoneNumber]).default(''),
    record: z.boolean().default(false),
  })
  .superRefine((config, ctx) => {
    if (!config.destination)
      ctx.addIssue({
        code: 'custom',
        message: 'A phone number or a SIP URI like sip:agent@example.com',
        path: ['destination'],
      });
    if (config.callerId === 'fixed' && !config.callerIdNumber)
      ctx.addIssue({ code: 'custom', message: 'Give the caller ID number', path: ['callerIdNumber'] });
  });

export const VoicemailConfig = z.object({
  prompt: Prompt.prefault({ text: 'Please leave a message after the beep.' }),
  maxLengthSeconds: z.number().int().min(5).max(600).default(120),
  transcribe: z.boolean().default(false),
  finishOnKey: z.enum(['#', '*', '']).default('#'),
  playBeep: z.boolean().default(true),
});

export const LogicRule = z.object({
  name: BranchName,
  /** e.g. `state in ["CA", "NY"] and len(zip) == 5` — see the expression language in the docs. */
  expression: z.string().trim().min(1, 'Write a condition').max(1000),
});

export const CustomLogicConfig = z.object({
  rules: z
    .array(LogicRule)
    .max(20)
    .default([])
    .superRefine(uniqueBy((rule) => rule.name, 'Rule names must differ')),
});

export const HangupConfig = z.object({ message: z.string().trim().max(500).default('') });

export const NODE_CONFIG_SCHEMAS = {
  start: StartConfig,
  menu: MenuConfig,
  gather: GatherConfig,
  play: PlayConfig,
  pause: PauseConfig,
  businessHours: BusinessHoursConfig,
  router: RouterConfig,
  splitter: SplitterConfig,
  pixel: PixelConfig,
  enrich: EnrichConfig,
  whisper: WhisperConfig,
  transfer: TransferConfig,
  voicemail: VoicemailConfig,
  customLogic: CustomLogicConfig,
  hangup: HangupConfig,
} satisfies Record<NodeType, z.ZodType>;

export type NodeConfigs = { [K in NodeType]: z.output<(typeof NODE_CONFIG_SCHEMAS)[K]> };

/**
 * The config of a freshly dropped node: every field's default. Rules that need the user's input
 * (Transfer's destination, Play's text) live on the object, so the defaults always exist.
 */
export function defaultConfig(type: NodeType): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(NODE_CONFIG_SCHEMAS[type].shape as Record<string, z.ZodType>)) {
    const value = field.safeParse(undefined);
    if (value.success && value.data !== undefined) config[key] = value.data;
  }
  return config;
}

// ---------------------------------------------------------------------------------------------
// Branches

/** Names of the outgoing branches a node exposes; edges connect `{ from, branch }` to a node. */
export function branchesOf(node: { type: NodeType; config?: unknown }): string[] {
  const config = (node.config ?? {}) as Record<string, unknown>;
  const names = (list: unknown, key: string) =>
    Array.isArray(list)
      ? list.flatMap((item) =>
          item && typeof item === 'object' && typeof (item as Record<string, unknown>)[key] === 'string'
            ? [String((item as Record<string, unknown>)[key])]
            : [],
        )
      : [];
  switch (node.type) {
    case 'menu': {
      const keys = names(config.options ?? MenuConfig.parse({}).options, 'key');
      return [...new Set(keys), 'timeout', 'invalid'];
    }
    case 'gather':
      return ['success', 'failed'];
    case 'businessHours':
      return ['open', 'closed'];
    case 'router':
    case 'transfer':
      return ['connected', 'failed'];
    case 'splitter':
      return [...new Set(names(config.branches ?? SplitterConfig.parse({}).branches, 'name')), 'failover'];
    case 'customLogic':
      return [...new Set(names(config.rules, 'name')), 'else'];
    case 'hangup':
      return [];
    default:
      return ['next'];
  }
}

/** Node types that wait for the caller; every loop must contain one so a call cannot spin. */
export const WAITING_NODE_TYPES: readonly NodeType[] = ['menu', 'gather'];

// ---------------------------------------------------------------------------------------------
// Definition

export const FlowPosition = z.object({ x: z.number().finite(), y: z.number().finite() });
export const NodeId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Node ids are letters, digits, _ and - (up to 64)');

export const FlowNode = z.object({
  id: NodeId,
  type: NodeType,
  /** Stored as the editor sent it; checked per type by validation (a draft may be incomplete). */
  config: z.record(z.string(), z.unknown()).default({}),
  position: FlowPosition.default({ x: 0, y: 0 }),
});
export type FlowNode = z.infer<typeof FlowNode>;

export const FlowEdge = z.object({
  from: NodeId,
  to: NodeId,
  branch: z.string().trim().min(1).max(40),
});
export type FlowEdge = z.infer<typeof FlowEdge>;

export const MAX_FLOW_NODES = 200;
export const FlowDefinition = z.object({
  nodes: z.array(FlowNode).max(MAX_FLOW_NODES).default([]),
  edges: z
    .array(FlowEdge)
    .max(MAX_FLOW_NODES * 14)
    .default([]),
});
export type FlowDefinition = z.infer<typeof FlowDefinition>;

/** A new flow starts with a single Start node. */
export const starterDefinition = (): FlowDefinition => ({
  nodes: [{ id: 'start', type: 'start', config: defaultConfig('start'), position: { x: 0, y: 0 } }],
  edges: [],
});

// ---------------------------------------------------------------------------------------------
// Validation

export const FlowIssue = z.object({
  nodeId: z.string().optional(),
  field: z.string().optional().describe('Path inside the node config, e.g. prompt.text or options.1.key'),
  message: z.string(),
});
export type FlowIssue = z.infer<typeof FlowIssue>;

export const FlowValidation = z.object({ valid: z.boolean(), errors: z.array(FlowIssue) });
export type FlowValidation = z.infer<typeof FlowValidation>;

// ---------------------------------------------------------------------------------------------
// API

export const FlowStatus = z.enum(['draft', 'published']);
export type FlowStatus = z.infer<typeof FlowStatus>;

const FlowFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  /** The campaign that runs this flow once published; a campaign has at most one flow. */
  campaignId: z.string().min(1).nullish(),
  definition: FlowDefinition.optional(),
});
export const CreateFlowInput = FlowFields;
export type CreateFlowInput = z.input<typeof CreateFlowInput>;
export const UpdateFlowInput = FlowFields.partial();
export type UpdateFlowInput = z.input<typeof UpdateFlowInput>;
export const DuplicateFlowInput = z.object({ name: z.string().trim().min(1).max(120).optional() });

export const Flow = z.object({
  id: z.string(),
  name: z.string(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  /** draft: never published; published: a version is live (the draft may have newer edits). */
  status: FlowStatus,
  /** The draft being edited. */
  definition: FlowDefinition,
  publishedVersion: z.number().int().nullable(),
  publishedAt: Timestamp.nullable(),
  /** The draft differs from the published version. */
  hasUnpublishedChanges: z.boolean(),
  /** Validation of the draft (publishing needs it valid). */
  validation: FlowValidation,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Flow = z.infer<typeof Flow>;

export const FlowSummary = Flow.omit({ definition: true, validation: true }).extend({
  nodeCount: z.number().int(),
  valid: z.boolean(),
});
export type FlowSummary = z.infer<typeof FlowSummary>;

export const FlowVersion = z.object({
  version: z.number().int(),
  definition: FlowDefinition,
  publishedAt: Timestamp,
  publishedBy: z.string().nullable().describe('Email of who published it'),
  nodeCount: z.number().int(),
  live: z.boolean().describe('This is the version new calls run'),
});
export type FlowVersion = z.infer<typeof FlowVersion>;

/** Validate a definition without saving (the editor's live check); with the campaign it will run on. */
export const ValidateFlowInput = z.object({
  definition: FlowDefinition,
  campaignId: z.string().min(1).nullish(),
});

export const FlowAnalyticsQuery = z.object({
  version: z.coerce.number().int().min(1).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const NodeAnalytics = z.object({
  nodeId: z.string(),
  type: NodeType,
  entries: z.number().int(),
  exits: z.record(z.string(), z.number().int()).describe('Per branch name'),
  /** Calls that ended (hung up) while on this node without leaving it by a branch. */
  dropOffs: z.number().int(),
  totalMs: z.number().int(),
  averageMs: z.number().int(),
});
export type NodeAnalytics = z.infer<typeof NodeAnalytics>;

export const FlowAnalytics = z.object({
  flowId: z.string(),
  version: z.number().int().nullable(),
  sessions: z.number().int(),
  nodes: z.array(NodeAnalytics),
});
export type FlowAnalytics = z.infer<typeof FlowAnalytics>;

// ---------------------------------------------------------------------------------------------
// Test calls (simulator)

/** One node the call passed through: entered at `at`, left by `branch` (null: still there, or the end). */
export const FlowPathStep = z.object({
  nodeId: z.string(),
  type: NodeType,
  branch: z.string().nullable(),
  at: Timestamp,
});
export type FlowPathStep = z.infer<typeof FlowPathStep>;

export const FlowWaitingFor = z.enum(['digits', 'speech', 'dial', 'record']);

/**
 * Test calls: `POST /api/simulator/flows/:id/calls` (StartFlowTestInput) places one, then
 * `POST /api/simulator/calls/:callId/flow-input` (FlowTestInput) drives it; both answer FlowTestStep.
 *
 * The state of a test call on a flow after one step: the TwiML Twilio got, the path so far (to
 * highlight on the canvas), where it waits, and the variables.
 */
export const FlowTestStep = z.object({
  callId: z.string(),
  sessionId: z.string(),
  flowId: z.string(),
  version: z.number().int(),
  twiml: z.string(),
  path: z.array(FlowPathStep),
  currentNodeId: z.string().nullable(),
  waitingFor: FlowWaitingFor.nullable(),
  ended: z.boolean(),
  variables: z.record(z.string(), z.string()),
});
export type FlowTestStep = z.infer<typeof FlowTestStep>;

/**
 * Start a test call on a flow: through the signed voice webhook of one of the campaign's tracking
 * numbers (`to`, default: the first), running the flow's PUBLISHED version.
 */
export const StartFlowTestInput = z.object({
  from: PhoneNumber,
  to: PhoneNumber.optional(),
  fromState: z.string().trim().toUpperCase().max(2).optional(),
  fromZip: z.string().trim().max(10).optional(),
});
export type StartFlowTestInput = z.input<typeof StartFlowTestInput>;

/**
 * The caller's next move on a waiting Menu/Gather: digits pressed, words said, or nothing
 * (`timeout`). On a Router/Transfer dial: the dial's outcome. On Voicemail: a recording left.
 */
export const FlowTestInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('digits'), digits: z.string().regex(/^[0-9*#]{1,50}$/, 'Digits, * and #') }),
  z.object({ kind: z.literal('speech'), speech: z.string().trim().min(1).max(500) }),
  z.object({ kind: z.literal('timeout') }),
  z.object({
    kind: z.literal('dial'),
    status: z.enum(['completed', 'no-answer', 'busy', 'failed']),
    durationSeconds: z.number().int().min(0).max(86_400).default(60),
  }),
  z.object({ kind: z.literal('record'), durationSeconds: z.number().int().min(1).max(600).default(10) }),
]);
export type FlowTestInput = z.input<typeof FlowTestInput>;
