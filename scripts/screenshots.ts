// npm run screenshots -- [baseUrl] [outDir] [--full]: PNGs of the main pages in English, French and Arabic,
// on a desktop (1280 px) and a phone (390 px), taken with Debian's Chromium, for looking at the product
// the way a reader does. The first screen only, unless --full.

import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fullPage = process.argv.includes('--full');
const baseUrl = args[0] ?? 'http://localhost:8787';
const outDir = args[1] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });

const paths = ['/', '/funds/vftc', '/funds/ldc-sids', '/funds/upr-participation', '/funds/upr-implementation', '/gaps', '/donors', '/donors/DNK', '/review?fund=vftc&from=2019&to=2020', '/statements/DNK', '/map', '/sources'];
const languages = ['en', 'fr', 'ar'];
const screens = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const browser = await launchChromium();
try {
  for (const screen of screens) {
    const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height } });
    for (const lang of languages) {
      for (const path of paths) {
        await page.goto(`${baseUrl}/${lang}${path}`, { waitUntil: 'networkidle' });
        const file = `${outDir}/${screen.name}_${lang}${path.replace(/[/?&=]+/g, '_').replace(/_$/, '') || '_overview'}.png`;
        await page.screenshot({ path: file, fullPage });
        console.log(file);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
}
