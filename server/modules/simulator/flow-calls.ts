import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  type FlowTestInput,
  type FlowTestStep,
  NODE_CONFIG_SCHEMAS,
  type StartFlowTestInput,
} from '../../../contracts/flows';
import { AppError, notFound } from '../../lib/app-error';
import * as calls from '../calls/repository';
import { campaignRepository } from '../campaigns/repository';
import * as flows from '../flows/repository';
import {
  postLikeTwilio,
  SIM_ACCOUNT_SID,
  simulateCall,
  simulateEvent,
  twilioSid,
  unescapeXml,
} from './service';

/** Twilio follows a <Redirect> at once; so does the test call (a few times at most). */
const MAX_REDIRECTS = 5;
const TERMINAL = new Set(['completed', 'canceled', 'failed', 'busy', 'no-answer']);

const attributeOf = (twiml: string, verb: string, attribute: string) => {
  const value = twiml.match(new RegExp(`<${verb}[^>]*\\s${attribute}="([^"]+)"`))?.[1];
  return value && unescapeXml(value);
};

async function followRedirects(app: FastifyInstance, twiml: string, params: Record<string, string>) {
  let current = twiml;
  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    const target = current.match(/<Redirect[^>]*>([^<]+)<\/Redirect>/)?.[1];
    if (!target) break;
    current = await postLikeTwilio(app, unescapeXml(target), params);
  }
  return current;
}

async function testStep(
  app: FastifyInstance,
  accountId: string,
  callId: string,
  twiml: string,
): Promise<FlowTestStep> {
  const session = await flows.findSessionOfCall(app.db, accountId, callId);
  if (!session) throw new AppError('CONFLICT', 'This call did not run a call flow (is the flow published?)');
  const [call, version] = await Promise.all([
    calls.findCallById(app.db, callId),
    flows.findVersionById(app.db, session.versionId),
  ]);
  const current = version?.definition.nodes.find((node) => node.id === session.currentNodeId);
  const ended = !current || TERMINAL.has(call?.status ?? '');
  let waitingFor: FlowTestStep['waitingFor'] = null;
  if (!ended && current) {
    if (current.type === 'menu') waitingFor = 'digits';
    else if (current.type === 'gather')
      waitingFor = NODE_CONFIG_SCHEMAS.gather.parse(current.config).input === 'speech' ? 'speech' : 'digits';
    else if (current.type === 'router' || current.type === 'transfer') waitingFor = 'dial';
    else if (current.type === 'voicemail') waitingFor = 'record';
  }
  return {
    callId,
    sessionId: session.id,
    flowId: session.flowId,
    version: session.version,
    twiml,
    path: session.path.map(({ nodeId, type, branch, at }) => ({
      nodeId,
      type: type as FlowTestStep['path'][number]['type'],
      branch,
      at,
    })),
    currentNodeId: ended ? null : session.currentNodeId,
    waitingFor,
    ended,
    variables: Object.fromEntries(
      Object.entries(session.variables).filter(([name]) => !name.startsWith('_')),
    ),
  };
}

/** A test call on a flow's published version, through one of its campaign's tracking numbers. */
export async function startFlowTestCall(
  app: FastifyInstance,
  accountId: string,
  flowId: string,
  input: z.output<typeof StartFlowTestInput>,
): Promise<FlowTestStep> {
  const flow = await flows.flowRepository.find(app.db, accountId, flowId);
  if (!flow) throw notFound('Flow');
  if (!flow.campaignId) throw new AppError('CONFLICT', 'Choose the campaign this flow runs on first');
  if (!flow.publishedVersion)
    throw new AppError('CONFLICT', 'Publish the flow first; test calls run the published version');
  // A call to a campaign that is not live never reaches its flow: say so rather than "no flow ran".
  const campaign = await campaignRepository.find(app.db, accountId, flow.campaignId);
  if (campaign?.status !== 'active')
    throw new AppError(
      'CONFLICT',
      `The campaign “${campaign?.name ?? flow.campaignId}” is not active: activate it on its Campaigns page (it needs an active target in its routing plan), then test the flow`,
    );
  const to = input.to ?? (await flows.findCampaignNumber(app.db, accountId, flow.campaignId));
  if (!to) throw new AppError('CONFLICT', "The flow's campaign has no tracking number to call");
  const placed = await simulateCall(app, accountId, { ...input, to });
  if (!placed.callId) throw new AppError('CONFLICT', 'The test call was not recorded');
  const twiml = await followRedirects(app, placed.twiml, callParams(placed.callSid, input.from, to));
  return testStep(app, accountId, placed.callId, twiml);
}

const callParams = (callSid: string, from: string, to: string) => ({
  AccountSid: SIM_ACCOUNT_SID,
  ApiVersion: '2010-04-01',
  CallSid: callSid,
  CallStatus: 'in-progress',
  Direction: 'inbound',
  From: from,
  To: to,
});

/** The caller's next move on a test call waiting in a flow; answers with the flow's next step. */
export async function sendFlowTestInput(
  app: FastifyInstance,
  accountId: string,
  callId: string,
  input: z.output<typeof FlowTestInput>,
): Promise<FlowTestStep> {
  const call = await calls.findCallById(app.db, callId);
  if (!call || call.accountId !== accountId) throw notFound('Call');
  const last = call.twiml.at(-1)?.twiml ?? '';
  const base = callParams(call.callSid, call.fromNumber, call.toNumber);
  const expect = (verb: string, what: string) => {
    const action = attributeOf(last, verb, 'action');
    if (!action) throw new AppError('CONFLICT', `The call is not ${what} right now`);
    return action;
  };
  let twiml: string;
  switch (input.kind) {
    case 'digits':
    case 'speech':
    case 'timeout':
      twiml = await postLikeTwilio(app, expect('Gather', 'waiting for the caller'), {
        ...base,
        Digits: input.kind === 'digits' ? input.digits : '',
        ...(input.kind === 'speech' ? { SpeechResult: input.speech, Confidence: '0.9' } : {}),
      });
      break;
    case 'dial': {
      const action = expect('Dial', 'dialing');
      // A Router's dial is an attempt with leg callbacks: driven as the plain test call drives it.
      if (attributeOf(last, '(?:Number|Sip)', 'statusCallback')) {
        const type = input.status;
        const event = await simulateEvent(app, accountId, callId, {
          type,
          durationSeconds: input.durationSeconds,
        });
        twiml = event.twiml ?? '';
        break;
      }
      twiml = await postLikeTwilio(app, action, {
        ...base,
        DialCallSid: twilioSid('CA'),
        DialCallStatus: input.status,
        ...(input.status === 'completed' ? { DialCallDuration: String(input.durationSeconds) } : {}),
      });
      break;
    }
    case 'record': {
      const sid = twilioSid('RE');
      twiml = await postLikeTwilio(app, expect('Record', 'recording'), {
        ...base,
        RecordingSid: sid,
        RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${SIM_ACCOUNT_SID}/Recordings/${sid}`,
        RecordingDuration: String(input.durationSeconds),
      });
      break;
    }
  }
  return testStep(app, accountId, callId, await followRedirects(app, twiml, base));
}
