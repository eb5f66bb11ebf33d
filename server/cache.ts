// HTTP caching for public reads. Every answer of a public GET depends only on its URL and on the
// data, and the data has one version number in the database (migration 0003, bumped by triggers on
// every write). So:
// - answers of 1 KB or more go gzipped to clients that accept it (browsers do), compressed once per version;
// - ETag = the data version: a client that already has this version gets 304 Not Modified;
// - answers are kept in memory keyed by (data version, URL): a write anywhere — through this
//   instance, another instance, or psql — changes the version, and the old entries are never read again.
// On PostgreSQL the version is read from the database on every request (one single-row read), so
// several instances behind a load balancer always agree. The embedded database belongs to one process
// and remembers it between writes (db.dataVersion in db/connection.ts), so a cached answer costs no query.

import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Db } from './db/connection.js';

/** Routes whose answers depend on who asks or on live state: never cached, never shared. */
const PRIVATE_PREFIXES = ['/api/session', '/api/users', '/api/audit', '/api/health', '/api/imports'];
const MAX_ENTRIES = 1000;


interface CachedAnswer {
  /** A Uint8Array, so @hono/node-server writes it straight out (its fast path; an ArrayBuffer is streamed). */
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  /** The same body gzipped, made the first time a client accepting gzip asks for it. */
  gzip?: Promise<Uint8Array<ArrayBuffer>>;
}

const GZIP_MIN_BYTES = 1024;
/** Answers that are compressed already (the dataset ZIP): gzipping them again gains nothing. */
const ALREADY_COMPRESSED = new Set(['application/zip']);
const gzipAsync = promisify(gzip);

