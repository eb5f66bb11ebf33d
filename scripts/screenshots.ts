// npm run screenshots -- [baseUrl] [outDir]: full-page PNGs of the main pages in English and French,
// taken with Debian's Chromium, for looking at the product the way a reader does.

import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.js';

const baseUrl = process.argv[2] ?? 'http://localhost:8787';
const outDir = process.argv[3] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });

const pages = ['/en/', '/fr/', '/en/funds/vftc', '/fr/funds/vftc', '/en/funds/ldc-sids', '/en/funds/upr-participation', '/en/funds/upr-implementation', '/en/sources'];
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const path of pages) {
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    const file = `${outDir}/${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
}
