// npm run bench:import — how long other requests wait while large imports are parsed: GET
// /api/health and /api/funds, one after another on fresh connections, first with the server idle,
// then while an editor sends 10 MB CSV dry runs back to back (issue 14: the parse runs in a worker
// thread, so the event loop stays free). The real server (server/main.ts) on a fresh embedded
// database in a temp dir; the results are printed and written to bench/import-latency.json.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { readDataset } from '../../server/ingest/dataset.js';
import { figuresCsv } from '../../test/helpers/hostileFiles.js';
import { stopChildrenOnSignals } from '../lib/processes.js';
import { startServer } from '../lib/server.js';
import { get } from './http.js';
import { OUT_DIR, ROOT } from './settings.js';

const SECONDS = Number(process.env.BENCH_IMPORT_SECONDS ?? 10);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 3);
const EMAIL = 'bench-importer@example.org';
const PASSWORD = 'a long enough bench password';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const summary = (values: number[]) => ({
  requests: values.length,
  p50Ms: Number(percentile(values, 50).toFixed(1)),
  p99Ms: Number(percentile(values, 99).toFixed(1)),
  maxMs: Number(Math.max(...values).toFixed(1)),
});

function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; ms: number; body: string; cookie: string }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, ms: performance.now() - t0, body: Buffer.concat(chunks).toString('utf8'), cookie: String(res.headers['set-cookie'] ?? '').split(';')[0] ?? '' }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** GETs the paths one after another until `until` resolves (or for `seconds`), timing each. */
async function probe(base: string, paths: string[], until: Promise<unknown> | number) {
  const times: number[] = [];
  let done = false;
  if (typeof until === 'number') setTimeout(() => (done = true), until * 1000);
  else void until.finally(() => (done = true));
  while (!done) {
    for (const path of paths) {
      const answer = await get(`${base}${path}`);
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
      times.push(answer.ms);
    }
  }
  return times;
}

async function main() {
  stopChildrenOnSignals();
  const tmp = mkdtempSync(join(os.tmpdir(), 'hrtf-bench-import-'));
  const env = { DB_DIR: join(tmp, 'db'), DATABASE_URL: '', WEB_DIR: join(tmp, 'web'), NODE_ENV: 'production' };
  try {
    // The account first (this also loads the shipped data into the new database).
    const added = spawnSync(process.execPath, ['--import', 'tsx', 'server/auth/cli.ts', '--email', EMAIL, '--password', PASSWORD, '--role', 'editor'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (added.status !== 0) throw new Error(`user:add failed: ${added.stderr}`);
    const server = await startServer({ env, logFile: join(tmp, 'server.log') });
    try {
      const origin = { origin: server.url };
      const session = await post(`${server.url}/api/session`, JSON.stringify({ email: EMAIL, password: PASSWORD }), origin);
      if (session.status !== 200) throw new Error(`sign-in failed: ${session.status}`);
      const states = readDataset(join(ROOT, 'data')).entities.filter((e) => e.kind === 'state').map((e) => e.id);
      const csv = figuresCsv(states.slice(0, 193), Array.from({ length: 51 }, (_, i) => 1981 + i), 990);
      const body = JSON.stringify({
        fund: 'ldc-sids', year: 2021, metric: 'contributions', status: 'received', asOf: null,
        source: { kind: 'official_report', title: 'Bench import', url: 'https://example.org/bench-import' },
        format: 'csv', content: csv,
      });
      const paths = ['/api/health', '/api/funds'];
      console.log(`bench:import: idle for ${SECONDS} s`);
      const idle = await probe(server.url, paths, SECONDS);
      console.log(`bench:import: ${IMPORTS} dry runs of a ${(csv.length / 1024 / 1024).toFixed(1)} MB CSV`);
      const importMs: number[] = [];
      const importing = (async () => {
        for (let i = 0; i < IMPORTS; i++) {
          const res = await post(`${server.url}/api/imports`, body, { ...origin, cookie: session.cookie });
          if (res.status !== 200) throw new Error(`import answered ${res.status}: ${res.body.slice(0, 300)}`);
          importMs.push(res.ms);
        }
      })();
      const during = await probe(server.url, paths, importing);
      await importing;
      const results = {
        at: new Date().toISOString(),
        cpu: os.cpus()[0]?.model.trim(),
        cores: os.availableParallelism(),
        loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
        csvBytes: csv.length,
        importMs: importMs.map((x) => Math.round(x)),
        otherRequestsIdle: summary(idle),
        otherRequestsDuringImports: summary(during),
      };
      console.log(JSON.stringify(results, null, 2));
      mkdirSync(OUT_DIR, { recursive: true });
      writeFileSync(join(OUT_DIR, 'import-latency.json'), JSON.stringify(results, null, 2) + '\n');
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
