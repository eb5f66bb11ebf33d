// The API at one synthetic database size: the database made by `npm run data:synthetic`, then cold
// first requests after a start, cached reads under load (304 and repeated GETs), uncached reads on a
// warm server, the server's memory, and the first view's paint when asked.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/connection.js';
import { memoryOf, type ProcessMemory } from '../lib/memory.js';
import { measureLcp, measurePhone, measureWire } from './first-view.js';
import { figures, int, kb, median, mib, ms, step } from './format.js';
import { addOneFigure, createBenchEditor, signInEditor } from './dataChange.js';
import { get, load } from './http.js';
import { run, ServerSlot } from './servers.js';
import { BROWSER_HEADERS, COLD_SAMPLES, LCP_RUNS, MISS_SAMPLES, SLOW_MS } from './settings.js';
import type { DatabaseUnderTest, Endpoint, EndpointAtSize, LcpResult, PhoneRun, SizeResult, WirePage } from './types.js';

/** The size of a PostgreSQL database on disk. */
async function postgresBytes(url: string): Promise<number> {
  const db = await openDatabase({ databaseUrl: url });
  try {
    const [row] = await db.query<{ bytes: string }>('SELECT pg_database_size(current_database())::text AS bytes');
    return Number(row?.bytes ?? NaN);
  } finally {
    await db.close();
  }
}

export const endpointsFor = (iso3: string): Endpoint[] => [
  { id: 'overview', label: 'Overview', path: '/api/overview', aggregate: true },
  { id: 'fund', label: 'Fund page', path: '/api/funds/vftc', aggregate: true },
  { id: 'funds', label: 'Fund list', path: '/api/funds', aggregate: true },
  { id: 'gaps', label: 'Gaps', path: '/api/gaps', aggregate: true },
  { id: 'figures', label: 'Figures of a fund, first page', path: '/api/figures?fund=vftc', aggregate: false },
  { id: 'statement', label: `Statement brief (${iso3})`, path: `/api/statements/${iso3}?lang=en`, aggregate: false },
];

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : entry.isFile() ? statSync(p).size : 0;
  }
  return total;
}

