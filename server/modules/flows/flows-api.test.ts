import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createLiveCampaign, signUp } from '../../../test/factories';
import { menuToRouter, flowNode as node } from '../../../test/flows';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const send = (
  method: 'POST' | 'PATCH' | 'GET' | 'DELETE',
  url: string,
  payload?: unknown,
  auth: { headers: Record<string, string> } = owner,
) => t.app.inject({ method, url, headers: auth.headers, payload: payload as Record<string, unknown> });

describe('/api/flows', () => {
  it('creates a flow with a Start node, saves drafts with their validation, and lists it', async () => {
    const created = await send('POST', '/api/flows', { name: 'Main IVR' });
    expect(created.statusCode).toBe(201);
    const flow = created.json();
    expect(flow).toMatchObject({
      name: 'Main IVR',
      campaignId: null,
      status: 'draft',
      publishedVersion: null,
      definition: { nodes: [{ id: 'start', type: 'start' }], edges: [] },
      validation: { valid: false, errors: [{ nodeId: 'start', message: 'Connect the "next" branch' }] },
    });

    const saved = await send('PATCH', `/api/flows/${flow.id}`, {
      definition: { nodes: [...menuToRouter().nodes, node('t', 'transfer')], edges: menuToRouter().edges },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().validation.errors).toEqual(
      expect.arrayContaining([
        {
          nodeId: 't',
          field: 'destination',
          message: 'A phone number or a SIP URI like sip:agent@example.com',
        },
        { nodeId: 't', message: 'Transfer cannot be reached from Start' },
      ]),
    );
    const list = (await send('GET', '/api/flows')).json().items;
    expect(list).toEqual([
      expect.objectContaining({ id: flow.id, nodeCount: 5, valid: false, status: 'draft' }),
    ]);
    expect(list[0].definition).toBeUndefined();
  });

  it('refuses malformed definitions and foreign campaigns with field errors', async () => {
    const badType = await send('POST', '/api/flows', {
      name: 'x',
      definition: { nodes: [{ id: 'a', type: 'teleport', config: {}, position: { x: 0, y: 0 } }], edges: [] },
    });
    expect(badType.statusCode).toBe(400);
    const other = await signUp(t.app);
    const theirs = await createLiveCampaign(t.app, other);
    const foreign = await send('POST', '/api/flows', { name: 'x', campaignId: theirs.campaign.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.fields).toEqual([
      { field: 'campaignId', message: 'No such campaign in this account' },
    ]);
  });

  it('publishes versions, keeps history, refuses an invalid draft with node-level errors', async () => {
    const { campaign } = await createLiveCampaign(t.app, owner);
    const flow = (
      await send('POST', '/api/flows', { name: 'IVR', campaignId: campaign.id, definition: menuToRouter() })
    ).json();
    expect(flow.validation).toEqual({ valid: true, errors: [] });
    const taken = await send('POST', '/api/flows', { name: 'Second', campaignId: campaign.id });
    expect(taken.json().error.details.fields).toEqual([
      { field: 'campaignId', message: 'This campaign already has a flow' },
    ]);

    const v1 = await send('POST', `/api/flows/${flow.id}/publish`);
    expect(v1.statusCode).toBe(200);
    expect(v1.json()).toMatchObject({
      status: 'published',
      publishedVersion: 1,
      hasUnpublishedChanges: false,
    });

    const edited = menuToRouter();
    edited.nodes[1].config.prompt = { text: 'Press 1 again' };
    const draft = (await send('PATCH', `/api/flows/${flow.id}`, { definition: edited })).json();
    expect(draft).toMatchObject({ publishedVersion: 1, hasUnpublishedChanges: true });
    expect((await send('POST', `/api/flows/${flow.id}/publish`)).json().publishedVersion).toBe(2);

    const broken = menuToRouter();
    broken.nodes[2].config = { mode: 'target', targetId: 'tgt_nope' };
    await send('PATCH', `/api/flows/${flow.id}`, { definition: broken });
    const refused = await send('POST', `/api/flows/${flow.id}/publish`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.errors).toEqual([
      { nodeId: 'route', field: 'targetId', message: 'No such target in this account' },
    ]);
    expect(refused.json().error.details.fields).toEqual([
      { field: 'nodes.route.targetId', message: 'No such target in this account' },
    ]);

    const { targets } = await createLiveCampaign(t.app, owner);
    broken.nodes[2].config = { mode: 'target', targetId: targets[0].id };
    await send('PATCH', `/api/flows/${flow.id}`, { definition: broken });
    expect((await send('POST', `/api/flows/${flow.id}/publish`)).json().error.details.errors).toEqual([
      { nodeId: 'route', field: 'targetId', message: "Add this target to the campaign's routing plan first" },
    ]);
    const check = await send('POST', '/api/flows/validate', { definition: broken, campaignId: campaign.id });
    expect(check.json().valid).toBe(false);

    const versions = (await send('GET', `/api/flows/${flow.id}/versions`)).json().items;
    expect(versions.map((v: { version: number; live: boolean }) => [v.version, v.live])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions[0]).toMatchObject({ publishedBy: owner.user.email, nodeCount: 4 });
    expect(versions[1].definition.nodes[1].config.prompt.text).toBe('Press 1 for auto insurance');
  });

  it('validates without saving, duplicates, and deletes', async () => {
    const check = await send('POST', '/api/flows/validate', { definition: { nodes: [], edges: [] } });
    expect(check.json()).toEqual({ valid: false, errors: [{ message: 'Add a Start node' }] });

    const flow = (await send('POST', '/api/flows', { name: 'Original', definition: menuToRouter() })).json();
    const copy = await send('POST', `/api/flows/${flow.id}/duplicate`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ name: 'Copy of Original', campaignId: null, status: 'draft' });
    expect(copy.json().definition).toEqual(flow.definition);

    expect((await send('DELETE', `/api/flows/${copy.json().id}`)).statusCode).toBe(204);
    expect((await send('GET', `/api/flows/${copy.json().id}`)).statusCode).toBe(404);
  });

  it('lets viewers read but not change flows', async () => {
    const viewer = await addUser(t.app, owner, 'viewer');
    expect((await send('GET', '/api/flows', undefined, viewer)).statusCode).toBe(200);
    expect((await send('POST', '/api/flows', { name: 'x' }, viewer)).statusCode).toBe(403);
  });
});

it("walls another account's flows off from publish and duplicate", async () => {
  const flow = (await send('POST', '/api/flows', { name: 'Mine', definition: menuToRouter() })).json();
  const intruder = await signUp(t.app);
  for (const action of ['publish', 'duplicate'])
    expect((await send('POST', `/api/flows/${flow.id}/${action}`, {}, intruder)).statusCode).toBe(404);
  expect((await send('GET', `/api/flows/${flow.id}`)).json().status).toBe('draft');
});
