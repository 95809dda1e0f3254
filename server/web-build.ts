import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { webDistDir } from './app';

const webSourceDir = path.join(webDistDir, '..', '..', 'web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `npm start` on a fresh clone has no client bundle: build it once, and again when web/ changed. */
export async function ensureWebClientBuilt(): Promise<void> {
  const index = path.join(webDistDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(webSourceDir)) return;
  console.log('Building the web client (first start or changed sources)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(webSourceDir, '..', 'vite.config.ts'), logLevel: 'warn' });
}
