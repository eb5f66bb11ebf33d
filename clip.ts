import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/e2e/chromium.js';
const [url, out, w, h] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 900) } });
await p.goto(url!, { waitUntil: 'networkidle' });
await p.screenshot({ path: out! });
await b.close();
