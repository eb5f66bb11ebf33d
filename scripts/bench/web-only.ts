// `npm run bench -- --web-only`: only the web app's first view, as a reader receives it, on one synthetic
// embedded database (the smallest of BENCH_SIZES): its JS by the manifest, the bytes over the wire of
// each page in Chromium, and the first money figure on the throttled phone profile. Prints the results;
// writes neither results.json nor REPORT.md (those are a full run's).

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { killAllChildren, stopChildrenOnSignals } from '../lib/processes.js';
import { firstView, measurePhone, measureWire } from './first-view.js';
import { figures, kb, median, ms, step } from './format.js';
import { run, ServerSlot } from './servers.js';
import { BUDGETS, KEEP, LCP_RUNS, ROOT, SIZES, WEB_DIR } from './settings.js';

export async function runWebOnlyBench() {
  const tmp = mkdtempSync(join(os.tmpdir(), 'hrtf-bench-web-'));
  const logDir = join(tmp, 'logs');
  mkdirSync(logDir);
  stopChildrenOnSignals();
  try {
    const webDir = resolve(WEB_DIR ? resolve(ROOT, WEB_DIR) : join(tmp, 'web'));
    if (WEB_DIR) {
      if (!existsSync(join(webDir, 'index.html'))) throw new Error(`BENCH_WEB_DIR ${webDir} has no index.html`);
    } else {
      step('building the web app');
      await run(logDir, 'vite-build', process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', webDir, '--emptyOutDir']);
    }
    const assets = firstView(webDir);
    step(`first view by the manifest: ${kb(assets.jsGzipBytes)} JS + ${kb(assets.beforeFirstRender.jsGzipBytes)} before the first render (gzip)`);

    const n = SIZES[0]!;
    step(`${figures(n)} synthetic figures on PGlite: generating`);
    await run(logDir, 'synthetic', 'npm', ['run', '--silent', 'data:synthetic', '--', '--figures', String(n), '--db-dir', join(tmp, 'db')], undefined, { ...process.env, DATABASE_URL: '' });
    const servedSlot = new ServerSlot({ kind: 'pglite', dbDir: join(tmp, 'db') }, webDir, logDir);
    try {
      const url = (await servedSlot.ensure()).url;
      const wire = await measureWire(url);
      for (const p of wire) step(`over the wire: ${p.path}: ${kb(p.jsBytes)} JS, ${kb(p.allBytes)} in all, ${p.requests} requests (${p.apiRequests} API)${p.scriptsCompressed ? '' : ', SOME SCRIPTS UNCOMPRESSED'}`);
      const phone = await measurePhone(url, LCP_RUNS);
      const firstMoney = median(phone.map((r) => r.firstMoneyMs ?? NaN));
      step(`phone profile: first money figure ${phone.map((r) => ms(r.firstMoneyMs ?? NaN)).join(', ')}; median ${ms(firstMoney)}`);
      const first = wire.find((p) => p.path === '/en/');
      const verdict = (what: string, value: number, budget: number, unit: (x: number) => string) =>
        step(`${what}: ${unit(value)} (budget ${unit(budget)}): ${value <= budget ? 'met' : `missed by ${unit(value - budget)}`}`);
      if (first) {
        verdict('first view JS over the wire', first.jsBytes, BUDGETS.firstViewJsWireBytes, kb);
        verdict('first view in all over the wire', first.allBytes, BUDGETS.firstViewAllWireBytes, kb);
      }
      verdict('first money figure on the phone profile (median)', firstMoney, BUDGETS.firstMoneyPhoneMs, ms);
    } finally {
      await servedSlot.stop();
    }
  } finally {
    killAllChildren();
    if (KEEP) console.log(`bench: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}
