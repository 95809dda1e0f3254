import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.join(benchDir, '..', 'node_modules', '.bin', 'tsx');

/** Starts a bench server script in its own process and waits for its `READY {json}` line. */
export async function startProcess<T>(
  script: string,
  env: Record<string, string> = {},
): Promise<{ info: T; stop(): void; child: ChildProcess }> {
  const child = spawn(tsx, [path.join(benchDir, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = await new Promise<T>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += chunk;
      const line = buffer.split('\n').find((l) => l.startsWith('READY '));
      if (line) resolve(JSON.parse(line.slice('READY '.length)) as T);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  return { info, child, stop: () => child.kill('SIGTERM') };
}
