// Synthetic data is never mistaken for real data: a server on a synthetic database marks every API
// answer, and every page carries a banner that says so, in the reader's language; a real database
// shows no banner.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { startServer, type RunningServer } from './server.js';

let synthetic: RunningServer;
let real: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync('dist/web/index.html')) execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  [synthetic, real] = await Promise.all([startServer({ syntheticFigures: 2000 }), startServer()]);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await synthetic?.stop();
  await real?.stop();
});

describe('a server on synthetic data', () => {
  it('marks every API answer as synthetic', async () => {
    for (const path of ['/api/health', '/api/funds', '/api/funds/vftc', '/api/figures?fund=vftc']) {
      const res = await fetch(`${synthetic.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('X-Synthetic-Data'), path).toBe('true');
    }
    expect(((await (await fetch(`${synthetic.url}/api/health`)).json()) as { synthetic: boolean }).synthetic).toBe(true);
    const donors = (await (await fetch(`${synthetic.url}/api/donors`)).json()) as { donors: { donor: { name: { en: string } } }[] };
    expect(donors.donors.every((d) => /^Synthetic donor \d{4}$/.test(d.donor.name.en))).toBe(true);
  });

  it.each(['en/', 'fr/funds/vftc', 'ar/gaps'])('shows the banner on /%s', async (path) => {
    await page.goto(`${synthetic.url}/${path}`, { waitUntil: 'networkidle' });
    const banner = page.getByTestId('synthetic-banner');
    await expect(banner.isVisible()).resolves.toBe(true);
    const text = await banner.textContent();
    if (path.startsWith('en')) expect(text).toContain('SYNTHETIC DATA — NOT REAL.');
    if (path.startsWith('fr')) expect(text).toContain('DONNÉES SYNTHÉTIQUES');
    if (path.startsWith('ar')) expect(text).toContain('بيانات اصطناعية');
  });

  it('shows no banner and no mark on the real data', async () => {
    const res = await fetch(`${real.url}/api/funds`);
    expect(res.headers.get('X-Synthetic-Data')).toBeNull();
    await page.goto(`${real.url}/en/`, { waitUntil: 'networkidle' });
    await expect(page.getByTestId('synthetic-banner').count()).resolves.toBe(0);
  });
});
