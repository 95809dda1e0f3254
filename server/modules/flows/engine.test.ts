import { describe, expect, it, vi } from 'vitest';
import {
  defaultConfig,
  type FlowDefinition,
  NODE_CONFIG_SCHEMAS,
  NODE_TYPES,
  type NodeType,
} from '../../../contracts/flows';
import { flowEdge as edge, flowNode as node } from '../../../test/flows';
import { MAX_NODES_PER_STEP, runStep, type SessionState } from './engine';
import type { FlowCall, FlowEffects } from './engine-types';

const call: FlowCall = {
  id: 'call_1',
  callSid: 'CA1',
  accountId: 'acc_1',
  campaignId: 'cmp_1',
  flowId: 'flow_1',
  from: '+14155550100',
  to: '+18005550199',
  profile: { from_city: 'San Francisco', utm_source: 'google' },
};

function fakeEffects(overrides: Partial<FlowEffects> = {}): FlowEffects {
  return {
    dial: vi.fn(async (request) => ({
      twiml: `<Response><Dial action="${request.actionUrl}"><Number>+15550001111</Number></Dial></Response>`,
      dialedId: `tgt_${request.tried.length + 1}`,
      note: 'Dialing',
    })),
    dialEnded: vi.fn(async (params) => params.DialCallStatus === 'completed'),
    firePixels: vi.fn(),
    lookup: vi.fn(async () => ({ score: 42, tier: 'gold', nested: { no: 1 } })),
    saveRecording: vi.fn(async () => {}),
    ...overrides,
  };
}

const fresh = (): SessionState => ({ currentNodeId: null, variables: {}, retries: {}, path: [], dial: null });

function runner(definition: FlowDefinition, effects = fakeEffects()) {
  let state = fresh();
  const step = async (resume?: {
    nodeId: string;
    params?: Record<string, string>;
    event?: 'result' | 'enter';
  }) => {
    const result = await runStep({
      definition,
      state,
      call,
      effects,
      now: new Date('2026-03-02T15:00:00Z'),
      random: () => 0.1,
      urlFor: (nodeId, event) =>
        `https://app.test/api/flows/webhook/fls_1/${nodeId}${event ? `?event=${event}` : ''}`,
      ...(resume && {
        resume: { nodeId: resume.nodeId, event: resume.event ?? 'result', params: resume.params ?? {} },
      }),
    });
    state = result.state;
    return result;
  };
  return { step, effects, state: () => state };
}

const hangupAt = (id: string) => node(id, 'hangup');

describe('node configs', () => {
  it('every type has a schema whose defaults are valid, except where the user must say something', () => {
    const needsInput = new Set(['play', 'pixel', 'transfer']);
    for (const type of NODE_TYPES) {
      const parsed = NODE_CONFIG_SCHEMAS[type].safeParse(defaultConfig(type));
      expect(parsed.success, type).toBe(!needsInput.has(type));
    }
  });

  it('names the field of a bad config', () => {
    const issues = (type: NodeType, config: unknown) =>
      NODE_CONFIG_SCHEMAS[type]
        .safeParse(config)
        .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues('menu', { options: [{ key: '1' }, { key: '1' }] })).toEqual([
      'options.1: Each key is used once',
    ]);
    expect(issues('gather', { pattern: '([0-9]', minLength: 5, maxLength: 3 })).toContain(
      'pattern: Not a valid regular expression',
    );
    expect(
      issues('splitter', {
        branches: [
          { name: 'A', value: 30 },
          { name: 'B', value: 30 },
        ],
      }),
    ).toEqual(['branches: Percentages add up to 60, not 100']);
    expect(issues('router', { mode: 'target' })).toEqual(['targetId: Choose a target']);
    expect(issues('gather', { pattern: '(\\d+)+' })?.[0]).toMatch(
      /^pattern: A repeated group may not itself repeat/,
    );
    expect(issues('transfer', { destination: 'nope' })?.[0]).toMatch(/^destination: /);
    expect(issues('businessHours', { timezone: 'Mars/Base' })).toEqual([
      'timezone: Unknown IANA timezone, e.g. America/New_York',
    ]);
    expect(issues('customLogic', { rules: [{ name: 'else', expression: 'x' }] })).toEqual([
      'rules.0.name: This branch name is reserved',
    ]);
  });
});

