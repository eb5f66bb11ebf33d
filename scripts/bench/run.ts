// One bench run: the SPA built afresh, the baseline, every database size in turn, then results.json and
// REPORT.md. Every child process is killed at the end, also on error or Ctrl-C.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { LOOPBACK, freePort } from '../lib/ports.js';
import { killAllChildren, spawnTracked, stopChildrenOnSignals, stopProcess } from '../lib/processes.js';
import { waitUntilAnswering } from '../lib/server.js';
import { measureSize } from './api.js';
import { firstView, PHONE_PROFILE_TEXT } from './first-view.js';
import { openDatabase } from '../../server/db/connection.js';
import { figures, int, kb, ms, runStartedMs, step } from './format.js';
import { load } from './http.js';
import { measurePdfReading } from './pdf.js';
import { report } from './report.js';
import { run } from './servers.js';
import {
  BUDGETS,
  COLD_SAMPLES,
  CONNECTIONS,
  DATABASES,
  KEEP,
  POSTGRES_URL,
  LCP_RUNS,
  MISS_SAMPLES,
  OUT_DIR,
  ROOT,
  SECONDS,
  SIZES,
  SLOW_MS,
  WARMUP_SECONDS,
  WEB_DIR,
} from './settings.js';
import type { DatabaseUnderTest, LcpResult, Machine, PdfReadResult, PhoneRun, Results, SizeResult, WirePage } from './types.js';