async function describeDatabase(database: DatabaseUnderTest) {
  const db = await openDatabase(database.url ? { databaseUrl: database.url } : { dbDir: database.dbDir! });
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

/** Everything measured at one database size; the LCP too when asked. */
export async function measureSize(
  n: number,
  database: DatabaseUnderTest,
  webDir: string,
  logDir: string,
  withLcp: boolean,
): Promise<{ size: SizeResult; lcp: LcpResult | null; lcpError: string | null; wire?: WirePage[]; phone?: PhoneRun[] }> {
  let lcp: LcpResult | null = null;
  let lcpError: string | null = null;
  let wire: WirePage[] | undefined;
  let phone: PhoneRun[] | undefined;
  const where = database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
  step(`${figures(n)} figures on ${where}: generating`);
  const generateMs = await run(
    logDir,
    `synthetic-${database.kind}-${n}`,
    'npm',
    ['run', '--silent', 'data:synthetic', '--', '--figures', String(n), ...(database.dbDir ? ['--db-dir', database.dbDir] : [])],
    undefined,
    { ...process.env, DATABASE_URL: database.url ?? '' },
  );
  await createBenchEditor(logDir, database);
  const described = await describeDatabase(database);
  const dbBytes = database.dbDir ? dirBytes(database.dbDir) : await postgresBytes(database.url!);
  step(`${figures(n)} figures on ${where}: generated in ${(generateMs / 1000).toFixed(1)} s (${figures(described.figures)} in the database, ${mib(dbBytes)}); statement State ${described.iso3}`);
  const endpoints = endpointsFor(described.iso3);
  const results: EndpointAtSize[] = endpoints.map((endpoint) => ({ endpoint, status: 0, bytes: 0, coldMs: [], warmMissMs: [], hitMs: [], notModified: null, cachedGet: null }));

  // Uncached, cold: the first request of each endpoint after a server start; the order rotates so
  // each endpoint is first once. An endpoint slower than BENCH_SLOW_SECONDS is not sampled again.
  const slot = new ServerSlot(database, webDir, logDir);
  for (let s = 0; s < COLD_SAMPLES; s++) {
    try {
      for (let k = 0; k < results.length; k++) {
        const r = results[(k + s) % results.length]!;
        if (r.error || (r.coldMs[0] ?? 0) > SLOW_MS) continue;
        const server = await slot.ensure();
        try {
          const answer = await get(server.url + r.endpoint.path);
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
  step(`${figures(n)} figures (${where}): cold first requests ${results.map((r) => `${r.endpoint.id} ${r.error ? 'failed' : ms(median(r.coldMs))}`).join(', ')}`);

  // Cached: one server, warm.
  let idle: ProcessMemory | null = null;
  let afterLoad: ProcessMemory | null = null;
  const crashesBefore = slot.crashes.length;
  try {
    idle = memoryOf((await slot.ensure()).pid);
    for (const r of results) {
      if (r.error) continue;
      const server = await slot.ensure();
      const url = server.url + r.endpoint.path;
      try {
        await get(url, BROWSER_HEADERS); // fills the cache
        const first = await get(url, BROWSER_HEADERS);
        const etag = first.headers.etag;
        r.gzipBytes = first.headers['content-encoding'] === 'gzip' ? first.bytes : null;
        for (let i = 0; i < MISS_SAMPLES; i++) r.hitMs.push((await get(url, BROWSER_HEADERS)).ms);
        r.cachedGet = await load(url, BROWSER_HEADERS);
        if (etag) r.notModified = await load(url, { ...BROWSER_HEADERS, 'If-None-Match': etag });
        else r.error = 'no ETag sent';
        if (!server.alive()) r.error = await slot.diagnose(new Error('server gone'), `the load on ${r.endpoint.path}`);
      } catch (error) {
        r.error = await slot.diagnose(error as Error, `the load on ${r.endpoint.path}`);
      }
      step(
        `${figures(n)} figures (${where}): ${r.endpoint.path}: ` +
          (r.cachedGet ? `cached GET ${int(r.cachedGet.requestsPerSecond)} req/s p99 ${ms(r.cachedGet.latencyMs.p99)}` : 'no load run') +
          (r.notModified ? `; 304 ${int(r.notModified.requestsPerSecond)} req/s p99 ${ms(r.notModified.latencyMs.p99)}` : '') +
          (r.error ? `; ${r.error}` : ''),
      );
    }
    const loaded = await slot.ensure();
    afterLoad = memoryOf(loaded.pid);
    // Uncached on a warm server, after a real data change: before each sample an editor adds one
    // figure to a VFTC year (dataChange.ts), so every cached answer and that year's kept totals are stale.
    const cookie = await signInEditor(loaded.url);
    let sample = 0;
    for (const r of results) {
      if (r.error) continue;
      for (let i = 0; i < MISS_SAMPLES && (r.warmMissMs[0] ?? 0) <= SLOW_MS; i++) {
        const server = await slot.ensure();
        try {
          await addOneFigure(server.url, server === loaded ? cookie : await signInEditor(server.url), sample++);
          r.warmMissMs.push((await get(`${server.url}${r.endpoint.path}`, BROWSER_HEADERS)).ms);
        } catch (error) {
          r.error = await slot.diagnose(error as Error, `an uncached request of ${r.endpoint.path}`);
          break;
        }
      }
    }
    if (slot.server === loaded) {
      const peak = memoryOf(loaded.pid);
      if (afterLoad && peak) afterLoad.peakRssBytes = peak.peakRssBytes;
    }
  } finally {
    await slot.stop();
  }
  const memoryNote = slot.crashes.length > crashesBefore ? 'the server died during this phase and was restarted; memory figures are of the process alive at the time' : undefined;
  step(`${figures(n)} figures (${where}): RSS after load ${mib(afterLoad?.rssBytes ?? NaN)} (peak ${mib(afterLoad?.peakRssBytes ?? NaN)})`);

  if (withLcp) {
    step(`${figures(n)} figures (${where}): Largest Contentful Paint of /en/`);
    try {
      const measured: LcpResult = { figures: n, ...(await measureLcp((await slot.ensure()).url, webDir)) };
      lcp = measured;
      step(`LCP median ${ms(median(measured.unthrottled.map((r) => r.lcpMs ?? NaN)))}, at 4x throttling ${ms(median(measured.throttled.map((r) => r.lcpMs ?? NaN)))}`);
      const url = (await slot.ensure()).url;
      wire = await measureWire(url);
      step(`over the wire: ${wire.map((p) => `${p.path} ${kb(p.jsBytes)} JS, ${kb(p.allBytes)} in all`).join('; ')}`);
      phone = await measurePhone(url, LCP_RUNS);
      step(`phone profile: first money figure ${phone.map((r) => ms(r.firstMoneyMs ?? NaN)).join(', ')}`);
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
    database: database.kind,
    figures: n,
    figuresInDb: described.figures,
    vftcFigures: described.vftc,
    statementState: described.iso3,
    generateMs,
    dbDirBytes: dbBytes,
    startupMs,
    memory: { idle, afterLoad, note: memoryNote },
    crashes,
    endpoints: results,
  };
  return { size, lcp, lcpError, ...(wire ? { wire } : {}), ...(phone ? { phone } : {}) };
}
