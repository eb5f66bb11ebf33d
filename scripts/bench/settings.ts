// The bench's settings, from the environment (see scripts/bench.ts), and its budgets.

import { resolve } from 'node:path';
import { ROOT } from '../lib/server.js';

export { ROOT };

const env = process.env;
const intEnv = (name: string, fallback: number) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
};
export const SIZES = (env.BENCH_SIZES ?? '10000,100000,1000000')
  .split(',')
  .map((s) => s.trim().replace(/_/g, ''))
  .filter(Boolean)
  .map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`BENCH_SIZES: "${s}" is not a number of figures`);
    return n;
  })
  .sort((a, b) => a - b);
/** A PostgreSQL server to run every size on as well (a database per size is created on it), e.g. postgres://postgres@127.0.0.1:5432/postgres. */
export const POSTGRES_URL = env.BENCH_DATABASE_URL ?? '';
export const DATABASES: ('pglite' | 'postgres')[] = (env.BENCH_DATABASES ?? (POSTGRES_URL ? 'pglite,postgres' : 'pglite'))
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is 'pglite' | 'postgres' => {
    if (s !== 'pglite' && s !== 'postgres') throw new Error(`BENCH_DATABASES: "${s}" is neither pglite nor postgres`);
    if (s === 'postgres' && !POSTGRES_URL) throw new Error('BENCH_DATABASES names postgres: set BENCH_DATABASE_URL');
    return true;
  });
export const SECONDS = intEnv('BENCH_SECONDS', 10);
export const WARMUP_SECONDS = env.BENCH_WARMUP_SECONDS === '0' ? 0 : intEnv('BENCH_WARMUP_SECONDS', 2);
export const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 64);
export const COLD_SAMPLES = intEnv('BENCH_COLD_SAMPLES', 5);
export const MISS_SAMPLES = intEnv('BENCH_MISS_SAMPLES', 5);
export const LCP_RUNS = intEnv('BENCH_LCP_RUNS', 5);
export const SLOW_MS = intEnv('BENCH_SLOW_SECONDS', 20) * 1000;
export const REQUEST_TIMEOUT_MS = intEnv('BENCH_REQUEST_TIMEOUT_SECONDS', 120) * 1000;
export const OUT_DIR = resolve(ROOT, env.BENCH_OUT ?? 'bench');
export const KEEP = env.BENCH_KEEP === '1';

/** Sent with every API request, as a browser does: the server gzips cached answers of 1 KB or more. */
export const BROWSER_HEADERS = { 'Accept-Encoding': 'gzip, deflate, br' };

// Issue 16's budgets. 1 KB = 1,000 bytes throughout (the stricter reading).
export const BUDGETS = {
  firstViewJsWireBytes: 150_000,
  firstViewAllWireBytes: 200_000,
  firstMoneyPhoneMs: 2500,
  cachedP99Ms: 20,
  cachedBaselineRatio: 0.6,
  uncachedReadMs: 250,
  answerBytes: 512_000,
  rssBytes: 512 * 1024 * 1024,
  lcpMs: 1000,
  lcpThrottledMs: 2500,
  /** Reading a 50-page report PDF and listing its tables (median of the reads). */
  pdfReadMs: 5000,
  atFigures: 1_000_000,
} as const;
/** An existing build of the SPA to use instead of building one afresh into the temp dir. */
export const WEB_DIR = env.BENCH_WEB_DIR ?? '';