/** A new, empty database on the PostgreSQL server of BENCH_DATABASE_URL (dropped first if a run left it). */
async function freshPostgresDatabase(name: string): Promise<string> {
  const admin = await openDatabase({ databaseUrl: POSTGRES_URL });
  try {
    await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
    await admin.exec(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function machine(): Machine {
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

/** The report PDF's reading, or why it could not be measured (the rest of the run goes on). */
async function measurePdf(tmp: string, logDir: string): Promise<{ pdf: PdfReadResult[]; pdfError: string | null }> {
  try {
    const pdf = await measurePdfReading(tmp, logDir);
    for (const p of pdf) step(`report PDF: ${p.document}: ${p.runs.map((x) => ms(x.ms)).join(', ')}`);
    return { pdf, pdfError: null };
  } catch (error) {
    step(`report PDF: FAILED: ${(error as Error).message}`);
    return { pdf: [], pdfError: (error as Error).message };
  }
}

/** `npm run bench -- --pdf`: only the report PDF's reading, put into the saved results and REPORT.md. */
export async function runPdfBench() {
  const tmp = mkdtempSync(join(os.tmpdir(), 'hrtf-bench-pdf-'));
  const logDir = join(tmp, 'logs');
  mkdirSync(logDir);
  stopChildrenOnSignals();
  try {
    const measured = await measurePdf(tmp, logDir);
    const file = join(OUT_DIR, 'results.json');
    if (!existsSync(file)) {
      console.log(JSON.stringify(measured, null, 2));
      return;
    }
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Results;
    const results = { ...saved, ...measured, budgets: { ...saved.budgets, pdfReadMs: BUDGETS.pdfReadMs }, failures: saved.failures ?? [], lcpError: saved.lcpError ?? null };
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    writeFileSync(join(OUT_DIR, 'REPORT.md'), report(results));
    step(`wrote the report PDF's reading into ${join(OUT_DIR, 'REPORT.md')} and results.json`);
  } finally {
    killAllChildren();
    if (KEEP) console.log(`bench: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

export async function runBench() {
  const startedAt = new Date();
  const tmp = mkdtempSync(join(os.tmpdir(), 'hrtf-bench-'));
  const logDir = join(tmp, 'logs');
  mkdirSync(logDir);
  process.on('exit', () => {
    if (!KEEP) rmSync(tmp, { recursive: true, force: true });
  });
  stopChildrenOnSignals();
  console.log(`bench: sizes ${SIZES.map(figures).join(', ')}; ${SECONDS} s per load run at ${CONNECTIONS} connections; temp dir ${tmp}`);

  try {
    const host = machine();

    // The SPA, built afresh so the figures are those of the code as it is now.
    let webDir = WEB_DIR ? resolve(ROOT, WEB_DIR) : join(tmp, 'web');
    let webBuild = `built by the bench into a temp dir (vite build)`;
    if (WEB_DIR) {
      webBuild = `existing build ${WEB_DIR}`;
      if (!existsSync(join(webDir, 'index.html'))) throw new Error(`BENCH_WEB_DIR ${webDir} has no index.html`);
    } else {
      step('building the web app');
      await run(logDir, 'vite-build', process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', webDir, '--emptyOutDir']);
    }
    webDir = resolve(webDir);
    const assets = firstView(webDir);
    step(`first view: ${kb(assets.jsGzipBytes)} JS, ${kb(assets.cssGzipBytes)} CSS (gzip)`);

    const { pdf, pdfError } = await measurePdf(tmp, logDir);

    // Baseline.
    step('baseline: bare Hono app');
    const basePort = await freePort();
    const baselineProcess = spawnTracked(process.execPath, ['--import', 'tsx', 'scripts/bench/baseline.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(basePort) },
      logFile: join(logDir, 'baseline.log'),
    });
    const baselineChild = baselineProcess.child;
    await waitUntilAnswering(`http://${LOOPBACK}:${basePort}/json`, baselineChild, baselineProcess.output, 60_000);
    const baseline = await load(`http://${LOOPBACK}:${basePort}/json`);
    await stopProcess(baselineChild);
    step(`baseline: ${int(baseline.requestsPerSecond)} req/s, p99 ${ms(baseline.latencyMs.p99)}`);

    const sizes: SizeResult[] = [];
    const failures: Results['failures'] = [];
    let lcp: LcpResult | null = null;
    let lcpError: string | null = null;
    const lcpSize = SIZES.includes(10_000) ? 10_000 : SIZES[0];

    let wire: WirePage[] | undefined;
    let phone: PhoneRun[] | undefined;
    // Each size on the embedded database, then on PostgreSQL when BENCH_DATABASE_URL names a server.
    const targets = DATABASES.flatMap((kind) => SIZES.map((n) => ({ kind, n })));
    for (const { kind, n } of targets) {
      const dbDir = join(tmp, `db-${n}`);
      let database: DatabaseUnderTest = { kind: 'pglite', dbDir };
      try {
        if (kind === 'postgres') database = { kind, url: await freshPostgresDatabase(`hrtf_bench_${n}`) };
        const measured = await measureSize(n, database, webDir, logDir, kind === 'pglite' && n === lcpSize);
        sizes.push(measured.size);
        lcp = measured.lcp ?? lcp;
        lcpError = measured.lcpError ?? lcpError;
        wire = measured.wire ?? wire;
        phone = measured.phone ?? phone;
      } catch (error) {
        const message = (error as Error).message;
        failures.push({ figures: n, database: kind, error: message });
        step(`${figures(n)} figures on ${kind}: FAILED: ${message}`);
      } finally {
        killAllChildren();
        if (!KEEP) rmSync(dbDir, { recursive: true, force: true });
      }
    }

    const totalMs = performance.now() - runStartedMs;
    const results: Results = {
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
      pdf,
      pdfError,
      wire: wire ?? [],
      phone: phone ? { profile: PHONE_PROFILE_TEXT, runs: phone } : null,
      sizes,
      failures,
    };
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(join(OUT_DIR, 'REPORT.md'), report(results));
    step(`wrote ${join(OUT_DIR, 'REPORT.md')} and results.json`);
    console.log(`bench: total run time ${(totalMs / 1000).toFixed(0)} s`);
  } finally {
    killAllChildren();
    if (KEEP) console.log(`bench: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}
