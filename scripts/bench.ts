// npm run bench: measures the real server on loopback, in one run, and writes bench/REPORT.md and
// bench/results.json.
//
//   1. API throughput and latency with autocannon (64 connections) for the fund page, the overview,
//      the gaps, a fund's figures and a statement brief, against a bare Hono app as the baseline;
//   2. at each synthetic database size (10,000 / 100,000 / 1,000,000 figures by default, each in a
//      fresh embedded database made by `npm run data:synthetic`): cached reads (304 revalidation and
//      repeated GETs answered from the version-keyed response cache), uncached reads (the first request
//      after server start, and a cache miss on a warm server) and the server's memory;
//   3. the web app's first view: gzip bytes of the JS and CSS /en/ loads, and its Largest Contentful
//      Paint in headless Chromium, unthrottled and at 4x CPU throttling;
//   4. the budgets, met or missed and by how much.
//
// Environment: BENCH_SIZES=10000,100000 (sizes to run), BENCH_SECONDS=10 (each load run),
// BENCH_WARMUP_SECONDS=2, BENCH_CONNECTIONS=64, BENCH_COLD_SAMPLES=5, BENCH_LCP_RUNS=5,
// BENCH_WEB_DIR (use this build instead of building the SPA afresh into the temp dir),
// BENCH_KEEP=1 (keep the temp dir with the databases and server logs), BENCH_OUT=bench,
// BENCH_SLOW_SECONDS=20 (an uncached request slower than this is not repeated).
// `npm run bench -- --report` rewrites REPORT.md from results.json without measuring.
// Every child process runs in its own process group and is killed at the end, also on error.

import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { openDatabase } from '../server/db/connection.js';
import { type AssetSize, type AssetSizes, dynamicAssets, EN_BEFORE_FIRST_RENDER, EN_OVERVIEW_DEFERRED, firstViewAssets } from './first-view-js.js';

// ---------------------------------------------------------------- settings

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const intEnv = (name: string, fallback: number) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
};
const SIZES = (env.BENCH_SIZES ?? '10000,100000,1000000')
  .split(',')
  .map((s) => s.trim().replace(/_/g, ''))
  .filter(Boolean)
  .map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`BENCH_SIZES: "${s}" is not a number of figures`);
    return n;
  })
  .sort((a, b) => a - b);
const SECONDS = intEnv('BENCH_SECONDS', 10);
const WARMUP_SECONDS = env.BENCH_WARMUP_SECONDS === '0' ? 0 : intEnv('BENCH_WARMUP_SECONDS', 2);
const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 64);
const COLD_SAMPLES = intEnv('BENCH_COLD_SAMPLES', 5);
const MISS_SAMPLES = intEnv('BENCH_MISS_SAMPLES', 5);
const LCP_RUNS = intEnv('BENCH_LCP_RUNS', 5);
const SLOW_MS = intEnv('BENCH_SLOW_SECONDS', 20) * 1000;
const REQUEST_TIMEOUT_MS = intEnv('BENCH_REQUEST_TIMEOUT_SECONDS', 120) * 1000;
const OUT_DIR = resolve(ROOT, env.BENCH_OUT ?? 'bench');
const KEEP = env.BENCH_KEEP === '1';

const CHROMIUM_PATH = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOOPBACK = '127.0.0.1';
/** Sent with every API request, as a browser does: the server gzips cached answers of 1 KB or more. */
const BROWSER_HEADERS = { 'Accept-Encoding': 'gzip, deflate, br' };

// 1 KB = 1,000 bytes throughout (the stricter reading of the budget).
const BUDGETS = {
  firstViewJsGzipBytes: 200_000,
  cachedP99Ms: 20,
  cachedBaselineRatio: 0.5,
  uncachedAggregateMs: 250,
  rssBytes: 512 * 1024 * 1024,
  lcpMs: 1000,
  lcpThrottledMs: 2500,
  atFigures: 1_000_000,
} as const;

// ---------------------------------------------------------------- child processes

const children = new Set<ChildProcess>();
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole process group (npm → node, …)
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
};
const killAll = () => {
  for (const child of children) killGroup(child, 'SIGKILL');
  children.clear();
};
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping every child process`);
    killAll();
    if (tmpDir && !KEEP) rmSync(tmpDir, { recursive: true, force: true });
    process.exit(130);
  });
}

let logDir = '';
let tmpDir = '';
let lcpError: string | null = null;
function start(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  const logFile = join(logDir, `${label}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...extraEnv }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => child.once('exit', () => done()));

async function stop(child: ChildProcess, graceMs = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

async function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}, timeoutMs = 3 * 3600_000): Promise<number> {
  const t0 = performance.now();
  const child = start(label, command, args, extraEnv);
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
  await exited(child);
  clearTimeout(timer);
  if (child.exitCode !== 0) throw new Error(`${label} failed (exit ${child.exitCode ?? child.signalCode}); see ${join(logDir, `${label}.log`)}:\n${tail(join(logDir, `${label}.log`))}`);
  return performance.now() - t0;
}

const tail = (file: string, lines = 25) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

// ---------------------------------------------------------------- HTTP

class TimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    url: string,
  ) {
    super(`no answer within ${timeoutMs / 1000} s: ${url}`);
  }
}

interface Answer {
  status: number;
  ms: number;
  bytes: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on a fresh connection, timed from sending to the last byte of the body. */
function get(url: string, headers: Record<string, string> = {}, keepBody = false, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Answer> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const req = http.get(url, { headers, agent: false }, (res) => {
      let bytes = 0;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (keepBody) chunks.push(chunk);
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, ms: performance.now() - t0, bytes, headers: res.headers, body: keepBody ? Buffer.concat(chunks).toString('utf8') : '' }));
      res.on('error', fail);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new TimeoutError(timeoutMs, url)));
    req.on('error', fail);
  });
}

interface Load {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; average: number };
  totalRequests: number;
  throughputBytesPerSecond: number;
  statuses: { '2xx': number; '3xx': number; '4xx': number; '5xx': number };
  errors: number;
  timeouts: number;
  seconds: number;
}