/** Whether an Accept-Encoding header accepts gzip (named, or `*`, without q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** Whether an If-None-Match header names this data version (either representation's tag). */
export function holdsVersion(ifNoneMatch: string | undefined, version: string): boolean {
  if (!ifNoneMatch) return false;
  const tags = [`"data-${version}"`, `"data-${version}-gzip"`];
  return ifNoneMatch.split(',').some((tag) => tags.includes(tag.trim().replace(/^W\//, '')));
}

/** Public reads: every path under /api but those that depend on who asks or on live state. */
const isPublicRead = (method: string, path: string) =>
  (method === 'GET' || method === 'HEAD') && !PRIVATE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

/** The caching middleware, with its in-memory store (one per app instance). */
export function publicReadCache(db: Pick<Db, 'dataVersion'>): MiddlewareHandler {
  let cachedVersion = '';
  const answers = new Map<string, CachedAnswer>();

  return async (c, next) => {
    // HEAD is answered by the GET route (Hono drops the body), so it gets the same headers.
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (!isPublicRead(c.req.method, c.req.path)) {
      await next();
      if (read) c.header('Cache-Control', 'private, no-store');
      return;
    }
    const version = await db.dataVersion();
    if (version !== cachedVersion) {
      answers.clear(); // older versions can never be asked for again
      cachedVersion = version;
    }
    const etag = `"data-${version}"`;
    const gzipEtag = `"data-${version}-gzip"`; // another representation, so another strong tag
    // Revalidate every time (no-cache): a figure may be corrected at any moment, and a 304 is cheap.
    const cacheHeaders = { ETag: etag, 'Cache-Control': 'public, no-cache', Vary: 'Accept-Encoding' };
    if (holdsVersion(c.req.header('If-None-Match'), version)) return c.body(null, 304, cacheHeaders);
    const key = c.req.url;
    const cached = answers.get(key);
    const wantsGzip = (answer: CachedAnswer) =>
      answer.body.byteLength >= GZIP_MIN_BYTES && !ALREADY_COMPRESSED.has(answer.headers['Content-Type'] ?? '') && acceptsGzip(c.req.header('Accept-Encoding'));
    // Compressed once per answer and version, off the main thread, then served as is.
    const gzipped = (answer: CachedAnswer) =>
      (answer.gzip ??= gzipAsync(answer.body, { level: 6 }).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength) as Uint8Array<ArrayBuffer>));
    if (cached) {
      if (wantsGzip(cached)) {
        return c.body(await gzipped(cached), 200, { ...cached.headers, ...cacheHeaders, ETag: gzipEtag, 'Content-Encoding': 'gzip' });
      }
      return c.body(cached.body, 200, { ...cached.headers, ...cacheHeaders });
    }
    await next();
    for (const [name, value] of Object.entries(cacheHeaders)) c.header(name, value);
    if (c.res.status === 200 && readDataVersionUnchanged(version, cachedVersion)) {
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      if (answers.size >= MAX_ENTRIES) answers.delete(answers.keys().next().value as string);
      const disposition = c.res.headers.get('Content-Disposition');
      const answer: CachedAnswer = {
        body,
        headers: { 'Content-Type': c.res.headers.get('Content-Type') ?? 'application/json', ...(disposition ? { 'Content-Disposition': disposition } : {}) },
      };
      answers.set(key, answer);
      // The first reader of a version gets the compressed answer too (a first view is mostly first reads).
      if (wantsGzip(answer)) {
        const headers = new Headers(c.res.headers);
        headers.delete('Content-Length');
        headers.set('ETag', gzipEtag);
        headers.set('Content-Encoding', 'gzip');
        const compressed = new Response(await gzipped(answer), { status: 200, headers });
        c.res = undefined; // replaced whole: Hono would otherwise copy the plain answer's headers over these
        c.res = compressed;
      }
    }
  };
}

/** An answer computed under one version is stored only if no newer version was seen meanwhile. */
const readDataVersionUnchanged = (computedUnder: string, latestSeen: string) => computedUnder === latestSeen;

// ---- replaying whole answers ---------------------------------------------------------------------

const REPLAY_ENTRIES = 256;

interface FinalAnswer {
  status: 200 | 304;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer> | null;
}

/**
 * The answers of public GETs exactly as they left the server (every middleware's headers included),
 * replayed before any middleware runs. What the cache above answers is a function of the data
 * version, the URL, whether the client accepts gzip and whether it already holds this version; with
 * those as the key, a replay is the answer the whole chain would give, for a fifth of its cost (the
 * chain checks the address, the body, the origin, the synthetic flag, then sets a dozen headers).
 * Mounted first on the root app; only answers the cache above marked (`ETag: "data-<version>…"`) are kept.
 */
export function replayPublicReads(db: Pick<Db, 'dataVersion'>): MiddlewareHandler {
  let keptVersion = '';
  const kept = new Map<string, FinalAnswer>();
  return async (c, next) => {
    if (c.req.method !== 'GET' || !c.req.path.startsWith('/api/') || !isPublicRead('GET', c.req.path)) return next();
    const version = await db.dataVersion();
    if (version !== keptVersion) {
      kept.clear();
      keptVersion = version;
    }
    const key = `${acceptsGzip(c.req.header('Accept-Encoding')) ? 'gz' : 'id'} ${holdsVersion(c.req.header('If-None-Match'), version) ? '304' : '200'} ${c.req.url}`;
    const answer = kept.get(key);
    if (answer) return new Response(answer.body, { status: answer.status, headers: answer.headers });
    await next();
    const res = c.res;
    const tag = res.headers.get('ETag') ?? '';
    // Only what the cache above made public, and never anything that sets a cookie.
    const shared = res.headers.get('Cache-Control') === 'public, no-cache' && !res.headers.has('Set-Cookie');
    if ((res.status !== 200 && res.status !== 304) || !tag.startsWith(`"data-${version}`) || !shared || keptVersion !== version) return;
    const body = res.status === 200 ? new Uint8Array(await res.clone().arrayBuffer()) : null;
    if (kept.size >= REPLAY_ENTRIES) kept.delete(kept.keys().next().value as string);
    kept.set(key, { status: res.status, headers: [...res.headers], body });
  };
}
