import { existsSync } from 'node:fs';
import { ensureWebClientBuilt } from '../server/web-build';
import { CHROMIUM_PATH } from './harness';

/** Browser journeys need the built client and Debian's Chromium (.ci/run installs it). */
export default async function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install chromium)`,
    );
  }
  await ensureWebClientBuilt();
}