async function load(url: string, headers: Record<string, string> = {}, seconds = SECONDS): Promise<Load> {
  if (WARMUP_SECONDS > 0) await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS, headers, timeout: 60 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, timeout: 60 });
  return {
    requestsPerSecond: r.requests.average,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, average: r.latency.average },
    totalRequests: r.requests.total,
    throughputBytesPerSecond: r.throughput.average,
    statuses: { '2xx': r['2xx'], '3xx': r['3xx'], '4xx': r['4xx'], '5xx': r['5xx'] },
    errors: r.errors,
    timeouts: r.timeouts,
    seconds: r.duration,
  };
}

// ---------------------------------------------------------------- servers

interface Server {
  label: string;
  child: ChildProcess;
  pid: number;
  base: string;
  startupMs: number;
}

async function waitFor(url: string, child: ChildProcess, label: string, timeoutMs: number) {
  const t0 = performance.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${label} exited before answering ${url}:\n${tail(join(logDir, `${label}.log`))}`);
    try {
      const answer = await get(url, {}, false, 5000);
      if (answer.status === 200) return performance.now() - t0;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - t0 > timeoutMs) throw new Error(`${label} did not answer ${url} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let serverStarts = 0;
/** The real server (server/main.ts), on loopback, on the given database and SPA build. */
async function startServer(dbDir: string, webDir: string): Promise<Server> {
  const port = await freePort();
  const label = `server-${++serverStarts}`;
  // node --import tsx runs main.ts in this very process (tsx's CLI would add a parent), so its pid is the server's.
  const child = start(label, process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    DB_DIR: dbDir,
    HOST: LOOPBACK,
    DATABASE_URL: '', // always the embedded database under test, whatever the shell has
    PORT: String(port),
    WEB_DIR: webDir,
    NODE_ENV: 'production',
  });
  const base = `http://${LOOPBACK}:${port}`;
  const startupMs = await waitFor(`${base}/api/health`, child, label, 600_000);
  return { label, child, pid: child.pid!, base, startupMs };
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const sleep = (msDelay: number) => new Promise((r) => setTimeout(r, msDelay));

/** The server on one database, started when needed and again if it died; its deaths are recorded. */
class ServerSlot {
  server: Server | null = null;
  readonly startupMs: number[] = [];
  readonly crashes: string[] = [];
  constructor(
    private readonly dbDir: string,
    private readonly webDir: string,
  ) {}

  async ensure(): Promise<Server> {
    if (!this.server || !alive(this.server.child)) {
      this.server = await startServer(this.dbDir, this.webDir);
      this.startupMs.push(this.server.startupMs);
    }
    return this.server;
  }

  async stop() {
    if (this.server) await stop(this.server.child);
    this.server = null;
  }

  /** After a failed request: the message, saying so when the server itself died. */
  async diagnose(error: Error, during: string): Promise<string> {
    const server = this.server;
    if (!server) return error.message;
    await Promise.race([exited(server.child), sleep(1000)]);
    if (alive(server.child)) {
      // Still computing the abandoned answer (or stuck): restart it, so the next request is not queued behind it.
      await this.stop();
      return `${error.message} (the server was restarted)`;
    }
    const how = server.child.signalCode ?? `exit code ${server.child.exitCode}`;
    const log = tail(join(logDir, `${server.label}.log`), 6).trim().replace(/\s*\n\s*/g, ' / ');
    const message = `the server died during ${during} (${how})${log ? `: ${log.slice(-600)}` : ''}`;
    this.crashes.push(message);
    this.server = null;
    return message;
  }
}

function memory(pid: number): { rssBytes: number; peakRssBytes: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- web

type FirstViewSizes = AssetSizes;
interface FirstView extends FirstViewSizes {
  source: string;
  /** Chunks imported dynamically that the app awaits before its first render (messages, State names). */
  beforeFirstRender: FirstViewSizes & { sources: string[] };
  /** Chunks the overview imports after it has rendered (its charts). */
  deferred: FirstViewSizes & { sources: string[] };
}

/** The first view's JS and CSS from the build's manifest (scripts/first-view-js.ts). */
function firstView(distDir: string): FirstView {
  const first = firstViewAssets(distDir);
  const beforeFirstRender = dynamicAssets(distDir, EN_BEFORE_FIRST_RENDER, first);
  const deferred = dynamicAssets(distDir, EN_OVERVIEW_DEFERRED, { ...first, files: [...first.files, ...beforeFirstRender.files] });
  const missing = [...beforeFirstRender.missing, ...deferred.missing];
  if (missing.length) throw new Error(`scripts/first-view-js.ts names modules the build has no chunk for: ${missing.join(', ')}`);
  return {
    source: 'scripts/first-view-js.ts: index.html and its static imports through the Vite manifest, gzip level 9',
    ...first,
    beforeFirstRender: { sources: [...EN_BEFORE_FIRST_RENDER], ...beforeFirstRender },
    deferred: { sources: [...EN_OVERVIEW_DEFERRED], ...deferred },
  };
}

type LcpResult = Awaited<ReturnType<typeof measureLcp>> & { figures: number };

interface LcpRun {
  lcpMs: number | null;
  lcpElement: string | null;
  loadMs: number;
}

async function measureLcp(base: string, webDir: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
    const loaded = first.resources
      .map((r) => new URL(r.name).pathname)
      .filter((p) => /\.(js|css)$/.test(p))
      .map((p) => {
        const file = join(webDir, p.replace(/^\//, ''));
        const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
        return { file: p, kind: p.endsWith('.css') ? 'css' : 'js', bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
      });
    const unthrottled: LcpRun[] = [];
    const throttled: LcpRun[] = [];
    for (let i = 0; i < LCP_RUNS; i++) unthrottled.push((await once(1)).run);
    for (let i = 0; i < LCP_RUNS; i++) throttled.push((await once(4)).run);
    return { unthrottled, throttled, loadedByBrowser: loaded };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------- statistics and formatting

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms' : 'n/a');
const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');
const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB` : 'n/a');
const mib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : 'n/a');
const pct = (r: number) => (Number.isFinite(r) ? `${(r * 100).toFixed(0)} %` : 'n/a');
const figures = (n: number) => n.toLocaleString('en-US');

// ---------------------------------------------------------------- the run

interface Endpoint {
  id: string;
  label: string;
  path: string;
  aggregate: boolean;
}

const endpointsFor = (iso3: string): Endpoint[] => [
  { id: 'fund', label: 'Fund page', path: '/api/funds/vftc', aggregate: true },
  { id: 'overview', label: 'Overview', path: '/api/funds', aggregate: true },
  { id: 'gaps', label: 'Gaps', path: '/api/gaps', aggregate: true },
  { id: 'figures', label: 'Figures of a fund', path: '/api/figures?fund=vftc', aggregate: false },
  { id: 'statement', label: `Statement brief (${iso3})`, path: `/api/statements/${iso3}?lang=en`, aggregate: false },
];

interface EndpointAtSize {
  endpoint: Endpoint;
  status: number;
  bytes: number;
  coldMs: number[];
  warmMissMs: number[];
  hitMs: number[];
  /** The cached answer's size gzipped, as sent to a browser (null: sent plain, under 1 KB). */
  gzipBytes?: number | null;
  notModified: Load | null;
  cachedGet: Load | null;
  /** Set when a request got no answer within BENCH_REQUEST_TIMEOUT_SECONDS: the answer takes longer than this. */
  timedOutMs?: number;
  error?: string;
}

interface SizeResult {
  figures: number;
  figuresInDb: number;
  vftcFigures: number;
  statementState: string;
  generateMs: number;
  dbDirBytes: number;
  startupMs: number[];
  memory: { idle: ReturnType<typeof memory>; afterLoad: ReturnType<typeof memory>; note?: string | undefined };
  crashes: string[];
  endpoints: EndpointAtSize[];
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : entry.isFile() ? statSync(p).size : 0;
  }
  return total;
}

async function describeDatabase(dbDir: string) {
  const db = await openDatabase({ dbDir });
  try {
    const [count] = await db.query<{ n: number; vftc: number }>(`SELECT count(*)::int AS n, count(*) FILTER (WHERE fund_id = 'vftc')::int AS vftc FROM figures`);
    // The State the most figures are about (as beneficiary): the heaviest statement brief.
    const [state] = await db.query<{ iso3: string }>(
      `SELECT e.iso3 FROM figure_countries fc JOIN entities e ON e.id = fc.entity_id
        WHERE e.kind = 'state' AND e.iso3 IS NOT NULL GROUP BY e.iso3 ORDER BY count(*) DESC, e.iso3 LIMIT 1`,
    );
    const [donor] = state ? [state] : await db.query<{ iso3: string }>(`SELECT iso3 FROM entities WHERE kind = 'state' AND iso3 IS NOT NULL ORDER BY iso3 LIMIT 1`);
    return { figures: count?.n ?? 0, vftc: count?.vftc ?? 0, iso3: donor?.iso3 ?? 'MDV' };
  } finally {
    await db.close();
  }
}

function machine() {
  const cpus = os.cpus();
  let distro = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) distro = `${pretty} (${os.type()} ${os.release()}, ${os.arch()})`;
  } catch {
    /* not Linux */
  }
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    ramBytes: os.totalmem(),
    node: process.version,
    os: distro,
    commit: git('rev-parse', '--short', 'HEAD'),
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
    uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
    loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

/** Everything measured at one database size; the LCP too when asked. */
async function measureSize(n: number, dbDir: string, webDir: string, withLcp: boolean): Promise<{ size: SizeResult; lcp: LcpResult | null }> {
  let lcp: LcpResult | null = null;
  step(`${figures(n)} figures: generating into ${dbDir}`);
  const generateMs = await run(`synthetic-${n}`, 'npm', ['run', '--silent', 'data:synthetic', '--', '--figures', String(n), '--db-dir', dbDir]);
  const described = await describeDatabase(dbDir);
  step(`${figures(n)} figures: generated in ${(generateMs / 1000).toFixed(1)} s (${figures(described.figures)} in the database, ${mib(dirBytes(dbDir))}); statement State ${described.iso3}`);
  const endpoints = endpointsFor(described.iso3);
  const results: EndpointAtSize[] = endpoints.map((endpoint) => ({ endpoint, status: 0, bytes: 0, coldMs: [], warmMissMs: [], hitMs: [], notModified: null, cachedGet: null }));

  // Uncached, cold: the first request of each endpoint after a server start; the order rotates so
  // each endpoint is first once. An endpoint slower than BENCH_SLOW_SECONDS is not sampled again.
  const slot = new ServerSlot(dbDir, webDir);
  for (let s = 0; s < COLD_SAMPLES; s++) {
    try {
      for (let k = 0; k < results.length; k++) {
        const r = results[(k + s) % results.length]!;
        if (r.error || (r.coldMs[0] ?? 0) > SLOW_MS) continue;
        const server = await slot.ensure();
        try {
          const answer = await get(server.base + r.endpoint.path);
          r.coldMs.push(answer.ms);
          r.status = answer.status;
          r.bytes = answer.bytes;
          if (answer.status !== 200) r.error = `HTTP ${answer.status}`;
        } catch (error) {
          r.error = await slot.diagnose(error as Error, `the first request of ${r.endpoint.path}`);
        }
      }
    } finally {
      await slot.stop();
    }
  }
  step(`${figures(n)} figures: cold first requests ${results.map((r) => `${r.endpoint.id} ${r.error ? 'failed' : ms(median(r.coldMs))}`).join(', ')}`);

  // Cached: one server, warm.
  let idle: ReturnType<typeof memory> = null;
  let afterLoad: ReturnType<typeof memory> = null;
  const crashesBefore = slot.crashes.length;
  try {
    idle = memory((await slot.ensure()).pid);
    for (const r of results) {
      if (r.error) continue;
      const server = await slot.ensure();
      const url = server.base + r.endpoint.path;
      try {
        await get(url, BROWSER_HEADERS); // fills the cache
        const first = await get(url, BROWSER_HEADERS);
        const etag = first.headers.etag;
        r.gzipBytes = first.headers['content-encoding'] === 'gzip' ? first.bytes : null;
        for (let i = 0; i < MISS_SAMPLES; i++) r.hitMs.push((await get(url, BROWSER_HEADERS)).ms);
        r.cachedGet = await load(url, BROWSER_HEADERS);
        if (etag) r.notModified = await load(url, { ...BROWSER_HEADERS, 'If-None-Match': etag });
        else r.error = 'no ETag sent';
        if (!alive(server.child)) r.error = await slot.diagnose(new Error('server gone'), `the load on ${r.endpoint.path}`);
      } catch (error) {
        r.error = await slot.diagnose(error as Error, `the load on ${r.endpoint.path}`);
      }
      step(
        `${figures(n)} figures: ${r.endpoint.path}: ` +
          (r.cachedGet ? `cached GET ${int(r.cachedGet.requestsPerSecond)} req/s p99 ${ms(r.cachedGet.latencyMs.p99)}` : 'no load run') +
          (r.notModified ? `; 304 ${int(r.notModified.requestsPerSecond)} req/s p99 ${ms(r.notModified.latencyMs.p99)}` : '') +
          (r.error ? `; ${r.error}` : ''),
      );
    }
    const loaded = await slot.ensure();
    afterLoad = memory(loaded.pid);
    // Uncached on a warm server: the answers are cached by full URL (server/cache.ts), so a query
    // parameter no route reads makes a miss, as the first request after a data change does.
    for (const r of results) {
      if (r.error) continue;
      for (let i = 0; i < MISS_SAMPLES && (r.warmMissMs[0] ?? 0) <= SLOW_MS; i++) {
        const server = await slot.ensure();
        const sep = r.endpoint.path.includes('?') ? '&' : '?';
        try {
          r.warmMissMs.push((await get(`${server.base}${r.endpoint.path}${sep}bench_miss=${Date.now()}-${i}`)).ms);
        } catch (error) {
          r.error = await slot.diagnose(error as Error, `an uncached request of ${r.endpoint.path}`);
          break;
        }
      }
    }
    if (slot.server === loaded) {
      const peak = memory(loaded.pid);
      if (afterLoad && peak) afterLoad.peakRssBytes = peak.peakRssBytes;
    }
  } finally {
    await slot.stop();
  }
  const memoryNote = slot.crashes.length > crashesBefore ? 'the server died during this phase and was restarted; memory figures are of the process alive at the time' : undefined;
  step(`${figures(n)} figures: RSS after load ${mib(afterLoad?.rssBytes ?? NaN)} (peak ${mib(afterLoad?.peakRssBytes ?? NaN)})`);

  if (withLcp) {
    step(`${figures(n)} figures: Largest Contentful Paint of /en/`);
    try {
      const measured: LcpResult = { figures: n, ...(await measureLcp((await slot.ensure()).base, webDir)) };
      lcp = measured;
      step(`LCP median ${ms(median(measured.unthrottled.map((r) => r.lcpMs ?? NaN)))}, at 4x throttling ${ms(median(measured.throttled.map((r) => r.lcpMs ?? NaN)))}`);
    } catch (error) {
      lcpError = (error as Error).message;
      step(`LCP: FAILED: ${lcpError}`);
    } finally {
      await slot.stop();
    }
  }
  const startupMs = slot.startupMs;
  const crashes = slot.crashes;

  const size: SizeResult = {
    figures: n,
    figuresInDb: described.figures,
    vftcFigures: described.vftc,
    statementState: described.iso3,
    generateMs,
    dbDirBytes: dirBytes(dbDir),
    startupMs,
    memory: { idle, afterLoad, note: memoryNote },
    crashes,
    endpoints: results,
  };
  return { size, lcp };
}

const t0 = performance.now();
const step = (what: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${what}`);

async function main() {
  const startedAt = new Date();
  const tmp = mkdtempSync(join(os.tmpdir(), 'hrtf-bench-'));
  tmpDir = tmp;
  logDir = join(tmp, 'logs');
  mkdirSync(logDir);
  console.log(`bench: sizes ${SIZES.map(figures).join(', ')}; ${SECONDS} s per load run at ${CONNECTIONS} connections; temp dir ${tmp}`);

  try {
    const host = machine();

    // The SPA, built afresh so the figures are those of the code as it is now.
    let webDir = env.BENCH_WEB_DIR ? resolve(ROOT, env.BENCH_WEB_DIR) : join(tmp, 'web');
    let webBuild = `built by the bench into a temp dir (vite build)`;
    if (env.BENCH_WEB_DIR) {
      webBuild = `existing build ${env.BENCH_WEB_DIR}`;
      if (!existsSync(join(webDir, 'index.html'))) throw new Error(`BENCH_WEB_DIR ${webDir} has no index.html`);
    } else {
      step('building the web app');
      await run('vite-build', process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', webDir, '--emptyOutDir']);
    }
    webDir = resolve(webDir);
    const assets = firstView(webDir);
    step(`first view: ${kb(assets.jsGzipBytes)} JS, ${kb(assets.cssGzipBytes)} CSS (gzip)`);

    // Baseline.
    step('baseline: bare Hono app');
    const basePort = await freePort();
    const baselineChild = start('baseline', process.execPath, ['--import', 'tsx', 'scripts/bench/baseline.ts'], { PORT: String(basePort) });
    await waitFor(`http://${LOOPBACK}:${basePort}/json`, baselineChild, 'baseline', 60_000);
    const baseline = await load(`http://${LOOPBACK}:${basePort}/json`);
    await stop(baselineChild);
    step(`baseline: ${int(baseline.requestsPerSecond)} req/s, p99 ${ms(baseline.latencyMs.p99)}`);

    const sizes: SizeResult[] = [];
    const failures: { figures: number; error: string }[] = [];
    let lcp: LcpResult | null = null;
    const lcpSize = SIZES.includes(10_000) ? 10_000 : SIZES[0];

    for (const n of SIZES) {
      const dbDir = join(tmp, `db-${n}`);
      try {
        const measured = await measureSize(n, dbDir, webDir, n === lcpSize);
        sizes.push(measured.size);
        lcp = measured.lcp ?? lcp;
      } catch (error) {
        const message = (error as Error).message;
        failures.push({ figures: n, error: message });
        step(`${figures(n)} figures: FAILED: ${message}`);
      } finally {
        killAll();
        if (!KEEP) rmSync(dbDir, { recursive: true, force: true });
      }
    }

    const totalMs = performance.now() - t0;
    const results = {
      startedAt: startedAt.toISOString(),
      totalSeconds: Math.round(totalMs / 1000),
      loadAverageAtEnd: os.loadavg().map((x) => Number(x.toFixed(2))),
      machine: host,
      settings: { sizes: SIZES, seconds: SECONDS, slowSeconds: SLOW_MS / 1000, warmupSeconds: WARMUP_SECONDS, connections: CONNECTIONS, coldSamples: COLD_SAMPLES, missSamples: MISS_SAMPLES, lcpRuns: LCP_RUNS, webBuild },
      budgets: BUDGETS,
      baseline,
      firstView: assets,
      lcp,
      lcpError,
      sizes,
      failures,
    };
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(join(OUT_DIR, 'REPORT.md'), report(results));
    step(`wrote ${join(OUT_DIR, 'REPORT.md')} and results.json`);
    console.log(`bench: total run time ${(totalMs / 1000).toFixed(0)} s`);
  } finally {
    killAll();
    if (KEEP) console.log(`bench: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the report

type Results = {
  startedAt: string;
  totalSeconds: number;
  loadAverageAtEnd?: number[];
  machine: ReturnType<typeof machine>;
  settings: { sizes: number[]; seconds: number; slowSeconds: number; warmupSeconds: number; connections: number; coldSamples: number; missSamples: number; lcpRuns: number; webBuild: string };
  budgets: typeof BUDGETS;
  baseline: Load;
  firstView: FirstView;
  lcp: LcpResult | null;
  lcpError: string | null;
  sizes: SizeResult[];
  failures: { figures: number; error: string }[];
};

interface BudgetRow {
  what: string;
  measured: string;
  budget: string;
  met: boolean | null; // null: not measured
  margin: string;
}

/** "at most" budgets: how far under or over. */
function atMost(what: string, value: number, budget: number, show: (x: number) => string): BudgetRow {
  if (!Number.isFinite(value)) return { what, measured: 'not measured', budget: `≤ ${show(budget)}`, met: null, margin: '' };
  const met = value <= budget;
  const diff = Math.abs(value - budget);
  return {
    what,
    measured: show(value),
    budget: `≤ ${show(budget)}`,
    met,
    margin: met ? `${show(diff)} under (${pct(value / budget)} of budget)` : `**${show(diff)} over** (${pct(value / budget)} of budget)`,
  };
}
function atLeastRatio(what: string, ratio: number, budget: number): BudgetRow {
  if (!Number.isFinite(ratio)) return { what, measured: 'not measured', budget: `≥ ${pct(budget)} of baseline`, met: null, margin: '' };
  const met = ratio >= budget;
  const points = Math.abs(ratio - budget) * 100;
  return { what, measured: `${pct(ratio)} of baseline`, budget: `≥ ${pct(budget)} of baseline`, met, margin: met ? `${points.toFixed(0)} points above` : `**${points.toFixed(0)} points short**` };
}

const mark = (met: boolean | null) => (met === null ? '— not measured' : met ? '✅ met' : '❌ **missed**');

const WHY_FILE_NAME = 'bench/why.json';

function report(r: Results): string {
  const b = r.budgets;
  // Explanations of missed budgets, kept by hand in bench/why.json ({ "start of a budget's name": "why" }).
  const whyFile = join(OUT_DIR, 'why.json');
  const why = existsSync(whyFile) ? (JSON.parse(readFileSync(whyFile, 'utf8')) as Record<string, string>) : {};
  const base = r.baseline.requestsPerSecond;
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const table = (head: string[], rows: string[][]) => {
    line(`| ${head.join(' | ')} |`);
    line(`|${head.map(() => '---').join('|')}|`);
    for (const row of rows) line(`| ${row.join(' | ')} |`);
    line();
  };

  line('# Benchmark report');
  line();
  line(`Generated by \`npm run bench\` (scripts/bench.ts) on ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC; the whole run took ${Math.floor(r.totalSeconds / 60)} min ${r.totalSeconds % 60} s. Raw figures: [results.json](results.json).`);
  line();
  line('Everything ran on one machine over loopback (127.0.0.1): the load generator (autocannon, in the bench process), the server under test and the browser share the same cores, so absolute figures are lower than on a dedicated server; the ratio to the baseline, measured the same way, is the comparable figure.');
  line();
  line('## Machine');
  line();
  table(
    ['', ''],
    [
      ['CPU', `${r.machine.cpu}`],
      ['Cores (available to Node)', String(r.machine.cores)],
      ['RAM', `${(r.machine.ramBytes / 1024 ** 3).toFixed(1)} GiB`],
      ['Node.js', r.machine.node],
      ['OS', r.machine.os],
      ['Load average (1, 5, 15 min)', `${r.machine.loadAverageAtStart?.join(', ') ?? '?'} at the start, ${r.loadAverageAtEnd?.join(', ') ?? '?'} at the end (other work on the machine shows here)`],
      ['Code', `${r.machine.branch} at ${r.machine.commit}${r.machine.uncommittedFiles ? ` plus ${r.machine.uncommittedFiles} uncommitted file(s) in the working tree` : ''}`],
    ],
  );
  line('## Method');
  line();
  line(`- **Server**: the real server (\`server/main.ts\`, run as \`node --import tsx\` so its pid is the server's own; \`HOST=127.0.0.1\` makes it listen on loopback only), with \`DB_DIR\` a fresh embedded (PGlite) database filled by \`npm run data:synthetic -- --figures N --db-dir DIR\` and \`WEB_DIR\` the SPA (${r.settings.webBuild}).`);
  line(`- **Load**: autocannon, ${r.settings.connections} connections, ${r.settings.warmupSeconds} s warm-up (discarded) then ${r.settings.seconds} s measured, per endpoint and mode; requests/s is autocannon's mean of per-second counts; latencies are autocannon's percentiles. Cached reads send \`Accept-Encoding: gzip, deflate, br\` as a browser does, so answers of 1 KB or more come gzipped (compressed once per data version); uncached reads are answered plain.`);
  line(`- **Baseline**: \`new Hono().get('/json', c => c.json({ ok: true }))\` served by @hono/node-server, same machine, same load settings: **${int(base)} req/s**, p50 ${ms(r.baseline.latencyMs.p50)}, p99 ${ms(r.baseline.latencyMs.p99)}.`);
  line('- **Cached, 304**: every request carries `If-None-Match` with the ETag of a first answer, so the server reads the data version and answers 304 Not Modified.');
  line('- **Cached, 200**: plain repeated GETs of the same URL, answered from the server\'s response cache keyed by (data version, URL).');
  line(`- **Uncached, cold**: the first request of each endpoint after a server start (${r.settings.coldSamples} starts; the order of endpoints rotates so each is first once; an endpoint slower than ${r.settings.slowSeconds} s is not sampled again). This includes the process's first-time costs (JIT, database pages not yet in memory): a pessimistic figure.`);
  line(`- **Uncached, after a data change**: on the warm server, after the load runs, ${r.settings.missSamples} requests per endpoint each with a query parameter no route reads (\`?bench_miss=…\`). The response cache is keyed by the full URL, so each is a miss and is computed from the database, as the first request after a write is. This is the figure the uncached budget is judged on.`);
  line('- **Memory**: VmRSS of the server process from /proc/<pid>/status after the load runs at each size (VmHWM is the peak over the server\'s life, including the uncached requests).');
  line(`- **Web**: JS and CSS gzip bytes of the first view (${r.firstView.source}). Largest Contentful Paint of \`/en/\` in headless Chromium (${CHROMIUM_PATH}, playwright-core), a fresh browser context (empty cache) per load, read from a buffered PerformanceObserver after network idle; median of ${r.settings.lcpRuns} loads unthrottled and ${r.settings.lcpRuns} at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), after one discarded load; against the server on the ${r.lcp ? figures(r.lcp.figures) : '—'}-figure synthetic database, no network throttling (loopback).`);
  line();

  // Budgets.
  const rows: BudgetRow[] = [];
  const renderJs = r.firstView.jsGzipBytes + r.firstView.beforeFirstRender.jsGzipBytes;
  rows.push(atMost('First-view JS needed for the first render of /en/ (gzip)', renderJs, b.firstViewJsGzipBytes, kb));
  rows.push(atMost(`First-view JS including the overview's charts, loaded after the first render (gzip)`, renderJs + r.firstView.deferred.jsGzipBytes, b.firstViewJsGzipBytes, kb));
  for (const mode of ['notModified', 'cachedGet'] as const) {
    const label = mode === 'notModified' ? 'Cached reads, 304 revalidation' : 'Cached reads, repeated GET (200)';
    const runs = r.sizes.flatMap((s) => s.endpoints.filter((e) => e[mode]).map((e) => ({ size: s.figures, e, l: e[mode]! })));
    const worstP99 = runs.reduce<(typeof runs)[number] | null>((w, x) => (!w || x.l.latencyMs.p99 > w.l.latencyMs.p99 ? x : w), null);
    const worstRate = runs.reduce<(typeof runs)[number] | null>((w, x) => (!w || x.l.requestsPerSecond < w.l.requestsPerSecond ? x : w), null);
    const p99Row = atMost(`${label}: p99 at ${r.settings.connections} connections, worst endpoint${worstP99 ? ` (${worstP99.e.endpoint.path} at ${figures(worstP99.size)} figures)` : ''}`, worstP99?.l.latencyMs.p99 ?? NaN, b.cachedP99Ms, ms);
    const rateRow = atLeastRatio(`${label}: requests/s, worst endpoint${worstRate ? ` (${worstRate.e.endpoint.path} at ${figures(worstRate.size)} figures)` : ''}`, (worstRate?.l.requestsPerSecond ?? NaN) / base, b.cachedBaselineRatio);
    const p99Misses = runs.filter((x) => x.l.latencyMs.p99 > b.cachedP99Ms).length;
    const rateMisses = runs.filter((x) => x.l.requestsPerSecond / base < b.cachedBaselineRatio).length;
    if (runs.length) {
      p99Row.margin += `; ${p99Misses} of ${runs.length} endpoint × size runs over`;
      rateRow.margin += `; ${rateMisses} of ${runs.length} endpoint × size runs short`;
    }
    rows.push(p99Row, rateRow);
  }
  const atBudgetSize = r.sizes.find((s) => s.figures === b.atFigures);
  const budgetSizeFailed = r.failures.find((f) => f.figures === b.atFigures);
  const failedRow = (what: string, budget: string, why: string): BudgetRow => ({ what, measured: 'failed', budget, met: false, margin: why.length > 160 ? `${why.slice(0, 160)}…` : why });
  const aggregates = endpointsFor('—').filter((x) => x.aggregate);
  for (const kind of ['warmMissMs', 'coldMs'] as const) {
    for (const endpoint of aggregates) {
      const what = `Uncached ${endpoint.path} at ${figures(b.atFigures)} figures, ${kind === 'warmMissMs' ? 'after a data change' : 'first request after start'} (median)`;
      const e = atBudgetSize?.endpoints.find((x) => x.endpoint.path === endpoint.path);
      if (budgetSizeFailed) rows.push(failedRow(what, `≤ ${ms(b.uncachedAggregateMs)}`, 'the run at this size failed'));
      else if (e && e[kind].length === 0 && e.timedOutMs)
        rows.push({ what, measured: `> ${ms(e.timedOutMs)} (no answer in time)`, budget: `≤ ${ms(b.uncachedAggregateMs)}`, met: false, margin: `**over by more than ${ms(e.timedOutMs - b.uncachedAggregateMs)}** (more than ${pct(e.timedOutMs / b.uncachedAggregateMs)} of budget)` });
      else if (e && e[kind].length === 0 && e.error) rows.push(failedRow(what, `≤ ${ms(b.uncachedAggregateMs)}`, e.error));
      else rows.push(atMost(what, e ? median(e[kind]) : NaN, b.uncachedAggregateMs, ms));
    }
  }
  for (const [what, key] of [
    [`Server RSS after load at ${figures(b.atFigures)} figures`, 'rssBytes'],
    [`Server peak RSS (VmHWM) at ${figures(b.atFigures)} figures`, 'peakRssBytes'],
  ] as const) {
    if (budgetSizeFailed) rows.push(failedRow(what, `≤ ${mib(b.rssBytes)}`, 'the run at this size failed'));
    else if (atBudgetSize?.crashes.length) rows.push(failedRow(what, `≤ ${mib(b.rssBytes)}`, atBudgetSize.crashes[0]!));
    else rows.push(atMost(what, atBudgetSize?.memory.afterLoad?.[key] ?? NaN, b.rssBytes, mib));
  }
  const lcpMedian = r.lcp ? median(r.lcp.unthrottled.map((x) => x.lcpMs ?? NaN)) : NaN;
  const lcpThrottled = r.lcp ? median(r.lcp.throttled.map((x) => x.lcpMs ?? NaN)) : NaN;
  rows.push(atMost('LCP of /en/, unthrottled (median)', lcpMedian, b.lcpMs, ms));
  rows.push(atMost('LCP of /en/, 4× CPU throttling (median)', lcpThrottled, b.lcpThrottledMs, ms));

  const missed = rows.filter((x) => x.met === false);
  const unmeasured = rows.filter((x) => x.met === null);
  line('## Budgets');
  line();
  line(
    missed.length === 0
      ? `Every measured budget is met.${unmeasured.length ? ` ${unmeasured.length} could not be judged in this run (see "not measured").` : ''}`
      : `**${missed.length} of ${rows.length - unmeasured.length} measured budgets are missed:** ${missed.map((x) => x.what).join('; ')}.${unmeasured.length ? ` ${unmeasured.length} could not be judged in this run.` : ''}`,
  );
  line();
  table(['Budget', 'Measured', 'Budget', 'Result', 'By how much'], rows.map((x) => [x.what, x.measured, x.budget, mark(x.met), x.margin]));
  if (!atBudgetSize) line(`_This run did not include ${figures(b.atFigures)} figures (BENCH_SIZES), so the budgets set at that size are not measured; run \`npm run bench\` without BENCH_SIZES._\n`);
  if (missed.length) {
    line('### Why budgets are missed');
    line();
    for (const x of missed) {
      line(`- **${x.what}**: ${x.measured} against ${x.budget}.`);
      for (const fact of observations(r, x.what)) line(`  - ${fact}`);
      const notes = Object.entries(why).filter(([prefix]) => x.what.startsWith(prefix)).map(([, note]) => note);
      if (notes.length) for (const note of notes) line(`  - Why: ${note}`);
      else line(`  - Why: _(maintainers: fill in, in ${WHY_FILE_NAME}, keyed by the start of the budget's name)_`);
    }
    line();
  }

  // API details.
  line('## API');
  line();
  line(`Baseline (bare Hono): ${int(base)} req/s. Ratio = endpoint req/s ÷ baseline req/s. ✅/❌ against p99 ≤ ${b.cachedP99Ms} ms and ratio ≥ ${pct(b.cachedBaselineRatio)}.`);
  line();
  for (const s of r.sizes) {
    line(`### ${figures(s.figures)} figures`);
    line();
    line(
      `${figures(s.figuresInDb)} figures in the database (${figures(s.vftcFigures)} of the VFTC), ${mib(s.dbDirBytes)} on disk, generated in ${(s.generateMs / 1000).toFixed(1)} s; server start to first health answer: median ${ms(median(s.startupMs))}. ` +
        `Server RSS: ${mib(s.memory.idle?.rssBytes ?? NaN)} idle after start, **${mib(s.memory.afterLoad?.rssBytes ?? NaN)} after the load**, peak ${mib(s.memory.afterLoad?.peakRssBytes ?? NaN)}.`,
    );
    line();
    if (s.memory.note) line(`_Note: ${s.memory.note}._\n`);
    for (const crash of s.crashes) line(`- ❌ ${crash}`);
    if (s.crashes.length) line();
    const failed = s.endpoints.filter((e) => e.error);
    for (const e of failed) line(`- \`${e.endpoint.path}\`: ${e.error}`);
    if (failed.length) line();
    const ok = (l: Load | null) => (l ? `${l.latencyMs.p99 <= b.cachedP99Ms && l.requestsPerSecond / base >= b.cachedBaselineRatio ? '✅' : '❌'}` : '');
    const loadCells = (l: Load | null, expected: '2xx' | '3xx') => {
      if (!l) return ['—', '—', '—', '—', ''];
      const answered = l.statuses['2xx'] + l.statuses['3xx'] + l.statuses['4xx'] + l.statuses['5xx'];
      const wrong = answered - l.statuses[expected];
      const trouble = [l.errors ? `${l.errors} errors` : '', l.timeouts ? `${l.timeouts} timeouts` : '', wrong ? `${wrong} answers not ${expected}` : ''].filter(Boolean).join(', ');
      return [int(l.requestsPerSecond), pct(l.requestsPerSecond / base), ms(l.latencyMs.p50), ms(l.latencyMs.p99), `${ok(l)}${trouble ? ` (${trouble})` : ''}`];
    };
    table(
      ['Endpoint', 'Answer size', 'Mode', 'req/s', '× baseline', 'p50', 'p99', ''],
      s.endpoints.flatMap((e) =>
        e.error && !e.cachedGet
          ? [[`\`${e.endpoint.path}\``, e.bytes ? kb(e.bytes) : '—', 'failed', e.error, '', '', '', '❌']]
          : [
              [`\`${e.endpoint.path}\``, e.bytes ? `${kb(e.bytes)}${e.gzipBytes ? ` (${kb(e.gzipBytes)} gzip)` : ''}` : '—', '304 revalidation', ...loadCells(e.notModified, '3xx')],
              ['', '', 'cached 200', ...loadCells(e.cachedGet, '2xx')],
            ],
      ),
    );
    table(
      ['Endpoint', 'Uncached, after a data change: median (max)', 'Uncached, first request after start: median (max)', 'Cached, single request: median'],
      s.endpoints.map((e) => [
        `\`${e.endpoint.path}\`${e.endpoint.aggregate ? ' (aggregate)' : ''}`,
        samples(e.warmMissMs, e),
        samples(e.coldMs, e),
        ms(median(e.hitMs)),
      ]),
    );
  }

  for (const f of r.failures) {
    line(`### ${figures(f.figures)} figures: the run failed`);
    line();
    line('```');
    line(f.error);
    line('```');
    line();
  }

  // Web details.
  line('## Web');
  line();
  const fv = r.firstView;
  line(`First view of \`/en/\` (${fv.source}):`);
  line();
  line(`- loaded by index.html (entry, its static imports, stylesheet): **${kb(fv.jsGzipBytes)} JS**, ${kb(fv.cssGzipBytes)} CSS;`);
  line(`- awaited before the first render (${fv.beforeFirstRender.sources.map((x) => `\`${x}\``).join(', ')}): **${kb(fv.beforeFirstRender.jsGzipBytes)} JS**;`);
  line(`- so the first render needs **${kb(fv.jsGzipBytes + fv.beforeFirstRender.jsGzipBytes)} JS**;`);
  line(`- then the overview's charts (${fv.deferred.sources.map((x) => `\`${x}\``).join(', ')}), loaded after the first render while the figures are fetched: **${kb(fv.deferred.jsGzipBytes)} JS**, ${kb(fv.jsGzipBytes + fv.beforeFirstRender.jsGzipBytes + fv.deferred.jsGzipBytes)} in all.`);
  line();
  const fileRows = (files: AssetSize[]): string[][] => files.map((f) => [`\`${f.file}\``, kb(f.bytes), kb(f.gzipBytes)]);
  table(['File', 'Bytes', 'Gzip'], [...fileRows(fv.files), ...fileRows(fv.beforeFirstRender.files), ...fileRows(fv.deferred.files)]);
  if (!r.lcp) line(`Largest Contentful Paint: not measured${r.lcpError ? ` (${r.lcpError})` : ''}.\n`);
  if (r.lcp) {
    const loaded = r.lcp.loadedByBrowser;
    const js = loaded.filter((f) => f.kind === 'js').reduce((n, f) => n + f.gzipBytes, 0);
    const css = loaded.filter((f) => f.kind === 'css').reduce((n, f) => n + f.gzipBytes, 0);
    line(`What the browser actually fetched for \`/en/\` up to network idle, lazy chunks included (Resource Timing; sizes are the files in the build, gzip level 9; the server itself sends them uncompressed): ${kb(js)} JS, ${kb(css)} CSS.`);
    line();
    table(['File', 'Bytes', 'Gzip'], loaded.map((f) => [`\`${f.file}\``, kb(f.bytes), kb(f.gzipBytes)]));
    table(
      ['Largest Contentful Paint of /en/', `Median of ${r.lcp.unthrottled.length}`, 'Each load', 'LCP element'],
      [
        ['Unthrottled', ms(lcpMedian), r.lcp.unthrottled.map((x) => ms(x.lcpMs ?? NaN)).join(', '), r.lcp.unthrottled.at(-1)?.lcpElement ?? '—'],
        ['4× CPU throttling', ms(lcpThrottled), r.lcp.throttled.map((x) => ms(x.lcpMs ?? NaN)).join(', '), r.lcp.throttled.at(-1)?.lcpElement ?? '—'],
      ],
    );
  }
  return out.join('\n');
}

/** Median (max) of timed requests, "n=1" when a slow endpoint was sampled once, "> timeout" when it never answered. */
function samples(xs: number[], e: EndpointAtSize): string {
  if (xs.length === 0) return e.timedOutMs ? `> ${ms(e.timedOutMs)} (no answer in time)` : e.error ? 'failed' : 'n/a';
  if (xs.length === 1) return `${ms(xs[0]!)} (1 sample: too slow to repeat)`;
  return `${ms(median(xs))} (${ms(max(xs))})`;
}

/** Facts from the measurements that bear on a missed budget (not an explanation: that is the maintainers'). */
function observations(r: Results, what: string): string[] {
  const facts: string[] = [];
  if (what.startsWith('First-view JS')) {
    const files = [...r.firstView.files, ...r.firstView.beforeFirstRender.files, ...r.firstView.deferred.files].sort((a, b) => b.gzipBytes - a.gzipBytes);
    for (const f of files.slice(0, 3)) facts.push(`\`${f.file}\`: ${kb(f.gzipBytes)} gzip.`);
  }
  if (what.startsWith('Uncached') || what.startsWith('Cached')) {
    const path = /(\/api\/[^\s)]+)/.exec(what)?.[1];
    for (const s of r.sizes) {
      const e = s.endpoints.find((x) => x.endpoint.path === path);
      if (e) facts.push(`${figures(s.figures)} figures: answer ${kb(e.bytes)}; after a data change ${samples(e.warmMissMs, e)}, first after start ${samples(e.coldMs, e)}, cached single request ${ms(median(e.hitMs))}.`);
    }
  }
  if (what.startsWith('Server')) {
    for (const s of r.sizes) facts.push(`${figures(s.figures)} figures: idle ${mib(s.memory.idle?.rssBytes ?? NaN)}, after load ${mib(s.memory.afterLoad?.rssBytes ?? NaN)}, peak ${mib(s.memory.afterLoad?.peakRssBytes ?? NaN)}; database ${mib(s.dbDirBytes)} on disk.`);
  }
  if (what.startsWith('LCP') && r.lcp) {
    facts.push(`First-render JS ${kb(r.firstView.jsGzipBytes + r.firstView.beforeFirstRender.jsGzipBytes)} gzip; LCP element: ${r.lcp.unthrottled.at(-1)?.lcpElement ?? 'unknown'}.`);
  }
  return facts;
}

if (process.argv.includes('--report')) {
  // Rewrite REPORT.md from an existing results.json (after changing the report's wording, say).
  const saved = JSON.parse(readFileSync(join(OUT_DIR, 'results.json'), 'utf8')) as Results;
  writeFileSync(join(OUT_DIR, 'REPORT.md'), report({ ...saved, failures: saved.failures ?? [], lcpError: saved.lcpError ?? null }));
  console.log(`bench: rewrote ${join(OUT_DIR, 'REPORT.md')} from results.json`);
} else {
  await main();
}
