// Hostile input, generated: every JSON route and the import parser get thousands of bodies — random
// JSON, random values, bytes that are not UTF-8, text in other encodings, nesting 100,000 deep, empty,
// over the size limit — from a signed-in admin on the same site (so nothing stops them before the
// input is read). Each must get a 4xx whose JSON names the problem, never a 5xx, and nothing may be
// written: the data version, the audit log and the accounts stay as they were.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, MAX_BODY_BYTES } from '../../server/app.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { ORIGIN, signInAs } from '../helpers/auth.js';
import { DATA_DIR } from '../helpers/dataset.js';
import { createTestDb, type TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let admin: string;

beforeAll(async () => {
  testDb = await createTestDb();
  await applyDataset(testDb.db, readDataset(DATA_DIR));
  app = createApp({ db: testDb.db });
  admin = await signInAs(app, testDb.db, 'admin');
});
afterAll(() => testDb.cleanup());

/** Everything that must not change when input is refused. */
const state = async () => {
  const [row] = await testDb.db.query<{ version: string; audit: number; users: number; sessions: number }>(
    `SELECT (SELECT version::text FROM data_version) AS version, (SELECT count(*)::int FROM audit_log) AS audit,
            (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM sessions) AS sessions`,
  );
  return row;
};

interface Route {
  method: string;
  path: string;
}
let writeRoutes: Route[] = [];

/** Every route of the OpenAPI document that takes a JSON body, with its path parameters filled in. */
async function jsonBodyRoutes(): Promise<Route[]> {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!operation.requestBody) continue;
      // Real ids where there are ids, so the body is what gets judged, not a missing record.
      const filled = path.replace('{id}', path.startsWith('/figures') ? 'vftc-001' : path.startsWith('/sources') ? 'hr-98-91' : '1');
      routes.push({ method: method.toUpperCase(), path: `/api${filled.replace(/\{[^}]+\}/g, 'x')}` });
    }
  }
  return routes;
}

const bodies: fc.Arbitrary<{ kind: string; body: string | Uint8Array; contentType: string | null }> = fc.oneof(
  fc.json().map((body) => ({ kind: 'random JSON', body, contentType: 'application/json' })),
  fc.anything({ maxDepth: 4 }).map((v) => ({ kind: 'random value', body: JSON.stringify(v) ?? 'undefined', contentType: 'application/json' })),
  fc.uint8Array({ maxLength: 2000 }).map((body) => ({ kind: 'bytes', body, contentType: 'application/json' })),
  fc.string({ maxLength: 300 }).map((s) => ({ kind: 'not JSON', body: s, contentType: 'application/json' })),
  fc.json().map((s) => ({ kind: 'UTF-16 JSON', body: new Uint8Array(Buffer.from(s, 'utf16le')), contentType: 'application/json' })),
  fc.json().map((body) => ({ kind: 'JSON as text/plain', body, contentType: 'text/plain' })),
  fc.json().map((body) => ({ kind: 'JSON without a type', body, contentType: null })),
  fc.integer({ min: 1, max: 100_000 }).map((depth) => ({ kind: `nested ${depth} deep`, body: '['.repeat(depth) + ']'.repeat(depth), contentType: 'application/json' })),
  fc.integer({ min: 1, max: 50_000 }).map((depth) => ({ kind: `object nested ${depth} deep`, body: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), contentType: 'application/json' })),
  fc.constant({ kind: 'empty', body: '', contentType: 'application/json' }),
);

async function sendRaw(route: Route, body: string | Uint8Array, contentType: string | null) {
  const headers: Record<string, string> = { origin: ORIGIN, cookie: admin };
  if (contentType) headers['content-type'] = contentType;
  return app.request(route.path, { method: route.method, headers, body: body as unknown as BodyInit });
}

/** The answer is a 4xx with a JSON error that says what is wrong. */
async function expectNamedRefusal(res: Response, what: string) {
  expect(res.status, what).toBeGreaterThanOrEqual(400);
  expect(res.status, what).toBeLessThan(500);
  const answer = (await res.json()) as { error?: { message?: unknown }; errors?: { message?: unknown }[] };
  const message = answer.error?.message ?? answer.errors?.[0]?.message;
  expect(typeof message === 'string' && message.length > 0, `${what}: ${JSON.stringify(answer).slice(0, 200)}`).toBe(true);
}

