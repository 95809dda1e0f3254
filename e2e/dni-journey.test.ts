import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import {
  STEP_TIMEOUT,
  screenshotOnFailure,
  seedBuyerAndTarget,
  sendThroughApi,
  signUpInBrowser,
  useBrowserJourney,
} from './harness';

const POOL_NUMBERS = ['+14155550101', '+14155550102'];
const formatted = (e164: string) => `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`;

/** An advertiser's page on another origin, carrying the default number and the tag's snippet. */
function landingPage(snippet: string): string {
  return `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>Acme Plumbing</title></head>
  <body>
    <h1>Acme Plumbing</h1>
    <p id="phone">Call us: (415) 555-0100</p>
    <a id="call" href="tel:+14155550100">Call</a>
    ${snippet}
  </body>
</html>`;
}

async function startLandingServer(snippet: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/favicon')) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(landingPage(snippet));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('dynamic number insertion from buying numbers to an attributed call', () => {
  const journey = useBrowserJourney({ permissions: ['clipboard-read', 'clipboard-write'] });
  let landing: Server | undefined;

  afterAll(async () => {
    await new Promise((resolve) => (landing ? landing.close(resolve) : resolve(undefined)));
  });

  it('buys numbers, pools them, swaps them on a website and attributes the call', { timeout: 120_000 }, () =>
    screenshotOnFailure(journey.page, 'dni-journey', async () => {
      const { page, context, pageErrors } = journey;
      const nav = page.getByRole('navigation', { name: 'Main' });

      await signUpInBrowser(page, { company: 'DNI Calls' });

      // The campaign routes to one target; it is only the stage here, so it is set up through the API.
      const { targetId } = await seedBuyerAndTarget(page, {
        buyer: 'Acme Plumbing Leads',
        target: 'Acme Dispatch',
      });
      const campaign = await sendThroughApi<{ id: string }>(page, {
        path: '/api/campaigns',
        data: { name: 'Plumbing Leads', routing: [{ targetId, priority: 1, weight: 100 }] },
      });

      // Buy two sandbox numbers in the 415 area.
      await nav.getByRole('link', { name: 'Numbers & Pools' }).click();
      await page.getByRole('heading', { level: 1, name: 'Numbers & Pools' }).waitFor();
      await page.getByRole('button', { name: 'Buy numbers' }).click();
      const buyDialog = page.getByRole('dialog');
      await buyDialog.getByLabel('Area code', { exact: true }).fill('415');
      await buyDialog.getByRole('button', { name: 'Search' }).click();
      for (const number of POOL_NUMBERS) {
        const result = buyDialog.getByRole('row').filter({ hasText: formatted(number) });
        await result.getByRole('button', { name: 'Buy' }).click();
        await result.getByText('Bought').waitFor();
      }
      await buyDialog.getByRole('button', { name: 'Done' }).click();
      await buyDialog.waitFor({ state: 'detached' });
      for (const number of POOL_NUMBERS) {
        const row = page.getByRole('row').filter({ hasText: formatted(number) });
        await row.getByText('Bought').waitFor();
      }

      // A pool of both numbers, for that campaign.
      await page.getByRole('tab', { name: 'Pools' }).click();
      await page.getByRole('button', { name: 'New pool' }).click();
      const poolSheet = page.getByRole('dialog');
      await poolSheet.getByLabel('Name', { exact: true }).fill('Website visitors');
      await poolSheet.getByLabel('Campaign', { exact: true }).click();
      await page.getByRole('option', { name: /Plumbing Leads/ }).click();
      await poolSheet.getByLabel('Session TTL (minutes)', { exact: true }).fill('30');
      for (const number of POOL_NUMBERS) {
        await poolSheet.getByRole('checkbox', { name: formatted(number) }).click();
      }
      await poolSheet.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { level: 1, name: 'Website visitors' }).waitFor();
      await page.getByText('0 / 2').waitFor();

      // Numbers in a pool count as the campaign's numbers, so it can go live.
      await sendThroughApi(page, {
        method: 'patch',
        path: `/api/campaigns/${campaign.id}`,
        data: { status: 'active' },
      });

      // A tracking tag that swaps the site's (415) 555-0100 for a pool number.
      await nav.getByRole('link', { name: 'Numbers & Pools' }).click();
      await page.getByRole('tab', { name: 'Tracking tags' }).click();
      await page.getByRole('button', { name: 'New tracking tag' }).click();
      const tagDialog = page.getByRole('dialog');
      await tagDialog.getByLabel('Name', { exact: true }).fill('acme-plumbing.example');
      await tagDialog.getByLabel('Pool', { exact: true }).click();
      await page.getByRole('option', { name: /Website visitors/ }).click();
      await tagDialog.getByLabel('Default number', { exact: true }).fill('(415) 555-0100');
      await tagDialog.getByLabel('Number format', { exact: true }).click();
      await page.getByRole('option', { name: /\(415\) 555-0100/ }).click();
      await tagDialog.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { level: 1, name: 'acme-plumbing.example' }).waitFor();

      const snippet = (await page.getByTestId('tag-snippet').textContent())?.trim() ?? '';
      expect(snippet).toMatch(/^<script src="http:\/\/127\.0\.0\.1:\d+\/dni\/[\w-]+\.js" async><\/script>$/);
      await page.getByRole('button', { name: 'Copy' }).click();
      await page.getByRole('button', { name: 'Copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

      // A visitor from a Google ad lands on the advertiser's site and sees a pool number.
      const site = await startLandingServer(snippet);
      landing = site.server;
      const visitor = await context.newPage();
      visitor.setDefaultTimeout(STEP_TIMEOUT);
      visitor.on('pageerror', (error) => pageErrors.push(error.message));
      await visitor.goto(`${site.url}/?utm_source=google&gclid=abc123`);
      await visitor.waitForFunction(
        () => !document.getElementById('phone')?.textContent?.includes('555-0100'),
      );
      const href = (await visitor.locator('#call').getAttribute('href')) ?? '';
      const shown = href.replace(/^tel:/, '');
      expect(POOL_NUMBERS).toContain(shown);
      expect(await visitor.locator('#phone').textContent()).toBe(`Call us: ${formatted(shown)}`);

      // The session sticks: a reload shows the same number.
      await visitor.reload();
      await visitor.waitForFunction(
        () => !document.getElementById('phone')?.textContent?.includes('555-0100'),
      );
      expect(await visitor.locator('#call').getAttribute('href')).toBe(`tel:${shown}`);
      expect(await visitor.locator('#phone').textContent()).toBe(`Call us: ${formatted(shown)}`);
      await visitor.close();

      // The visitor calls the number they were shown.
      const call = await sendThroughApi<{ callId: string | null }>(page, {
        path: '/api/simulator/calls',
        data: { to: shown, from: '+12125550147' },
      });
      expect(call.callId).toBeTruthy();

      // The call log finds it by UTM source, and its page shows where the caller came from.
      await nav.getByRole('link', { name: 'Calls' }).click();
      await page.getByRole('heading', { level: 1, name: 'Calls' }).waitFor();
      await page.getByLabel('UTM source', { exact: true }).fill('google');
      const row = page.getByRole('row').filter({ hasText: '(212) 555-0147' });
      await page.waitForURL(/utmSource=google/);
      await row.click();
      await page.getByRole('heading', { level: 1, name: 'Call from (212) 555-0147' }).waitFor();
      const attribution = page.getByTestId('attribution');
      await attribution.getByRole('heading', { name: 'Attribution' }).waitFor();
      const attributionText = await attribution.textContent();
      expect(attributionText).toContain('google');
      expect(attributionText).toContain('gclid=abc123');
      expect(attributionText).toContain(`${site.url}/?utm_source=google&gclid=abc123`);

      expect(pageErrors).toEqual([]);
    }),
  );
});
