import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/lib/precompress.js';

// The SPA lives in web/; the API server (server/main.ts) serves dist/web in production
// and Vite proxies /api to it in development.
// precompress(): .br and .gz copies of every script, stylesheet, page and SVG, served by server/webApp.ts.
export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  // The manifest maps each chunk to what it imports: scripts/first-view-js.ts reads it to size the first view.
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false, manifest: true },
  server: { port: 5173, proxy: { '/api': 'http://localhost:8787' } },
});
