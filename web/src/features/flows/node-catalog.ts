import type { NodeConfigs, NodeType } from '@contracts/flows';
import { WEEKDAYS } from '@contracts/schedule';
import {
  Ban,
  Clock,
  Code2,
  Headphones,
  Hourglass,
  Keyboard,
  ListOrdered,
  type LucideIcon,
  PhoneForwarded,
  PhoneIncoming,
  Radio,
  Split,
  Target,
  UserSearch,
  Voicemail,
  Volume2,
} from 'lucide-react';

type NodeKind = {
  icon: LucideIcon;
  /** One line in the palette: what the node does for the caller. */
  description: string;
  /** Tailwind classes for the icon's tile, grouping kinds by colour. */
  tone: string;
};

const TONES = {
  caller: 'bg-sky-100 text-sky-700',
  logic: 'bg-violet-100 text-violet-700',
  route: 'bg-emerald-100 text-emerald-700',
  data: 'bg-amber-100 text-amber-700',
  end: 'bg-rose-100 text-rose-700',
};

export const nodeKinds: Record<NodeType, NodeKind> = {
  start: { icon: PhoneIncoming, description: 'Where every call enters', tone: TONES.route },
  menu: { icon: ListOrdered, description: 'Press 1 for…: a branch per key', tone: TONES.caller },
  gather: { icon: Keyboard, description: 'Collect digits or speech', tone: TONES.caller },
  play: { icon: Volume2, description: 'Say text or play audio', tone: TONES.caller },
  pause: { icon: Hourglass, description: 'A few seconds of silence', tone: TONES.caller },
  businessHours: { icon: Clock, description: 'Open or closed, with holidays', tone: TONES.logic },
  router: { icon: Target, description: 'Route to buyers or an RTB router', tone: TONES.route },
  splitter: { icon: Split, description: 'Split traffic by share or time', tone: TONES.logic },
  pixel: { icon: Radio, description: 'Fire tracking URLs', tone: TONES.data },
  enrich: { icon: UserSearch, description: 'Fill variables about the caller', tone: TONES.data },
  whisper: { icon: Headphones, description: 'A message for the agent', tone: TONES.route },
  transfer: { icon: PhoneForwarded, description: 'Dial a number or SIP URI', tone: TONES.route },
  voicemail: { icon: Voicemail, description: 'Record a message', tone: TONES.end },
  customLogic: { icon: Code2, description: 'Branch on conditions', tone: TONES.logic },
  hangup: { icon: Ban, description: 'End the call', tone: TONES.end },
};

/** Palette sections, in the order a flow usually uses them. */
export const paletteGroups: { title: string; types: NodeType[] }[] = [
  { title: 'Caller', types: ['menu', 'gather', 'play', 'pause'] },
  { title: 'Logic', types: ['businessHours', 'splitter', 'customLogic'] },
  { title: 'Routing', types: ['router', 'transfer', 'whisper'] },
  { title: 'Data', types: ['pixel', 'enrich'] },
  { title: 'End', types: ['voicemail', 'hangup'] },
];

const clip = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

type Prompted = { prompt?: { text?: string; audioUrl?: string } };

const describePrompt = ({ prompt }: Prompted) =>
  prompt?.audioUrl
    ? `Plays ${clip(prompt.audioUrl, 40)}`
    : prompt?.text
      ? `“${clip(prompt.text)}”`
      : 'Nothing to say yet';

/** Names the editor knows for ids a config points at (targets, RTB routers, agent groups). */
export type NameLookup = (kind: 'target' | 'rtbRouter' | 'agentGroup', id: string) => string | undefined;

/**
 * One line about a node's config for its card on the canvas. The config is the draft as typed, so
 * every field may be missing or of the wrong kind: read it defensively.
 */
export function summarizeNode(type: NodeType, raw: Record<string, unknown>, names: NameLookup): string {
  switch (type) {
    case 'start': {
      const config = raw as Partial<NodeConfigs['start']>;
      return config.pixels?.length
        ? `Fires ${plural(config.pixels.length, 'pixel')}`
        : 'The call enters here';
    }
    case 'menu':
    case 'play':
    case 'voicemail':
      return describePrompt(raw as Prompted);
    case 'gather': {
      const config = raw as Partial<NodeConfigs['gather']>;
      return `${config.input === 'speech' ? 'Speech' : 'Digits'} into {${config.variable ?? 'input'}}`;
    }
    case 'pause':
      return `${(raw as Partial<NodeConfigs['pause']>).seconds ?? '?'} s of silence`;
    case 'businessHours': {
      const config = raw as Partial<NodeConfigs['businessHours']>;
      const openDays = WEEKDAYS.filter((day) => (config.schedule?.[day]?.length ?? 0) > 0).length;
      return `${plural(openDays, 'open day')}, ${config.timezone ?? ''}`;
    }
    case 'router': {
      const config = raw as Partial<NodeConfigs['router']>;
      if (config.mode === 'target')
        return `Target: ${(config.targetId && names('target', config.targetId)) || 'not chosen'}`;
      if (config.mode === 'rtbRouter')
        return `RTB: ${(config.rtbRouterId && names('rtbRouter', config.rtbRouterId)) || 'not chosen'}`;
      if (config.mode === 'agentGroup')
        return `Agents: ${(config.agentGroupId && names('agentGroup', config.agentGroupId)) || 'not chosen'}`;
      return 'The campaign’s routing plan';
    }
    case 'splitter': {
      const config = raw as Partial<NodeConfigs['splitter']>;
      const modes = {
        percentage: 'By percentage',
        weighted: 'By weight',
        time: 'By time',
        roundRobin: 'Round robin',
      };
      return `${modes[config.mode ?? 'percentage']} over ${plural(config.branches?.length ?? 0, 'branch', 'branches')}`;
    }
    case 'pixel':
      return `Fires ${plural((raw as Partial<NodeConfigs['pixel']>).requests?.length ?? 0, 'URL')}`;
    case 'enrich': {
      const config = raw as Partial<NodeConfigs['enrich']>;
      return config.lookupUrl ? `Geo, area code and ${clip(config.lookupUrl, 30)}` : 'Geo, area code and DNI';
    }
    case 'whisper':
      return `Agent hears “${clip((raw as Partial<NodeConfigs['whisper']>).message ?? '')}”`;
    case 'transfer':
      return `Dials ${(raw as Partial<NodeConfigs['transfer']>).destination || 'no one yet'}`;
    case 'customLogic':
      return plural((raw as Partial<NodeConfigs['customLogic']>).rules?.length ?? 0, 'rule');
    case 'hangup': {
      const message = (raw as Partial<NodeConfigs['hangup']>).message;
      return message ? `“${clip(message)}”` : 'Hangs up';
    }
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** How a branch reads on a node's card: menu keys are "Press 1", the rest as named. */
export function branchLabel(type: NodeType, branch: string): string {
  if (type === 'menu' && branch.length === 1) return `Press ${branch}`;
  if (branch === 'next') return 'Next';
  return branch.charAt(0).toUpperCase() + branch.slice(1);
}
