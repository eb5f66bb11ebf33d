// Caching that can never serve a stale figure: ETags and the in-memory cache are keyed by the data
// version the database keeps (bumped by triggers on every write), so two server instances over one
// database always agree. On PostgreSQL (CI) the two instances use two separate connections.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { createApp } from '../../server/app.js';
import { acceptsGzip } from '../../server/cache.js';
import type { Db } from '../../server/db/connection.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { send, signInAs } from '../helpers/auth.js';
import { DATA_DIR } from '../helpers/dataset.js';
import { createTestDb, onPostgres, type TestDb } from '../helpers/db.js';

let testDb: TestDb;
let secondDb: Db;
let instanceA: ReturnType<typeof createApp>;
let instanceB: ReturnType<typeof createApp>;
let editor: string;

beforeAll(async () => {
  testDb = await createTestDb();
  await applyDataset(testDb.db, readDataset(DATA_DIR));
  // Two instances, as behind a load balancer: on PostgreSQL each has its own connection pool;
  // PGlite is one process, so there they share the handle but still keep their own caches.
  secondDb = onPostgres ? await testDb.reopen() : testDb.db;
  instanceA = createApp({ db: testDb.db });
  instanceB = createApp({ db: secondDb });
  editor = await signInAs(instanceA, testDb.db, 'editor');
});
afterAll(async () => {
  if (secondDb !== testDb.db) await secondDb.close();
  await testDb.cleanup();
});

const FIGURE = 'vftc-001';
const figureValue = async (app: ReturnType<typeof createApp>) => {
  const res = await app.request(`/api/figures?id=${FIGURE}`);
  return { status: res.status, etag: res.headers.get('ETag'), value: ((await res.json()) as { figures: { value: number }[] }).figures[0]?.value };
};

