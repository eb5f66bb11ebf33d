// The security headers hold in a real browser: every answer carries them, and the built app runs
// under its Content-Security-Policy (scripts from this origin only) without a single violation,
// including the chart and table downloads that draw images and build workbooks.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { startServer, type RunningServer } from './server.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync('dist/web/index.html')) execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // Every CSP violation the page sees is recorded before any of its scripts run.
  await context.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('security headers', () => {
  it('are on every kind of answer: page, script, API, error', async () => {
    const html = await (await fetch(`${server.url}/en/`)).text();
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    for (const path of ['/en/', '/en/funds/vftc', script!, '/api/funds', '/api/no-such-route']) {
      const res = await fetch(`${server.url}${path}`);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1];
      expect(scriptSrc, path).toBe("'self'");
      expect(csp, path).not.toMatch(/unsafe-eval/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).toMatch(/object-src 'none'/);
      expect(res.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy'), path).toBe('no-referrer');
      expect(res.headers.get('X-Frame-Options'), path).toBe('DENY');
    }
  });

  it('let the app run, navigate and make every kind of download without one CSP violation', async () => {
    for (const path of ['/en/', '/fr/map', '/en/review', '/ar/gaps']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await expect(page.locator('h1').count(), path).resolves.toBeGreaterThan(0);
    }
    await page.goto(`${server.url}/en/funds/vftc`, { waitUntil: 'networkidle' });
    await page.locator('.chart svg.recharts-surface').first().waitFor();
    for (const format of ['PNG', 'SVG', 'XLSX']) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: new RegExp(`^Download the chart .* as ${format}$`) }).first().click()]);
      expect((await file.failure()) ?? null, format).toBeNull();
    }
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('are enforced: an injected inline script does not run, and is reported', async () => {
    await page.goto(`${server.url}/en/`, { waitUntil: 'networkidle' });
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
