// The API at one synthetic database size: the database made by `npm run data:synthetic`, then cold
// first requests after a start, cached reads under load (304 and repeated GETs), uncached reads on a
// warm server, the server's memory, and the first view's paint when asked.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/connection.js';
import { memoryOf, type ProcessMemory } from '../lib/memory.js';
import { measureLcp } from './first-view.js';
import { figures, int, median, mib, ms, step } from './format.js';
import { get, load } from './http.js';
import { run, ServerSlot } from './servers.js';
import { BROWSER_HEADERS, COLD_SAMPLES, MISS_SAMPLES, SLOW_MS } from './settings.js';
import type { Endpoint, EndpointAtSize, LcpResult, SizeResult } from './types.js';

export const endpointsFor = (iso3: string): Endpoint[] => [
  { id: 'fund', label: 'Fund page', path: '/api/funds/vftc', aggregate: true },
  { id: 'overview', label: 'Overview', path: '/api/funds', aggregate: true },
  { id: 'gaps', label: 'Gaps', path: '/api/gaps', aggregate: true },
  { id: 'figures', label: 'Figures of a fund', path: '/api/figures?fund=vftc', aggregate: false },
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

/** Everything measured at one database size; the LCP too when asked. */
export async function measureSize(
  n: number,
  dbDir: string,
  webDir: string,
  logDir: string,
  withLcp: boolean,
): Promise<{ size: SizeResult; lcp: LcpResult | null; lcpError: string | null }> {
  let lcp: LcpResult | null = null;
  let lcpError: string | null = null;
  step(`${figures(n)} figures: generating into ${dbDir}`);
  const generateMs = await run(logDir, `synthetic-${n}`, 'npm', ['run', '--silent', 'data:synthetic', '--', '--figures', String(n), '--db-dir', dbDir]);
  const described = await describeDatabase(dbDir);
  step(`${figures(n)} figures: generated in ${(generateMs / 1000).toFixed(1)} s (${figures(described.figures)} in the database, ${mib(dirBytes(dbDir))}); statement State ${described.iso3}`);
  const endpoints = endpointsFor(described.iso3);
  const results: EndpointAtSize[] = endpoints.map((endpoint) => ({ endpoint, status: 0, bytes: 0, coldMs: [], warmMissMs: [], hitMs: [], notModified: null, cachedGet: null }));

  // Uncached, cold: the first request of each endpoint after a server start; the order rotates so
  // each endpoint is first once. An endpoint slower than BENCH_SLOW_SECONDS is not sampled again.
  const slot = new ServerSlot(dbDir, webDir, logDir);
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
  step(`${figures(n)} figures: cold first requests ${results.map((r) => `${r.endpoint.id} ${r.error ? 'failed' : ms(median(r.coldMs))}`).join(', ')}`);

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
        `${figures(n)} figures: ${r.endpoint.path}: ` +
          (r.cachedGet ? `cached GET ${int(r.cachedGet.requestsPerSecond)} req/s p99 ${ms(r.cachedGet.latencyMs.p99)}` : 'no load run') +
          (r.notModified ? `; 304 ${int(r.notModified.requestsPerSecond)} req/s p99 ${ms(r.notModified.latencyMs.p99)}` : '') +
          (r.error ? `; ${r.error}` : ''),
      );
    }
    const loaded = await slot.ensure();
    afterLoad = memoryOf(loaded.pid);
    // Uncached on a warm server: the answers are cached by full URL (server/cache.ts), so a query
    // parameter no route reads makes a miss, as the first request after a data change does.
    for (const r of results) {
      if (r.error) continue;
      for (let i = 0; i < MISS_SAMPLES && (r.warmMissMs[0] ?? 0) <= SLOW_MS; i++) {
        const server = await slot.ensure();
        const sep = r.endpoint.path.includes('?') ? '&' : '?';
        try {
          r.warmMissMs.push((await get(`${server.url}${r.endpoint.path}${sep}bench_miss=${Date.now()}-${i}`)).ms);
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
  step(`${figures(n)} figures: RSS after load ${mib(afterLoad?.rssBytes ?? NaN)} (peak ${mib(afterLoad?.peakRssBytes ?? NaN)})`);

  if (withLcp) {
    step(`${figures(n)} figures: Largest Contentful Paint of /en/`);
    try {
      const measured: LcpResult = { figures: n, ...(await measureLcp((await slot.ensure()).url, webDir)) };
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
  return { size, lcp, lcpError };
}
