import { defineConfig } from 'vitest/config';

// Browser tests: a real server on loopback, driven by Debian's Chromium through playwright-core
// (test/e2e/harness.ts). The web app is built once per run, before any file (test/e2e/global-setup.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
