import { describe, expect, it } from 'vitest';
import {
  STEP_TIMEOUT,
  screenshotOnFailure,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

const AGENT_PHONE = '+14155550177';

describe('agents take calls and the wallboard shows them', () => {
  const journey = useBrowserJourney();

  it(
    'an agent user sets themselves available, a test call reaches them, the wallboard shows the call',
    { timeout: 150_000 },
    () =>
      screenshotOnFailure(journey.page, 'agents-journey', async () => {
        const { page, pageErrors } = journey;
        const nav = page.getByRole('navigation', { name: 'Main' });
        await signUpInBrowser(page, { company: 'Help Desk' });

        // The owner adds an agent on the Agents page; she starts offline.
        await nav.getByRole('link', { name: 'Agents' }).click();
        await page.getByRole('heading', { level: 1, name: 'Agents' }).waitFor();
        await page.getByRole('button', { name: 'New agent' }).click();
        const sheet = page.getByRole('dialog');
        await sheet.getByLabel('Name', { exact: true }).fill('Ana Lopez');
        await sheet.getByLabel('Destination', { exact: true }).fill('(415) 555-0177');
        await sheet.getByLabel('Skills', { exact: true }).fill('spanish 8, billing 4');
        await sheet.getByRole('button', { name: 'Create', exact: true }).click();
        await sheet.waitFor({ state: 'detached' });
        const anaRow = page.getByRole('row').filter({ hasText: 'Ana Lopez' });
        await anaRow.getByText('Offline', { exact: true }).first().waitFor();
        const [agent] = (await (await page.request.get('/api/agents')).json()).items;

        // A group with her in it answers the campaign's calls.
        const group = await sendThroughApi<{ id: string }>(page, {
          path: '/api/agent-groups',
          data: {
            name: 'Spanish desk',
            agentIds: [agent.id],
            requiredSkills: [{ name: 'spanish', level: 5 }],
          },
          status: 201,
        });
        const campaign = await sendThroughApi<{ id: string }>(page, {
          path: '/api/campaigns',
          data: { name: 'Support', routing: [{ agentGroupId: group.id, priority: 1, weight: 50 }] },
          status: 201,
        });
        await sendThroughApi(page, {
          path: '/api/numbers',
          data: { phoneNumber: '+18005550177', name: 'Support line', campaignId: campaign.id },
          status: 201,
        });
        await sendThroughApi(page, {
          method: 'patch',
          path: `/api/campaigns/${campaign.id}`,
          data: { status: 'active' },
        });

        // Settings → Users: a user with the Agent role, tied to Ana.
        await nav.getByRole('link', { name: 'Settings' }).click();
        await page.getByRole('tab', { name: 'Users' }).click();
        await page.getByRole('button', { name: 'Add user' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Email', { exact: true }).fill('ana@example.com');
        await dialog.getByLabel('Password', { exact: true }).fill('ana-takes-calls');
        await dialog.getByLabel('Role', { exact: true }).click();
        await page.getByRole('option', { name: /^Agent/ }).click();
        await dialog.getByLabel('Agent', { exact: true }).click();
        await page.getByRole('option', { name: 'Ana Lopez' }).click();
        await dialog.getByRole('button', { name: 'Add user' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByRole('row').filter({ hasText: 'ana@example.com' }).waitFor();

        // Ana signs in elsewhere: her view is all she gets, and she sets herself available.
        const agentContext = await journey.browser.newContext({ baseURL: journey.server.url });
        const agentPage = await agentContext.newPage();
        agentPage.setDefaultTimeout(STEP_TIMEOUT);
        agentPage.on('pageerror', (error) => pageErrors.push(error.message));
        await agentPage.goto('/login');
        await agentPage.getByLabel('Email', { exact: true }).fill('ana@example.com');
        await agentPage.getByLabel('Password', { exact: true }).fill('ana-takes-calls');
        await agentPage.getByRole('button', { name: 'Sign in' }).click();
        await agentPage.getByRole('heading', { level: 1, name: 'Hello, Ana Lopez' }).waitFor();
        const agentNav = agentPage.getByRole('navigation', { name: 'Main' });
        expect(await agentNav.getByRole('link').allTextContents()).toEqual(['My calls']);
        await agentPage.getByRole('button', { name: 'Available', exact: true }).click();
        await agentPage.getByRole('button', { name: 'Available', pressed: true }).waitFor();

        // A test call reaches her: the agent view shows it ringing, then connected.
        const call = await sendThroughApi<{ callId: string; twiml: string }>(page, {
          path: '/api/simulator/calls',
          data: { to: '+18005550177', from: '+12125550123' },
        });
        expect(call.twiml).toContain(AGENT_PHONE);
        await agentPage.getByText('Ringing', { exact: true }).first().waitFor();
        await sendThroughApi(page, {
          path: `/api/simulator/calls/${call.callId}/events`,
          data: { type: 'answered' },
        });
        await agentPage.getByText('Connected', { exact: true }).waitFor();
        await agentPage.getByText('On a call', { exact: true }).first().waitFor();

        // The wallboard shows the call live.
        await nav.getByRole('link', { name: 'Agents' }).click();
        await page.getByRole('tab', { name: 'Wallboard' }).click();
        const onCall = page
          .locator('div[data-tone]')
          .filter({ has: page.getByText('On a call', { exact: true }) })
          .first();
        await onCall.getByText('1', { exact: true }).waitFor();
        const handled = page.locator('div[data-tone]').filter({ hasText: 'Calls handled (24 h)' });
        await handled.getByText('1', { exact: true }).waitFor();
        await page.getByRole('row').filter({ hasText: 'Ana Lopez' }).getByText('On a call').waitFor();

        await agentContext.close();
        expect(pageErrors).toEqual([]);
      }),
  );
});
