import { launchChromium } from './lib/chromium.js';
const base = 'http://localhost:8915';
const [widthArg, full, ...paths] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(widthArg), height: Number(widthArg) < 500 ? 844 : 900 } });
for (const p of paths) {
  await page.goto(base + p, { waitUntil: 'networkidle' });
  const file = `/tmp/wt15/shots/${widthArg}${p.replace(/\//g, '_')}.png`;
  await page.screenshot({ path: file, fullPage: full === 'full' });
  console.log(file);
}
await browser.close();
