import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA lives in web/; the API server (server/main.ts) serves dist/web in production
// and Vite proxies /api to it in development.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false },
  server: { port: 5173, proxy: { '/api': 'http://localhost:8787' } },
});
