// The security headers hold in a real browser: every answer carries them, and the built app runs
// under its Content-Security-Policy (scripts from this origin only) without a single violation,
// including the chart and table downloads that draw images and build workbooks.

import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const h = useBrowserHarness({ context: { acceptDownloads: true } });
const pageErrors: string[] = [];

beforeAll(async () => {
  // Every CSP violation the page sees is recorded before any of its scripts run (on every navigation).
  await h.context.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  h.page.on('pageerror', (error) => pageErrors.push(error.message));
});

const violations = () => h.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('security headers', () => {
  it('are on every kind of answer: page, script, API, error', async () => {
    const html = await (await fetch(h.url('/en/'))).text();
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    for (const path of ['/en/', '/en/funds/vftc', script!, '/api/funds', '/api/no-such-route']) {
      const res = await fetch(h.url(path));
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
      await h.page.goto(h.url(path), { waitUntil: 'networkidle' });
      await expect(h.page.locator('h1').count(), path).resolves.toBeGreaterThan(0);
    }
    await h.page.goto(h.url('/en/funds/vftc'), { waitUntil: 'networkidle' });
    await h.page.locator('.chart svg.recharts-surface').first().waitFor();
    for (const format of ['PNG', 'SVG', 'XLSX']) {
      const [file] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: new RegExp(`^Download the chart .* as ${format}$`) }).first().click()]);
      expect((await file.failure()) ?? null, format).toBeNull();
    }
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('are enforced: an injected inline script does not run, and is reported', async () => {
    await h.page.goto(h.url('/en/'), { waitUntil: 'networkidle' });
    const ran = await h.page.evaluate(async () => {
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
