// `npm run dev`: the API with reload on change (tsx watch) and Vite's dev server with hot reload,
// which proxies /api to the API. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const children = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'server/main.ts'], {
    stdio: 'inherit',
    // The client is served by Vite in development; skip building it on API start.
    env: { ...process.env, SKIP_WEB_BUILD: 'true' },
  }),
  spawn(bin('vite'), ['--port', process.env.VITE_PORT ?? '5173'], {
    stdio: 'inherit',
    // Vite proxies /api to wherever this API listens.
    env: { ...process.env, API_URL: process.env.API_URL ?? `http://localhost:${process.env.PORT ?? 5000}` },
  }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
