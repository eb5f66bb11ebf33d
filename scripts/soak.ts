// npm run soak: a bounded soak test on loopback. Starts the real server (server/main.ts) on a fresh
// embedded database loaded from data/, drives it with autocannon at SOAK_CONNECTIONS (100) over a mix
// of pages and API reads (SOAK_PATHS, comma-separated, to choose) for SOAK_SECONDS (300), samples its memory every 5 s, stops by itself, and
// prints — and writes to soak/REPORT.md — the errors and the memory growth.
//
// Passes (exit 0) only with zero errors (every answer 2xx, no timeouts, no connection errors) and RSS
// growth under 10% from the end of the warm-up (SOAK_WARMUP_SECONDS, 90) to the end of the run.
// Why a 90 s warm-up: under this load V8 lets its old generation grow for about a minute and a half
// before settling (it collects lazily while memory is available); measured with a forced full GC every
// 10 s over this same mix of paths the live heap stays flat (55-70 MB over 150 s; RSS flat at ~720-770
// MiB), so the early rise is the collector's sizing, not a leak.
// The report lists the whole RSS series, warm-up included.

import autocannon from 'autocannon';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { memoryOf } from './lib/memory.js';
import { stopChildrenOnSignals } from './lib/processes.js';
import { startServer } from './lib/server.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 90);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 100);
const MAX_GROWTH = 0.1;
const SAMPLE_MS = 5000;

const PATHS = process.env.SOAK_PATHS ? process.env.SOAK_PATHS.split(',') : [
  '/api/funds',
  '/api/funds/vftc',
  '/api/funds/ldc-sids',
  '/api/gaps',
  '/api/donors',
  '/api/figures?fund=upr-participation',
  '/api/statements/MDV?lang=fr',
  '/api/statements/DNK?lang=en',
  '/api/sources',
  '/api/health',
  '/en/',
  '/fr/funds/vftc',
];

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const tmp = mkdtempSync(join(os.tmpdir(), 'hrtf-soak-'));
const removeTmp = () => rmSync(tmp, { recursive: true, force: true });
process.on('exit', removeTmp);
stopChildrenOnSignals();
const webDir = existsSync('dist/web/index.html') ? 'dist/web' : join(tmp, 'no-web');
const server = await startServer({ env: { DATABASE_URL: '', DB_DIR: join(tmp, 'db'), WEB_DIR: webDir, NODE_ENV: 'production' } });
const rssOf = (pid: number) => memoryOf(pid)?.rssBytes ?? NaN;

const base = server.url;
if (!existsSync('dist/web/index.html')) for (const page of ['/en/', '/fr/funds/vftc']) if (PATHS.includes(page)) PATHS.splice(PATHS.indexOf(page), 1); // no build: API only
console.log(`soak: ${SECONDS} s at ${CONNECTIONS} connections on ${base}, ${PATHS.length} paths, warm-up ${WARMUP_SECONDS} s`);

const samples: { t: number; rss: number }[] = [];
const t0 = performance.now();
const sampler = setInterval(() => samples.push({ t: (performance.now() - t0) / 1000, rss: rssOf(server.pid) }), SAMPLE_MS);
const result = await autocannon({
  url: base,
  connections: CONNECTIONS,
  duration: SECONDS,
  timeout: 10,
  requests: PATHS.map((path) => ({ method: 'GET', path, headers: { 'accept-encoding': 'gzip' } })),
});
clearInterval(sampler);
const endRss = rssOf(server.pid);
samples.push({ t: (performance.now() - t0) / 1000, rss: endRss });

const afterWarmup = samples.find((s) => s.t >= WARMUP_SECONDS) ?? samples[0]!;
const growth = (endRss - afterWarmup.rss) / afterWarmup.rss;
const non2xx = result.non2xx;
const errors = result.errors + result.timeouts + non2xx;
const passed = errors === 0 && growth < MAX_GROWTH && server.alive();

const report = [
  '# Soak report',
  '',
  `Run by \`npm run soak\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${SECONDS} s at ${CONNECTIONS} connections over loopback, ${PATHS.length} paths in turn (${PATHS.map((p) => `\`${p}\``).join(', ')}), on the real server with the embedded database loaded from data/. Machine: ${os.cpus()[0]?.model.trim()}, ${os.availableParallelism()} cores, Node ${process.version}.`,
  '',
  `**${passed ? 'Passed' : 'FAILED'}**: ${errors} errors (${result.errors} connection errors, ${result.timeouts} timeouts, ${non2xx} answers not 2xx) in ${result.requests.total.toLocaleString('en-US')} requests (${Math.round(result.requests.average).toLocaleString('en-US')} req/s, p99 ${result.latency.p99} ms); RSS ${mib(afterWarmup.rss)} after the ${WARMUP_SECONDS} s warm-up, ${mib(endRss)} at the end: ${(growth * 100).toFixed(1)}% growth (limit ${MAX_GROWTH * 100}%).${!server.alive() ? ' The server died during the run.' : ''}`,
  '',
  '| Seconds | RSS |',
  '|---|---|',
  ...samples.filter((_, i) => i % 6 === 0 || i === samples.length - 1).map((s) => `| ${s.t.toFixed(0)} | ${mib(s.rss)} |`),
  '',
].join('\n');
mkdirSync('soak', { recursive: true });
writeFileSync('soak/REPORT.md', report);
console.log(report);
await server.stop();
process.exitCode = passed ? 0 : 1;
