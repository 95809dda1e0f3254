import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  screenshotOnFailure,
  seedBuyerAndTarget,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

const TRACKING_NUMBER = '+18005550166';
// seedBuyerAndTarget's target answers here.
const TARGET_NUMBER = '+14155550111';

const flowNode = (page: Page, label: string) => page.locator(`article[aria-label="${label} node"]`);

/** Drags from one node's branch outlet onto another node's inlet, as a user connects them. */
async function connect(from: Locator, branch: string, to: Locator) {
  await from
    .locator(`.react-flow__handle[data-handleid="${branch}"]`)
    .dragTo(to.locator('.react-flow__handle.target'));
}

/** Picks where a branch of the selected node goes, in the side panel. */
async function routeBranch(page: Page, branch: string, target: RegExp) {
  await page.getByLabel(`${branch} goes to`, { exact: true }).click();
  await page.getByRole('option', { name: target }).click();
}

describe('call flows from the canvas to a test call', () => {
  const journey = useBrowserJourney();

  it(
    'builds Start → Menu → Router, publishes it and presses 1 on a test call to reach the target',
    { timeout: 180_000 },
    () =>
      screenshotOnFailure(journey.page, 'flows-journey', async () => {
        const { page, pageErrors } = journey;
        await page.setViewportSize({ width: 1600, height: 1000 });
        await signUpInBrowser(page, { company: 'IVR Calls' });

        // A live campaign with one target and a tracking number.
        const { targetId } = await seedBuyerAndTarget(page, {
          buyer: 'Acme Insurance',
          target: 'Acme Sales',
        });
        const campaign = await sendThroughApi<{ id: string }>(page, {
          path: '/api/campaigns',
          data: { name: 'Auto Leads', routing: [{ targetId, priority: 1, weight: 100 }] },
          status: 201,
        });
        await sendThroughApi(page, {
          path: '/api/numbers',
          data: { phoneNumber: TRACKING_NUMBER, name: 'IVR line', campaignId: campaign.id },
          status: 201,
        });
        await sendThroughApi(page, {
          method: 'patch',
          path: `/api/campaigns/${campaign.id}`,
          data: { status: 'active' },
        });

        // A new flow for the campaign opens in the editor with its Start node.
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Call Flows' })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Call Flows' }).waitFor();
        await page.getByRole('button', { name: 'New flow' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Name', { exact: true }).fill('Auto IVR');
        await dialog.getByLabel('Campaign', { exact: true }).click();
        await page.getByRole('option', { name: 'Auto Leads' }).click();
        await dialog.getByRole('button', { name: 'Create flow' }).click();
        await page.getByRole('heading', { level: 1, name: 'Auto IVR' }).waitFor();
        const start = flowNode(page, 'Start');
        await start.waitFor();

        // Menu dragged from the palette; Router and Hangup added with a click, each after the selected node.
        const pane = page.locator('.react-flow__pane');
        const paneBox = await pane.boundingBox();
        if (!paneBox) throw new Error('the canvas has no size');
        await page.getByRole('button', { name: 'Add Menu' }).dragTo(pane, {
          targetPosition: { x: paneBox.width / 2 + 260, y: paneBox.height / 2 - 40 },
        });
        const menu = flowNode(page, 'Menu');
        await menu.waitFor();
        await page.getByRole('region', { name: 'Menu settings' }).waitFor();
        await page.getByRole('button', { name: 'Add Router' }).click();
        const router = flowNode(page, 'Router');
        await router.waitFor();
        await page.getByRole('button', { name: 'Add Hangup' }).click();
        const hangup = flowNode(page, 'Hangup');
        await hangup.waitFor();
        await page.getByRole('button', { name: 'Fit View' }).click();

        // Branches connected by dragging: Start → Menu, Menu's key 1 → Router, Router connected → Hangup.
        await connect(start, 'next', menu);
        await connect(menu, '1', router);
        await connect(router, 'connected', hangup);
        await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(3);

        // Validation (a moment after the last edit) marks what is still open on the node itself.
        await expect.poll(() => start.getAttribute('data-invalid')).toBeNull();
        await menu.getByText('Connect the "timeout" branch').waitFor();
        expect(await menu.getAttribute('data-invalid')).toBe('true');

        // The menu's form: what it says, and where no key or a wrong key goes.
        await menu.click();
        const settings = page.getByRole('region', { name: 'Menu settings' });
        await settings.getByLabel('Say', { exact: true }).fill('Press 1 for auto insurance.');
        await settings.getByLabel('Label', { exact: true }).fill('Auto');
        await routeBranch(page, 'Timeout', /^Hangup/);
        await routeBranch(page, 'Invalid', /^Hangup/);
        expect(await menu.textContent()).toContain('Press 1 for auto insurance.');
        await router.click();
        await routeBranch(page, 'Failed', /^Hangup/);
        await page.getByText('Ready to publish').waitFor();
        expect(await page.locator('article[data-invalid]').count()).toBe(0);

        // Publishing saves the draft and makes it version 1, live.
        await page.getByRole('button', { name: 'Publish' }).click();
        await page.getByText('Live v1').waitFor();
        await page.getByText('The live version is up to date').waitFor();
        expect(await page.getByText('Unsaved changes').count()).toBe(0);
        await page.getByRole('tab', { name: 'Versions' }).click();
        const version = page.getByRole('list', { name: 'Versions' }).getByRole('listitem').first();
        expect(await version.textContent()).toContain('Version 1');
        expect(await version.getAttribute('data-live')).toBe('true');

        // A test call: the menu answers with a Gather; pressing 1 dials the target through the router.
        await page.getByRole('tab', { name: 'Test call' }).click();
        await page.getByRole('button', { name: 'Start test call' }).click();
        const steps = page.getByTestId('flow-test-step');
        await steps.first().waitFor();
        const firstTwiml = await steps.first().locator('pre').textContent();
        expect(firstTwiml).toContain('<Gather');
        expect(firstTwiml).toContain('Press 1 for auto insurance.');
        expect(await menu.getAttribute('data-on-path')).toBe('true');

        await page.getByLabel('Digits', { exact: true }).fill('1');
        await page.getByRole('button', { name: 'Press', exact: true }).click();
        await steps.nth(1).waitFor();
        const dialTwiml = await steps.nth(1).locator('pre').textContent();
        expect(dialTwiml).toContain('<Dial');
        expect(dialTwiml).toContain(TARGET_NUMBER);
        expect(await steps.nth(1).getByRole('list', { name: 'Path' }).textContent()).toContain('Press 1');
        expect(await router.getAttribute('data-on-path')).toBe('true');
        expect(await hangup.getAttribute('data-on-path')).toBeNull();
        expect(await page.locator('.react-flow__edge.animated').count()).toBe(2);

        // The target answers; once the call completes the flow hangs up.
        await page.getByRole('button', { name: 'Answered' }).click();
        await page.getByText('The call has ended.').waitFor();
        expect(await hangup.getAttribute('data-on-path')).toBe('true');

        // Analytics on the canvas count the call on each node it passed.
        await page.getByRole('button', { name: 'Analytics' }).click();
        await expect.poll(async () => menu.locator('dd').first().textContent()).toBe('1');

        // The list shows the live flow; a duplicate is a new draft on no campaign, opened in the editor.
        await page.getByRole('link', { name: 'Call flows', exact: true }).click();
        const row = page.getByRole('row').filter({ hasText: 'Auto IVR' });
        // The list refreshes in the background after the edits: wait for the published state.
        await row.getByText('Live v1').waitFor();
        expect(await row.textContent()).toContain('Auto Leads');
        await row.getByRole('button', { name: 'Actions for Auto IVR' }).click();
        await page.getByRole('menuitem', { name: 'Duplicate' }).click();
        await page.getByRole('heading', { level: 1, name: 'Copy of Auto IVR' }).waitFor();
        await page.getByText('No campaign yet').waitFor();
        expect(await page.locator('article[aria-label$=" node"]').count()).toBe(4);

        expect(pageErrors).toEqual([]);
      }),
  );
});