describe('fuzzing every JSON route', () => {
  it('finds the routes to fuzz (all that take a body)', async () => {
    writeRoutes = await jsonBodyRoutes();
    expect(writeRoutes.length).toBeGreaterThanOrEqual(6);
  });

  it('refuses every generated body with a 4xx naming the problem, and writes nothing', async () => {
    const before = await state();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writeRoutes), bodies, async (route, { kind, body, contentType }) => {
        const res = await sendRaw(route, body, contentType);
        await expectNamedRefusal(res, `${route.method} ${route.path} with ${kind}`);
      }),
      { numRuns: 3000 },
    );
    expect(await state()).toEqual(before);
    // 3000 requests across every write route (nine now): about 35 s alone, twice that on a loaded machine.
  }, 180_000);

  it('refuses a body over the size limit before reading it, on every route', async () => {
    const before = await state();
    const huge = JSON.stringify({ note: 'x'.repeat(MAX_BODY_BYTES) });
    // Imports (tables, report PDFs and their statements) take larger bodies, under their own limits.
    for (const route of writeRoutes.filter((r) => !['/api/imports', '/api/imports/documents', '/api/imports/statements'].includes(r.path))) {
      const res = await sendRaw(route, huge, 'application/json');
      expect(res.status, `${route.method} ${route.path}`).toBe(413);
      await expectNamedRefusal(res, route.path);
    }
    expect(await state()).toEqual(before);
  });

  it('answers every generated query string and path on the read routes without a 5xx', async () => {
    const segment = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('vftc', 'MLI', 'FRA', '..', '%00', '%', '😀', 'a'.repeat(5000)));
    const paths = ['/api/funds/', '/api/figures?fund=', '/api/figures?id=', '/api/figures?country=', '/api/statements/', '/api/statements/FRA?lang=', '/api/donors/', '/api/review?fund=vftc&from=', '/api/sources/', '/api/audit?entity='];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), segment, async (prefix, value) => {
        const res = await app.request(`${prefix}${encodeURIComponent(value)}`, { headers: { cookie: admin } });
        expect(res.status, `${prefix}${value.slice(0, 40)}`).toBeLessThan(500);
        if (res.status >= 400) await expectNamedRefusal(res, prefix);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('fuzzing the import parser', () => {
  const envelope = (format: 'text' | 'csv' | 'xlsx', content: string) => ({
    fund: 'vftc',
    year: 2021,
    metric: 'contributions',
    status: 'received',
    asOf: null,
    source: { kind: 'official_report', title: 'Fuzz', url: 'https://example.org/fuzz' },
    format,
    content,
  });
  const contents = fc.oneof(
    fc.string({ maxLength: 2000 }).map((c) => ({ format: 'text' as const, content: c })),
    fc.string({ unit: 'binary', maxLength: 2000 }).map((c) => ({ format: 'text' as const, content: c })),
    fc.array(fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }), { maxLength: 30 }).map((rows) => ({ format: 'csv' as const, content: rows.map((r) => r.join(',')).join('\n') })),
    fc.string({ maxLength: 2000 }).map((c) => ({ format: 'csv' as const, content: c })),
    fc.uint8Array({ maxLength: 3000 }).map((b) => ({ format: 'xlsx' as const, content: Buffer.from(b).toString('base64') })),
    fc.string({ maxLength: 500 }).map((c) => ({ format: 'xlsx' as const, content: c })),
    fc.array(fc.tuple(fc.constantFrom('Norway', 'Denmark', 'Nowhere', 'Total', ''), fc.string({ maxLength: 12 })), { maxLength: 20 }).map((rows) => ({
      format: 'text' as const,
      content: rows.map(([donor, amount]) => `${donor} ${amount}`).join('\n'),
    })),
  );

  it('never fails on generated tables: a commit is refused with a 4xx naming line and column, and nothing is written', async () => {
    const before = await state();
    let committed = 0;
    let parsedAndRefused = 0; // proof that the tables reached the parser, not just the envelope's validation
    await fc.assert(
      fc.asyncProperty(contents, async ({ format, content }) => {
        const res = await app.request('/api/imports?commit=true', {
          method: 'POST',
          headers: { origin: ORIGIN, cookie: admin, 'content-type': 'application/json' },
          body: JSON.stringify(envelope(format, content)),
        });
        expect(res.status, `${format}: ${JSON.stringify(content).slice(0, 80)}`).toBeLessThan(500);
        if (res.status === 200) {
          committed++; // a generated table that happens to be valid (e.g. "Norway 12") may be imported
          return;
        }
        const copy = res.clone();
        await expectNamedRefusal(res, `${format}: ${JSON.stringify(content).slice(0, 80)}`);
        if (res.status === 422) {
          parsedAndRefused++;
          const body = (await copy.json()) as { errors: { line: number; column: number; message: string }[] };
          expect(body.errors.every((e) => Number.isInteger(e.line) && Number.isInteger(e.column) && e.message.length > 0)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    expect(parsedAndRefused).toBeGreaterThan(500);
    if (committed === 0) expect(await state()).toEqual(before);
  });
});
