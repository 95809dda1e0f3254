import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2eServer } from './harness';

let server: Awaited<ReturnType<typeof startE2eServer>>;
beforeAll(async () => {
  server = await startE2eServer();
});
afterAll(() => server.close());

it('serves the web client at the root and on client routes, and JSON 404s under /api', async () => {
  for (const path of ['/', '/campaigns', '/settings/api-keys']) {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<div id="root">');
  }
  const api = await fetch(`${server.url}/api/nope`);
  expect(api.status).toBe(404);
  expect((await api.json()).error.code).toBe('NOT_FOUND');
});