describe('HTTP caching of public reads', () => {
  it('sends an ETag and no-cache, and answers a matching If-None-Match with an empty 304', async () => {
    const first = await instanceA.request('/api/funds/vftc');
    expect(first.status).toBe(200);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"data-\d+"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, no-cache');
    const again = await instanceA.request('/api/funds/vftc', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    // A weak form of the same tag matches too; another tag does not.
    expect((await instanceA.request('/api/funds/vftc', { headers: { 'If-None-Match': `W/${etag}` } })).status).toBe(304);
    expect((await instanceA.request('/api/funds/vftc', { headers: { 'If-None-Match': '"data-0"' } })).status).toBe(200);
  });

  it('gives HEAD the headers of GET, and revalidates it the same way', async () => {
    const get = await instanceA.request('/api/sources');
    const head = await instanceA.request('/api/sources', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(get.headers.get('ETag'));
    expect(head.headers.get('Cache-Control')).toBe('public, no-cache');
    expect(await head.text()).toBe('');
    expect((await instanceA.request('/api/sources', { method: 'HEAD', headers: { 'If-None-Match': get.headers.get('ETag')! } })).status).toBe(304);
    expect((await instanceA.request('/api/session', { method: 'HEAD' })).headers.get('Cache-Control')).toBe('private, no-store');
  });

  it('serves a repeated read from memory with the same body', async () => {
    const a = await (await instanceA.request('/api/gaps')).text();
    const b = await (await instanceA.request('/api/gaps')).text();
    expect(b).toBe(a);
  });

  it('sends the first read of a version gzipped too, the same bytes as the cached plain answer', async () => {
    const first = await instanceA.request('/api/overview', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.headers.get('Content-Encoding')).toBe('gzip');
    expect(first.headers.get('ETag')).toMatch(/-gzip"$/);
    const raw = Buffer.from(await first.arrayBuffer());
    const plain = Buffer.from(await (await instanceA.request('/api/overview')).arrayBuffer());
    expect(gunzipSync(raw).equals(plain)).toBe(true);
  });

  it('sends a cached answer gzipped to a client that accepts gzip, the same bytes once unzipped', async () => {
    const plain = await instanceA.request('/api/gaps');
    const identity = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const zipped = await instanceA.request('/api/gaps', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    const raw = Buffer.from(await zipped.arrayBuffer());
    expect(raw.length).toBeLessThan(identity.length);
    expect(gunzipSync(raw).equals(identity)).toBe(true);
    // Its own tag (another representation), which revalidates like the plain one.
    const tag = zipped.headers.get('ETag')!;
    expect(tag).not.toBe(plain.headers.get('ETag'));
    expect((await instanceA.request('/api/gaps', { headers: { 'If-None-Match': tag, 'Accept-Encoding': 'gzip' } })).status).toBe(304);
    // gzip refused with q=0: plain.
    const refused = await instanceA.request('/api/gaps', { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
    expect(refused.headers.get('Content-Encoding')).toBeNull();
  });

  it('reads Accept-Encoding as HTTP says', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('deflate, br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('never caches answers that depend on who asks', async () => {
    const session = await instanceA.request('/api/session');
    expect(session.headers.get('Cache-Control')).toBe('private, no-store');
    expect(session.headers.get('ETag')).toBeNull();
    const audit = await send(instanceA, 'GET', '/api/audit', { cookie: editor });
    expect(audit.headers.get('Cache-Control')).toBe('private, no-store');
  });
});

describe('replayed answers', () => {
  // A fresh instance, so that the first request of each kind goes through every middleware.
  const app = () => createApp({ db: testDb.db });
  const asSent = async (res: Response) => ({
    status: res.status,
    headers: [...res.headers].filter(([name]) => name !== 'date'),
    body: Buffer.from(await res.arrayBuffer()).toString('base64'),
  });

  it('are the answers the whole chain gives: every header and byte, plain, gzipped and 304', async () => {
    const instance = app();
    const etag = (await instance.request('/api/funds')).headers.get('ETag')!;
    const kinds: Record<string, string>[] = [{}, { 'Accept-Encoding': 'gzip' }, { 'If-None-Match': etag }, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag }];
    for (const path of ['/api/overview', '/api/funds/vftc', '/api/gaps', '/api/statements/MDV?lang=fr', '/api/figures?fund=ldc-sids&limit=5']) {
      for (const headers of kinds) {
        const fresh = app();
        const first = await asSent(await fresh.request(path, { headers }));
        const replayed = await asSent(await fresh.request(path, { headers }));
        expect(replayed, `${path} ${JSON.stringify(headers)}`).toEqual(first);
        expect(first.headers.map(([name]) => name)).toContain('content-security-policy');
      }
    }
  });

  it('are never kept across a write, nor for answers that depend on who asks', async () => {
    const instance = app();
    const before = await instance.request(`/api/figures?id=${FIGURE}`);
    const value = ((await before.json()) as { figures: { value: number }[] }).figures[0]!.value;
    await instance.request(`/api/figures?id=${FIGURE}`);
    await testDb.db.query('UPDATE figures SET value = value + 7 WHERE id = $1', [FIGURE]);
    const after = (await (await instance.request(`/api/figures?id=${FIGURE}`)).json()) as { figures: { value: number }[] };
    expect(after.figures[0]!.value).toBe(value + 7);
    await testDb.db.query('UPDATE figures SET value = value - 7 WHERE id = $1', [FIGURE]);
    const session = await instance.request('/api/session', { headers: { cookie: editor } });
    const again = await instance.request('/api/session', { headers: { cookie: editor } });
    expect(again.headers.get('Cache-Control')).toBe(session.headers.get('Cache-Control'));
    expect(again.headers.get('Cache-Control')).toBe('private, no-store');
  });
});

describe('two instances over one database', () => {
  it('shows a write made through one instance on the very next read through the other', async () => {
    const before = await figureValue(instanceB); // B has now cached this answer
    expect((await figureValue(instanceB)).value).toBe(before.value);
    const current = (await (await instanceA.request(`/api/figures?id=${FIGURE}`)).json()) as { figures: Record<string, any>[] };
    const f = current.figures[0]!;
    const body = {
      fund: f.fund, year: f.year, metric: f.metric, value: (before.value ?? 0) + 100, status: f.status, precision: f.precision, period: f.period,
      periodStart: f.periodStart, asOf: f.asOf, donor: f.donor?.id ?? null, countries: f.countries.map((c: { id: string }) => c.id), scope: f.scope,
      session: f.session, note: f.note, attribution: f.attribution, sources: f.sources.map((s: { id: string; locator: string | null }) => ({ id: s.id, locator: s.locator })),
    };
    const written = await send(instanceA, 'PUT', `/api/figures/${FIGURE}`, { cookie: editor, body });
    expect(written.status).toBe(200);
    const after = await figureValue(instanceB);
    expect(after.value).toBe((before.value ?? 0) + 100);
    expect(after.etag).not.toBe(before.etag);
    // B's old ETag no longer matches: a browser holding it gets the new answer, not a 304.
    expect((await instanceB.request(`/api/figures?id=${FIGURE}`, { headers: { 'If-None-Match': before.etag! } })).status).toBe(200);
  });

  it('sees a change made outside the app (e.g. in psql): the triggers bump the version too', async () => {
    const before = await figureValue(instanceB);
    await testDb.db.query('UPDATE figures SET value = value + 1 WHERE id = $1', [FIGURE]);
    const after = await figureValue(instanceB);
    expect(after.value).toBe((before.value ?? 0) + 1);
    expect(after.etag).not.toBe(before.etag);
  });
});

describe('the data version a database handle reports', () => {
  it('is never remembered across a write, even one that commits while the version is being read', async () => {
    const db = testDb.db;
    const start = await db.dataVersion();
    expect(await db.dataVersion()).toBe(start); // nothing written: the same version
    // A write transaction that is still open while the version is read, then commits.
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    const writing = db.transaction(async (tx) => {
      await tx.query('UPDATE figures SET value = value + 1 WHERE id = $1', [FIGURE]);
      await held;
    });
    const during = await Promise.race([db.dataVersion(), new Promise<string>((r) => setTimeout(() => r('blocked'), 200))]);
    commit();
    await writing;
    if (during !== 'blocked') expect(during).toBe(start); // the uncommitted write is not visible yet
    const after = await db.dataVersion();
    expect(after).not.toBe(start);
    expect(await db.dataVersion()).toBe(after);
    await db.query('UPDATE figures SET value = value - 1 WHERE id = $1', [FIGURE]);
    expect(await db.dataVersion()).not.toBe(after);
  });
});