describe('the engine, node by node', () => {
  it('Start fires its pixels, Play and Pause speak, Hangup ends', async () => {
    const flow = runner({
      nodes: [
        node('s', 'start', { pixels: [{ url: 'https://px.test/p?c={callId}', method: 'GET' }] }),
        node('p', 'play', { prompt: { text: 'Welcome', voice: 'Polly.Joanna', language: 'en-US' }, loop: 2 }),
        node('z', 'pause', { seconds: 3 }),
        node('a', 'play', { prompt: { audioUrl: 'https://cdn.test/hold.mp3' } }),
        node('h', 'hangup', { message: 'Bye' }),
      ],
      edges: [edge('s', 'next', 'p'), edge('p', 'next', 'z'), edge('z', 'next', 'a'), edge('a', 'next', 'h')],
    });
    const result = await flow.step();
    expect(result.twiml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="Polly.Joanna" language="en-US" loop="2">Welcome</Say>' +
        '<Pause length="3"/><Play>https://cdn.test/hold.mp3</Play><Say>Bye</Say><Hangup/></Response>',
    );
    expect(flow.effects.firePixels).toHaveBeenCalledWith(
      [{ url: 'https://px.test/p?c={callId}', method: 'GET' }],
      expect.objectContaining({ callId: 'call_1', from: '+14155550100' }),
    );
    expect(result.state.currentNodeId).toBeNull();
    expect(result.state.path.map((p) => [p.nodeId, p.branch])).toEqual([
      ['s', 'next'],
      ['p', 'next'],
      ['z', 'next'],
      ['a', 'next'],
      ['h', null],
    ]);
  });

  const menuFlow = () =>
    runner({
      nodes: [
        node('s', 'start'),
        node('m', 'menu', {
          prompt: { text: 'Press 1 for sales' },
          options: [{ key: '1' }, { key: '2' }],
          retries: 1,
        }),
        hangupAt('one'),
        hangupAt('two'),
        hangupAt('timeout'),
        hangupAt('invalid'),
      ],
      edges: [
        edge('s', 'next', 'm'),
        edge('m', '1', 'one'),
        edge('m', '2', 'two'),
        edge('m', 'timeout', 'timeout'),
        edge('m', 'invalid', 'invalid'),
      ],
    });

  it('Menu gathers one key and follows its branch', async () => {
    const flow = menuFlow();
    const first = await flow.step();
    expect(first.twiml).toContain(
      '<Gather input="dtmf" numDigits="1" timeout="5" action="https://app.test/api/flows/webhook/fls_1/m" method="POST" actionOnEmptyResult="true"><Say voice="alice" language="en-US">Press 1 for sales</Say></Gather>',
    );
    expect(first.waitingFor).toBe('digits');
    expect(first.state.currentNodeId).toBe('m');
    const pressed = await flow.step({ nodeId: 'm', params: { Digits: '2' } });
    expect(pressed.state.path.map((p) => p.nodeId)).toEqual(['s', 'm', 'two']);
    expect(pressed.state.variables.m_key).toBe('2');
  });

  it('Menu re-prompts after a wrong key or silence until its retries are spent', async () => {
    const flow = menuFlow();
    await flow.step();
    const wrong = await flow.step({ nodeId: 'm', params: { Digits: '7' } });
    expect(wrong.twiml).toContain(
      '<Say voice="alice" language="en-US">Sorry, that is not a valid choice.</Say><Gather',
    );
    expect(wrong.state.currentNodeId).toBe('m');
    const silent = await flow.step({ nodeId: 'm', params: { Digits: '' } });
    expect(silent.state.path.at(-1)?.nodeId).toBe('timeout');
    expect(silent.state.path.find((p) => p.nodeId === 'm')?.branch).toBe('timeout');
  });

  it('Gather stores a valid answer in its variable, and fails after retries', async () => {
    const flow = runner({
      nodes: [
        node('s', 'start'),
        node('g', 'gather', { variable: 'zip', minLength: 5, maxLength: 5, pattern: '9\\d{4}', retries: 0 }),
        hangupAt('ok'),
        hangupAt('bad'),
      ],
      edges: [edge('s', 'next', 'g'), edge('g', 'success', 'ok'), edge('g', 'failed', 'bad')],
    });
    expect((await flow.step()).twiml).toContain('<Gather input="dtmf" timeout="5" action=');
    const ok = await flow.step({ nodeId: 'g', params: { Digits: '90210' } });
    expect(ok.state.variables.zip).toBe('90210');
    expect(ok.state.path.at(-1)?.nodeId).toBe('ok');

    const again = runner({
      nodes: [
        node('s', 'start'),
        node('g', 'gather', { input: 'speech', pattern: 'yes|no', retries: 0 }),
        hangupAt('ok'),
        hangupAt('bad'),
      ],
      edges: [edge('s', 'next', 'g'), edge('g', 'success', 'ok'), edge('g', 'failed', 'bad')],
    });
    const asked = await again.step();
    expect(asked.twiml).toContain('input="speech"');
    expect(asked.twiml).toContain('speechTimeout="auto"');
    expect(asked.waitingFor).toBe('speech');
    const said = await again.step({ nodeId: 'g', params: { SpeechResult: 'maybe' } });
    expect(said.state.path.at(-1)?.nodeId).toBe('bad');
  });

  it('Business Hours, Splitter and Custom Logic choose their branch', async () => {
    const flow = runner({
      nodes: [
        node('s', 'start'),
        // Monday 2026-03-02 15:00 UTC is 10:00 in New York: open.
        node('bh', 'businessHours', { timezone: 'America/New_York' }),
        node('sp', 'splitter', {
          mode: 'percentage',
          branches: [
            { name: 'A', value: 20 },
            { name: 'B', value: 80 },
          ],
        }),
        node('cl', 'customLogic', { rules: [{ name: 'west', expression: 'state in ["CA", "OR"]' }] }),
        node('en', 'enrich'),
        hangupAt('closed'),
        hangupAt('b'),
        hangupAt('fail'),
        hangupAt('west'),
        hangupAt('else'),
      ],
      edges: [
        edge('s', 'next', 'bh'),
        edge('bh', 'open', 'sp'),
        edge('bh', 'closed', 'closed'),
        edge('sp', 'A', 'en'),
        edge('sp', 'B', 'b'),
        edge('sp', 'failover', 'fail'),
        edge('en', 'next', 'cl'),
        edge('cl', 'west', 'west'),
        edge('cl', 'else', 'else'),
      ],
    });
    const result = await flow.step();
    expect(result.state.path.map((p) => `${p.nodeId}:${p.branch}`)).toEqual([
      's:next',
      'bh:open',
      'sp:A',
      'en:next',
      'cl:west',
      'west:null',
    ]);
    expect(result.state.variables).toMatchObject({
      area_code: '415',
      area_state: 'CA',
      state: 'CA',
      from_city: 'San Francisco',
      utm_source: 'google',
    });
  });

  it('Profile Enrich looks up extra variables, and carries on when the lookup fails', async () => {
    const lookup = runner({
      nodes: [
        node('s', 'start'),
        node('en', 'enrich', { lookupUrl: 'https://crm.test/find?phone={from}' }),
        hangupAt('h'),
      ],
      edges: [edge('s', 'next', 'en'), edge('en', 'next', 'h')],
    });
    const found = await lookup.step();
    expect(lookup.effects.lookup).toHaveBeenCalledWith('https://crm.test/find?phone=%2B14155550100', 1500);
    expect(found.state.variables).toMatchObject({ lookup_score: '42', lookup_tier: 'gold' });
    expect(found.state.variables.lookup_nested).toBeUndefined();
    const failing = runner(
      {
        nodes: [node('s', 'start'), node('en', 'enrich', { lookupUrl: 'https://crm.test/x' }), hangupAt('h')],
        edges: [edge('s', 'next', 'en'), edge('en', 'next', 'h')],
      },
      fakeEffects({ lookup: async () => null }),
    );
    expect((await failing.step()).notes[1].note).toMatch(/Lookup failed/);
  });

  it('Tracking Pixel fires without waiting', async () => {
    const flow = runner({
      nodes: [
        node('s', 'start'),
        node('px', 'pixel', { requests: [{ url: 'https://px.test/{var.zip}' }] }),
        hangupAt('h'),
      ],
      edges: [edge('s', 'next', 'px'), edge('px', 'next', 'h')],
    });
    await flow.step();
    expect(flow.effects.firePixels).toHaveBeenCalledTimes(1);
  });

  it('Router dials through routing, tries the next target on a miss, and branches connected/failed', async () => {
    let offered = 0;
    const effects = fakeEffects({
      dial: vi.fn(async (request) =>
        ++offered > 2
          ? null
          : {
              twiml: `<Response><Dial action="${request.actionUrl}"/></Response>`,
              dialedId: `tgt_${offered}`,
              note: '',
            },
      ),
    });
    const definition: FlowDefinition = {
      nodes: [
        node('s', 'start'),
        node('w', 'whisper', { message: 'Sales call' }),
        node('r', 'router'),
        hangupAt('ok'),
        hangupAt('fail'),
      ],
      edges: [
        edge('s', 'next', 'w'),
        edge('w', 'next', 'r'),
        edge('r', 'connected', 'ok'),
        edge('r', 'failed', 'fail'),
      ],
    };
    const flow = runner(definition, effects);
    const first = await flow.step();
    expect(first.twiml).toBe(
      '<Response><Dial action="https://app.test/api/flows/webhook/fls_1/r"/></Response>',
    );
    expect(first.waitingFor).toBe('dial');
    expect(effects.dial).toHaveBeenLastCalledWith(
      expect.objectContaining({
        mode: 'campaign',
        tried: ['tgt_1'],
        whisperUrl: 'https://app.test/api/flows/webhook/fls_1/w?event=whisper',
      }),
    );
    const missed = await flow.step({ nodeId: 'r', params: { DialCallStatus: 'no-answer' } });
    expect(missed.state.dial).toEqual({ nodeId: 'r', tried: ['tgt_1', 'tgt_2'] });
    const exhausted = await flow.step({ nodeId: 'r', params: { DialCallStatus: 'busy' } });
    expect(exhausted.state.path.at(-1)?.nodeId).toBe('fail');

    const connected = runner(definition);
    await connected.step();
    const done = await connected.step({ nodeId: 'r', params: { DialCallStatus: 'completed' } });
    expect(done.state.path.map((p) => p.nodeId)).toEqual(['s', 'w', 'r', 'ok']);
  });

  it('a Router after spoken verbs sends Twilio back for its dial', async () => {
    const flow = runner({
      nodes: [
        node('s', 'start'),
        node('p', 'play', { prompt: { text: 'Connecting' } }),
        node('r', 'router'),
        hangupAt('ok'),
        hangupAt('fail'),
      ],
      edges: [
        edge('s', 'next', 'p'),
        edge('p', 'next', 'r'),
        edge('r', 'connected', 'ok'),
        edge('r', 'failed', 'fail'),
      ],
    });
    const first = await flow.step();
    expect(first.twiml).toContain(
      '<Say voice="alice" language="en-US">Connecting</Say><Redirect method="POST">https://app.test/api/flows/webhook/fls_1/r?event=enter</Redirect>',
    );
    expect(flow.effects.dial).not.toHaveBeenCalled();
    const second = await flow.step({ nodeId: 'r', event: 'enter' });
    expect(second.twiml).toContain('<Dial');
    expect(second.state.path.filter((p) => p.nodeId === 'r')).toHaveLength(1);
  });

  it('Transfer dials a number or SIP URI with the whisper as the <Number url>', async () => {
    const flow = runner({
      nodes: [
        node('s', 'start'),
        node('w', 'whisper'),
        node('t', 'transfer', {
          destination: 'sip:agent@pbx.test',
          timeoutSeconds: 20,
          callerId: 'tracking',
        }),
        hangupAt('ok'),
        hangupAt('fail'),
      ],
      edges: [
        edge('s', 'next', 'w'),
        edge('w', 'next', 't'),
        edge('t', 'connected', 'ok'),
        edge('t', 'failed', 'fail'),
      ],
    });
    const dialing = await flow.step();
    expect(dialing.twiml).toContain(
      '<Dial action="https://app.test/api/flows/webhook/fls_1/t" method="POST" timeout="20" answerOnBridge="true" callerId="+18005550199">' +
        '<Sip url="https://app.test/api/flows/webhook/fls_1/w?event=whisper" method="POST">sip:agent@pbx.test</Sip></Dial>',
    );
    const failed = await flow.step({ nodeId: 't', params: { DialCallStatus: 'no-answer' } });
    expect(failed.state.path.at(-1)?.nodeId).toBe('fail');
  });

  it('Voicemail records and stores the recording on the call', async () => {
    const flow = runner({
      nodes: [
        node('s', 'start'),
        node('v', 'voicemail', { transcribe: true, maxLengthSeconds: 60 }),
        hangupAt('h'),
      ],
      edges: [edge('s', 'next', 'v'), edge('v', 'next', 'h')],
    });
    const recording = await flow.step();
    expect(recording.twiml).toContain(
      '<Say voice="alice" language="en-US">Please leave a message after the beep.</Say><Record action="https://app.test/api/flows/webhook/fls_1/v" method="POST" maxLength="60" playBeep="true" finishOnKey="#" transcribe="true" transcribeCallback="https://app.test/api/flows/webhook/fls_1/v?event=transcription"/>',
    );
    expect(recording.waitingFor).toBe('record');
    const after = await flow.step({
      nodeId: 'v',
      params: {
        RecordingUrl: 'https://api.twilio.test/rec/RE1',
        RecordingSid: 'RE1',
        RecordingDuration: '12',
      },
    });
    expect(flow.effects.saveRecording).toHaveBeenCalledWith({
      url: 'https://api.twilio.test/rec/RE1',
      sid: 'RE1',
      durationSeconds: 12,
    });
    expect(after.twiml).toContain('<Hangup/>');
  });

  it('stops a loop that never waits for the caller', async () => {
    const flow = runner({
      nodes: [node('s', 'start'), node('a', 'pause'), node('b', 'pause')],
      edges: [edge('s', 'next', 'a'), edge('a', 'next', 'b'), edge('b', 'next', 'a')],
    });
    await expect(flow.step()).rejects.toThrow(`More than ${MAX_NODES_PER_STEP} nodes in one step`);
  });
});
