import { z } from 'zod';
import { OptionalText } from './buyers';
import { Email, Timestamp } from './common';
import { Destination, OptionalPhoneNumber } from './phone';

/** What a person sets for themselves (or a manager for them). */
export const AgentPresence = z.enum(['available', 'offline', 'break']);
export type AgentPresence = z.infer<typeof AgentPresence>;
/** What the wallboard shows: the platform adds ringing, on_call and wrap_up while calls happen. */
export const AgentStatus = z.enum(['available', 'offline', 'break', 'ringing', 'on_call', 'wrap_up']);
export type AgentStatus = z.infer<typeof AgentStatus>;

export const Skill = z.object({
  name: z.string().trim().toLowerCase().min(1, 'Skill name is required').max(40),
  level: z.number().int().min(1).max(10),
});
export type Skill = z.infer<typeof Skill>;

const uniqueSkills = (skills: Skill[]) => new Set(skills.map((s) => s.name)).size === skills.length;
export const SkillList = z
  .array(Skill)
  .max(50)
  .refine(uniqueSkills, { message: 'Each skill appears only once' });

const AgentFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  email: Email.nullish().or(z.literal('').transform(() => null)),
  destination: Destination,
  skills: SkillList.optional(),
  status: AgentPresence.optional(),
  maxConcurrent: z.number().int().min(1).max(20).optional(),
});

export const CreateAgentInput = AgentFields;
export type CreateAgentInput = z.input<typeof CreateAgentInput>;
export const UpdateAgentInput = AgentFields.partial();
export type UpdateAgentInput = z.input<typeof UpdateAgentInput>;

export const Agent = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  destination: z.string(),
  skills: z.array(Skill),
  status: AgentStatus,
  /** The status the agent chose; `status` is this unless a call or wrap-up overrides it. */
  presence: AgentPresence,
  maxConcurrent: z.number().int(),
  activeCalls: z.number().int(),
  missedInARow: z.number().int(),
  wrapUpUntil: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Agent = z.infer<typeof Agent>;

export const AgentStrategy = z.enum(['longest_idle', 'round_robin', 'most_skilled', 'priority']);
export type AgentStrategy = z.infer<typeof AgentStrategy>;

export const QueueTimeoutAction = z.enum(['fallback_number', 'voicemail', 'hangup']);
export type QueueTimeoutAction = z.infer<typeof QueueTimeoutAction>;

/** The queue's settings; what a request leaves out keeps its stored (or default) value. */
export const QueueSettings = z
  .object({
    maxWaitSeconds: z.number().int().min(0).max(3600).optional(),
    holdAudioUrl: z.url({ protocol: /^https?$/, message: 'Must be an http(s) URL' }).nullish(),
    holdMessage: OptionalText(500).optional(),
    announcePosition: z.boolean().optional(),
    timeoutAction: QueueTimeoutAction.optional(),
    timeoutNumber: OptionalPhoneNumber,
    timeoutMessage: OptionalText(500).optional(),
  })
  .refine((queue) => queue.timeoutAction !== 'fallback_number' || !!queue.timeoutNumber, {
    message: 'Give the number to send callers to when the wait runs out',
    path: ['timeoutNumber'],
  });
export type QueueSettings = z.output<typeof QueueSettings>;

const GroupFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  /** In priority order: the `priority` strategy offers calls to the first free agent of this list. */
  agentIds: z
    .array(z.string().min(1))
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'An agent appears only once' })
    .optional(),
  strategy: AgentStrategy.optional(),
  requiredSkills: SkillList.optional(),
  wrapUpSeconds: z.number().int().min(0).max(3600).optional(),
  ringTimeoutSeconds: z.number().int().min(5).max(120).optional(),
  missesBeforeBreak: z.number().int().min(1).max(20).optional(),
  queue: QueueSettings.optional(),
});

export const CreateAgentGroupInput = GroupFields;
export type CreateAgentGroupInput = z.input<typeof CreateAgentGroupInput>;
export const UpdateAgentGroupInput = GroupFields.partial();
export type UpdateAgentGroupInput = z.input<typeof UpdateAgentGroupInput>;

export const AgentGroup = z.object({
  id: z.string(),
  name: z.string(),
  agentIds: z.array(z.string()),
  strategy: AgentStrategy,
  requiredSkills: z.array(Skill),
  wrapUpSeconds: z.number().int(),
  ringTimeoutSeconds: z.number().int(),
  missesBeforeBreak: z.number().int(),
  queue: z.object({
    maxWaitSeconds: z.number().int(),
    holdAudioUrl: z.string().nullable(),
    holdMessage: z.string().nullable(),
    announcePosition: z.boolean(),
    timeoutAction: QueueTimeoutAction,
    timeoutNumber: z.string().nullable(),
    timeoutMessage: z.string().nullable(),
  }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AgentGroup = z.infer<typeof AgentGroup>;

/** The only API an agent user may call besides signing in and out (the server's auth plugin). */
export const AGENT_VIEW_PATH = '/api/agent-view';

export const SetPresenceInput = z.object({ status: AgentPresence });

/** The agent's own view: themselves, the call they are on, and their recent calls. */
export const AgentCall = z.object({
  callId: z.string(),
  from: z.string(),
  status: z.string(),
  startedAt: Timestamp,
  answeredAt: Timestamp.nullable(),
  connectedSeconds: z.number().int().nullable(),
  live: z.boolean(),
});
export const AgentView = z.object({
  agent: Agent,
  currentCall: AgentCall.nullable(),
  recentCalls: z.array(AgentCall),
});
export type AgentView = z.infer<typeof AgentView>;

export const WallboardQuery = z.object({
  serviceLevelSeconds: z.coerce.number().int().min(1).max(3600).default(20),
});

export const Wallboard = z.object({
  at: Timestamp,
  agents: z.array(Agent.pick({ id: true, name: true, status: true, activeCalls: true })),
  byStatus: z.record(AgentStatus, z.number().int()),
  waiting: z.number().int(),
  longestWaitSeconds: z.number().int(),
  handled: z.number().int().describe('Calls answered by agents in the last 24 hours'),
  averageTalkSeconds: z.number().int(),
  averageWaitSeconds: z.number().int(),
  serviceLevelSeconds: z.number().int(),
  serviceLevelPercent: z.number().int().nullable().describe('Answered within the threshold, of all offered'),
});
export type Wallboard = z.infer<typeof Wallboard>;
