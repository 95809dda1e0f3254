import { describe, expect, it } from 'vitest';
import {
  screenshotOnFailure,
  seedBuyerAndTarget,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

describe('the help pages and the assistant (offline: no Anthropic key in tests)', () => {
  const journey = useBrowserJourney();

  it(
    'reads a help page, asks the assistant, follows its link into the docs, and asks about a call',
    { timeout: 120_000 },
    () =>
      screenshotOnFailure(journey.page, 'help-journey', async () => {
        const { page, pageErrors } = journey;
        const nav = page.getByRole('navigation', { name: 'Main' });
        await signUpInBrowser(page, { company: 'Helpful Calls' });

        // The Help section lists the pages; a page has its sections in "On this page".
        await nav.getByRole('link', { name: 'Help' }).click();
        await page.getByRole('heading', { level: 1, name: 'Help' }).waitFor();
        await page.getByRole('link', { name: 'Campaigns and routing' }).click();
        await page.getByRole('heading', { level: 1, name: 'Campaigns and routing' }).waitFor();
        const onThisPage = page.getByRole('navigation', { name: 'On this page' });
        await onThisPage.getByRole('link', { name: 'Caps' }).click();
        expect(new URL(page.url()).hash).toBe('#caps');
        await page.getByRole('heading', { level: 2, name: 'Caps' }).waitFor();

        // The assistant answers from the docs, says it is offline, and links to the section.
        await page.getByRole('button', { name: 'Assistant', exact: true }).click();
        const panel = page.getByRole('complementary', { name: 'Help assistant' });
        await panel.getByText('Offline', { exact: true }).waitFor();
        await panel.getByLabel('Your question').fill('How do I set up RTB?');
        await panel.getByRole('button', { name: 'Ask', exact: true }).click();
        const answer = panel.getByTestId('assistant-answer').last();
        await answer.getByText('Offline answer').waitFor();
        expect(await answer.textContent()).toContain('no AI service is set up');

        await answer.getByRole('button', { name: 'Helpful', exact: true }).click();
        await answer.getByRole('button', { name: 'Helpful', exact: true, pressed: true }).waitFor();

        await answer
          .getByRole('link', { name: 'RTB (real-time bidding) › Setting up RTB step by step' })
          .click();
        await page.getByRole('heading', { level: 1, name: 'RTB (real-time bidding)' }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/help/rtb');
        expect(new URL(page.url()).hash).toBe('#setting-up-rtb-step-by-step');
        await page.getByRole('heading', { level: 2, name: 'Setting up RTB step by step' }).waitFor();

        // On a call's page, "Ask about this call" explains that call from its routing decisions.
        const { targetId } = await seedBuyerAndTarget(page, { buyer: 'Acme Insurance', target: 'Acme Main' });
        const campaign = await sendThroughApi<{ id: string }>(page, {
          path: '/api/campaigns',
          data: { name: 'Auto Insurance', routing: [{ targetId, priority: 1, weight: 100 }] },
          status: 201,
        });
        await sendThroughApi(page, {
          path: '/api/numbers',
          data: { phoneNumber: '+18005550142', campaignId: campaign.id },
          status: 201,
        });
        await sendThroughApi(page, {
          method: 'patch',
          path: `/api/campaigns/${campaign.id}`,
          data: { status: 'active' },
        });
        const call = await sendThroughApi<{ callId: string }>(page, {
          path: '/api/simulator/calls',
          data: { to: '+18005550142', from: '+14155550177' },
        });
        await page.goto(`/calls/${call.callId}`);
        await page.getByRole('button', { name: 'Ask about this call' }).click();
        await panel.getByText(`About call ${call.callId}`).waitFor();
        const callAnswer = panel.getByTestId('assistant-answer').last();
        await callAnswer.getByText('Offline answer').waitFor();
        expect(await callAnswer.textContent()).toContain('Acme Main');
        await callAnswer.getByRole('link', { name: /Reading a call's routing decisions/ }).waitFor();

        await panel.getByRole('button', { name: 'Close the assistant' }).click();
        await panel.waitFor({ state: 'detached' });
        expect(pageErrors).toEqual([]);
      }),
  );
});
