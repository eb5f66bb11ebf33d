import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { languageShells } from './scripts/lib/languageShells.js';
import { precompress } from './scripts/lib/precompress.js';
import { UI_LANGUAGES } from './web/i18n/languages.js';

// The app is written against React's API and runs on Preact through preact/compat (issue 16): the same
// components, hooks, TanStack Query, react-router and react-i18next, for about a fifth of React's bytes
// over the wire on the first view. Exact matches, so that e.g. react-i18next is not rewritten.
const PREACT_ALIASES = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

// The SPA lives in web/; the API server (server/main.ts) serves dist/web in production
// and Vite proxies /api to it in development.
// languageShells(): copies of index.html per language that start the messages (and, on the overview,
// its answer) with the page (scripts/lib/languageShells.ts); they must match what the app loads first:
// web/i18n/index.ts (messages), web/i18n/names.ts (State names), web/api/queries.ts (overviewQuery).
// precompress(): .br and .gz copies of every script, stylesheet, page and SVG, served by server/webApp.ts.
export default defineConfig({
  root: 'web',
  resolve: { alias: PREACT_ALIASES },
  // React Fast Refresh hooks into React itself, not Preact: in development an edited module reloads the page.
  plugins: [
    react({ refreshExclude: /./ }),
    languageShells({
      languages: UI_LANGUAGES,
      beforeFirstRender: (lang) => [`i18n/${lang}.ts`, `../node_modules/i18n-iso-countries/langs/${lang}.json`],
      overviewAnswers: ['/api/overview'],
    }),
    precompress(),
  ],
  // The manifest maps each chunk to what it imports: scripts/first-view-js.ts reads it to size the first view.
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false, manifest: true },
  // The API, but not the app's own modules under web/api/ (/api/queries.ts), which Vite serves itself.
  server: { port: 5173, proxy: { '^/api/(?!.*\\.tsx?$)': 'http://localhost:8787' } },
});
