import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs only Node and npm (domain, ingest, database on PGlite or
// DATABASE_URL, API). Browser tests live in vitest.e2e.config.ts because they need Chromium.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'web/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
