// The web app's first view: the JS and CSS /en/ loads (sized by scripts/first-view-js.ts, from the build's
// manifest), and its Largest Contentful Paint in headless Chromium, unthrottled and at 4x CPU throttling.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.js';
import { assetSizes, firstViewBreakdown } from '../first-view-js.js';
import { LCP_RUNS } from './settings.js';
import type { FirstView, LcpMeasurement, LcpRun } from './types.js';

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
