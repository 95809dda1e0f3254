import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The API server listens on 5000 in development; the client proxies to it so cookies stay same-origin.
const apiServer = process.env.API_URL ?? 'http://localhost:5000';

export default defineConfig({
  root: fromRoot('./web'),
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      '@web': fromRoot('./web/src'),
      '@contracts': fromRoot('./contracts'),
    },
  },
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiServer, changeOrigin: false },
      '/dni': { target: apiServer, changeOrigin: false },
    },
  },
});
