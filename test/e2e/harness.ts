// The one setup of every browser test file: a fresh server (./server.ts) and Debian's Chromium
// (scripts/lib/chromium.ts) with one context and page, started before the file's tests and stopped after
// them. The web app is built once per run, before any file, by ./global-setup.ts.
//
//   const h = useBrowserHarness({ server: { users: [EDITOR] }, context: { acceptDownloads: true } });
//   it('…', async () => { await h.page.goto(h.url('/en/')); });

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { startServer, type RunningServer, type ServerOptions } from './server.js';

export interface HarnessOptions {
  server?: ServerOptions;
  /** Options of the browser context; the viewport defaults to 1280 × 900. */
  context?: BrowserContextOptions;
  /** Permissions granted to the server's origin, e.g. ['clipboard-read', 'clipboard-write']. */
  permissions?: string[];
}

export interface BrowserHarness {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The address of a path on the server: url('/en/gaps'). */
  url(path?: string): string;
  stop(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<BrowserHarness> {
  const server = await startServer(options.server);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options.context });
    if (options.permissions?.length) await context.grantPermissions(options.permissions, { origin: server.url });
    const page = await context.newPage();
    const running = browser;
    return {
      server,
      browser,
      context,
      page,
      url: (path = '') => `${server.url}${path}`,
      stop: async () => {
        await running.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/** Not started yet: a test file used the harness outside a test or hook. */
const notStarted = (): never => {
  throw new Error('The browser harness starts in beforeAll: use it inside tests and hooks');
};

/** Registers beforeAll/afterAll for this test file; the returned harness is usable inside its tests. */
export function useBrowserHarness(options: HarnessOptions = {}): BrowserHarness {
  let current: BrowserHarness | undefined;
  beforeAll(async () => {
    current = await startHarness(options);
  });
  afterAll(async () => {
    await current?.stop();
  });
  const get = () => current ?? notStarted();
  return {
    get server() {
      return get().server;
    },
    get browser() {
      return get().browser;
    },
    get context() {
      return get().context;
    },
    get page() {
      return get().page;
    },
    url: (path) => get().url(path),
    stop: () => get().stop(),
  };
}

/** Another server for this file (beforeAll/afterAll), for a test comparing two databases. */
export function useServer(options: ServerOptions = {}): { readonly server: RunningServer; url(path?: string): string } {
  let current: RunningServer | undefined;
  beforeAll(async () => {
    current = await startServer(options);
  });
  afterAll(async () => {
    await current?.stop();
  });
  const get = () => current ?? notStarted();
  return {
    get server() {
      return get();
    },
    url: (path = '') => `${get().url}${path}`,
  };
}
