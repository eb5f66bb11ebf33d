// The web app's first view: the JS and CSS /en/ loads (sized by scripts/first-view-js.ts, from the build's
// manifest), and its Largest Contentful Paint in headless Chromium, unthrottled and at 4x CPU throttling.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.js';
import { assetSizes, firstViewBreakdown } from '../first-view-js.js';
import { LCP_RUNS } from './settings.js';
import type { FirstView, LcpMeasurement, LcpRun, PhoneRun, WirePage } from './types.js';

/** The first view's JS and CSS from the build's manifest (scripts/first-view-js.ts). */
export function firstView(distDir: string): FirstView {
  const view = firstViewBreakdown(distDir);
  const missing = [...view.beforeFirstRender.missing, ...view.deferred.missing];
  if (missing.length) throw new Error(`scripts/first-view-js.ts names modules the build has no chunk for: ${missing.join(', ')}`);
  return { source: 'scripts/first-view-js.ts: index.html and its static imports through the Vite manifest, gzip level 9', ...view };
}

export async function measureLcp(base: string, webDir: string): Promise<LcpMeasurement> {
  const browser = await launchChromium();
  try {
    const once = async (throttle: number, collectResources = false) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } }); // fresh: empty HTTP cache
      try {
        const page = await context.newPage();
        if (throttle > 1) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        }
        const t0 = performance.now();
        await page.goto(`${base}/en/`, { waitUntil: 'networkidle', timeout: 120_000 });
        const loadMs = performance.now() - t0;
        const lcp = await page.evaluate(
          () =>
            new Promise<{ ms: number | null; element: string | null }>((done) => {
              new PerformanceObserver((list) => {
                const entries = list.getEntries() as (PerformanceEntry & { element?: Element | null })[];
                const last = entries[entries.length - 1];
                const el = last?.element;
                done({ ms: last ? last.startTime : null, element: el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}` : null });
              }).observe({ type: 'largest-contentful-paint', buffered: true });
              setTimeout(() => done({ ms: null, element: null }), 5000);
            }),
        );
        const resources = collectResources
          ? await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ name: e.name, initiatorType: (e as PerformanceResourceTiming).initiatorType })))
          : [];
        return { run: { lcpMs: lcp.ms, lcpElement: lcp.element, loadMs } satisfies LcpRun, resources };
      } finally {
        await context.close();
      }
    };
    // One discarded load: the server's JIT and response cache are warm, as for any reader after the first.
    const first = await once(1, true);
    // Sized as the first view's files are (scripts/first-view-js.ts), named by their URL path.
    const paths = first.resources.map((r) => new URL(r.name).pathname).filter((p) => /\.(js|css)$/.test(p) && existsSync(join(webDir, p)));
    const loaded = assetSizes(webDir, paths.map((p) => p.replace(/^\//, ''))).files.map((f) => ({ ...f, file: `/${f.file}` }));
    const unthrottled: LcpRun[] = [];
    const throttled: LcpRun[] = [];
    for (let i = 0; i < LCP_RUNS; i++) unthrottled.push((await once(1)).run);
    for (let i = 0; i < LCP_RUNS; i++) throttled.push((await once(4)).run);
    return { unthrottled, throttled, loadedByBrowser: loaded };
  } finally {
    await browser.close();
  }
}

/** Pages whose bytes over the wire the bench reports. */
export const WIRE_PAGES = ['/en/', '/en/funds/vftc', '/en/gaps', '/en/donors', '/ar/'];

/**
 * Each page as Chromium receives it with compression on and an empty cache: the bytes of every response
 * over the wire (CDP Network.loadingFinished encodedDataLength: headers included, as DevTools'
 * "transferred"), up to network idle.
 */
export async function measureWire(base: string): Promise<WirePage[]> {
  const browser = await launchChromium();
  try {
    const pages: WirePage[] = [];
    for (const path of WIRE_PAGES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        const seen = new Map<string, { type: string; url: string; encoding: string | null; bytes: number }>();
        cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
          const encoding = Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
          seen.set(requestId, { type, url: response.url, encoding: encoding ? String(encoding) : null, bytes: 0 });
        });
        cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
          const r = seen.get(requestId);
          if (r) r.bytes = encodedDataLength;
        });
        await cdp.send('Network.enable');
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle', timeout: 180_000 });
        const all = [...seen.values()];
        const scripts = all.filter((r) => r.type === 'Script');
        const api = all.filter((r) => new URL(r.url).pathname.startsWith('/api/'));
        pages.push({
          path,
          requests: all.length,
          jsBytes: scripts.reduce((n, r) => n + r.bytes, 0),
          allBytes: all.reduce((n, r) => n + r.bytes, 0),
          apiRequests: api.length,
          apiBytes: api.reduce((n, r) => n + r.bytes, 0),
          scriptsCompressed: scripts.every((r) => r.encoding === 'br' || r.encoding === 'gzip'),
        });
      } finally {
        await context.close();
      }
    }
    return pages;
  } finally {
    await browser.close();
  }
}

/** The phone profile of issue 16: a delegation on an island connection. */
export const PHONE_PROFILE = { cpuSlowdown: 4, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000, rttMs: 150, viewport: { width: 390, height: 844 } };
export const PHONE_PROFILE_TEXT = '390 × 844 viewport, 4× CPU slowdown, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (CDP), empty cache';
const FIRST_MONEY_SELECTOR = 'article.fund-card [data-metric="contributions"] .value, article.fund-card [data-metric="expenditure"] .value';

/**
 * When the overview's first money figure is on screen on the throttled phone profile, from the start of
 * navigation: checked at every animation frame, the first frame an element showing a contribution or
 * expenditure has text and a size.
 */
export async function measurePhone(base: string, runs: number): Promise<PhoneRun[]> {
  const browser = await launchChromium();
  try {
    const out: PhoneRun[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: PHONE_PROFILE.viewport, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: PHONE_PROFILE.rttMs,
          downloadThroughput: PHONE_PROFILE.downloadBitsPerSecond / 8,
          uploadThroughput: PHONE_PROFILE.uploadBitsPerSecond / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
        await page.goto(`${base}/en/`, { waitUntil: 'commit', timeout: 180_000 });
        // Checked at every animation frame, in the page: the time (from the start of navigation) of the first frame it is drawn in.
        const seen = await page.waitForFunction(
          (selector: string) => {
            const el = document.querySelector(selector);
            return el && el.textContent?.trim() && el.getBoundingClientRect().height > 0 ? performance.now() : false;
          },
          FIRST_MONEY_SELECTOR,
          { polling: 'raf', timeout: 180_000 },
        );
        out.push({ firstMoneyMs: Number(await seen.jsonValue()) });
      } finally {
        await context.close();
      }
    }
    return out;
  } finally {
    await browser.close();
  }
}
