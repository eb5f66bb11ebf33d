// Bad bytes are a 4xx: every route of the OpenAPI document answers a NUL or another control character —
// in a path parameter, in each query parameter, in each field of its JSON body — with a 400 naming
// where it is, writes nothing and logs no stack trace. Tab and line breaks stay allowed in text; bidi
// overrides are removed from what is stored and from the quotable sentences.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.js';
import { inspectJson } from '../../server/security/input.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { ORIGIN, send, signInAs } from '../helpers/auth.js';
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

// No stack trace (nor any error line) may be logged while bad bytes are refused.
let logged: unknown[][] = [];
beforeEach(() => {
  logged = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void logged.push(args));
});
afterEach(() => vi.restoreAllMocks());

const BAD = ['\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u009b'];
const label = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Everything that must not change when input is refused. */
const state = async () =>
  (await testDb.db.query(`SELECT (SELECT version::text FROM data_version) AS version, (SELECT count(*)::int FROM audit_log) AS audit, (SELECT count(*)::int FROM users) AS users`))[0];

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Dotted paths of the body's fields (nested objects and array items included). */
  bodyFields: string[];
}

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; allOf?: Schema[] };

async function operations(): Promise<Operation[]> {
  const doc = (await (await app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
    components: { schemas: Record<string, Schema> };
  };
  const resolve = (s: Schema): Schema => (s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').at(-1)!]!) : s);
  const fieldsOf = (schema: Schema, prefix: string, depth: number): string[] => {
    const s = resolve(schema);
    const variants = [...(s.anyOf ?? []), ...(s.allOf ?? [])].map(resolve);
    const properties = { ...s.properties, ...Object.assign({}, ...variants.map((v) => v.properties ?? {})) } as Record<string, Schema>;
    return Object.entries(properties).flatMap(([name, child]) => {
      const path = prefix ? `${prefix}.${name}` : name;
      const c = resolve(child);
      const nested = depth < 3 ? [...(c.properties ? fieldsOf(c, path, depth + 1) : []), ...(c.items && resolve(c.items).properties ? fieldsOf(c.items, `${path}.0`, depth + 1) : [])] : [];
      return [path, ...nested];
    });
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      bodyFields: op.requestBody ? fieldsOf(op.requestBody.content['application/json']!.schema, '', 0) : [],
    })),
  );
}

/** A body with `value` at a dotted path ("source.title", "sources.0.id"). */
function bodyWith(field: string, value: string): unknown {
  const keys = field.split('.');
  const make = (i: number): unknown => (i === keys.length ? value : /^\d+$/.test(keys[i]!) ? [make(i + 1)] : { [keys[i]!]: make(i + 1) });
  return make(0);
}

const request = (method: string, url: string, body?: unknown) =>
  app.request(url, { method, headers: { origin: ORIGIN, cookie: admin, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

async function expectRefusal(res: Response, what: string, names: string) {
  expect(res.status, what).toBe(400);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code, what).toBe('invalid_characters');
  expect(body.error.message.startsWith(`${names}: contains`), `${what}: ${body.error.message}`).toBe(true);
}

describe('control characters on every route', () => {
  let ops: Operation[] = [];
  it('reads every operation of the OpenAPI document', async () => {
    ops = await operations();
    expect(ops.length).toBeGreaterThanOrEqual(25);
    expect(ops.filter((o) => o.bodyFields.length > 0).length).toBeGreaterThanOrEqual(7);
  });

  it('refuses them in every path parameter, query parameter and body field with a 400 naming it, writing and logging nothing', async () => {
    const before = await state();
    let checks = 0;
    for (const op of ops) {
      const fill = (p: string) => p.replace(/\{(\w+)\}/g, '1');
      for (const ch of BAD) {
        const what = `${op.method} ${op.path} ${label(ch)}`;
        for (const param of op.pathParams) {
          await expectRefusal(await request(op.method, `/api${op.path.replace(`{${param}}`, `a${encodeURIComponent(ch)}b`).replace(/\{(\w+)\}/g, '1')}`), `${what} in {${param}}`, 'path');
          checks++;
        }
        for (const param of op.queryParams.length > 0 ? op.queryParams : ['anything']) {
          await expectRefusal(await request(op.method, `/api${fill(op.path)}?${param}=a${encodeURIComponent(ch)}b`), `${what} in ?${param}`, `query parameter "${param}"`);
          checks++;
        }
        for (const field of op.bodyFields) {
          await expectRefusal(await request(op.method, `/api${fill(op.path)}`, bodyWith(field, `a${ch}b`)), `${what} in ${field}`, field);
          checks++;
        }
      }
    }
    expect(checks).toBeGreaterThan(500);
    expect(await state()).toEqual(before);
    expect(logged).toEqual([]);
  });

  it('refuses them in the web app’s addresses too', async () => {
    expect((await app.request('/en/funds/a%00b')).status).toBe(400);
    expect((await app.request('/en/?lang=%1b')).status).toBe(400);
  });
});

describe('text that stays allowed, and text that is cleaned', () => {
  it('keeps tabs and line breaks in text (pasted tables, notes)', () => {
    expect(inspectJson({ content: 'Norway\t1,000\r\nDenmark\t2,000\n', note: 'two\nlines' })).toEqual({ bad: null, changed: false, value: { content: 'Norway\t1,000\r\nDenmark\t2,000\n', note: 'two\nlines' } });
    expect(inspectJson({ a: [{ b: 'x\u0000' }] }).bad).toEqual({ field: 'a.0.b', problem: 'a control character (U+0000), which is not allowed' });
    expect(inspectJson({ a: '\ud800' }).bad?.problem).toMatch(/unpaired surrogate \(U\+D800\)/);
  });

  it('reads a body nested far deeper than any route takes without failing', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(inspectJson(deep as never).bad?.field).toMatch(/^0(\.0)+$/);
  });

  it('removes bidi overrides from what is stored, but not from passwords, and from quotable sentences', async () => {
    const created = await send(app, 'POST', '/api/sources', {
      cookie: admin,
      body: { kind: 'press_release', status: 'cited', symbol: null, title: 'Report \u202Egnp.exe\u202C \u2067x\u2069', language: 'en', date: '2020', url: 'https://example.org/r', mirrorOf: null, note: null },
    });
    expect(created.status).toBe(201);
    const { source } = (await created.json()) as { source: { id: string; title: string } };
    expect(source.title).toBe('Report gnp.exe x');
    // A password is never shown: it is kept exactly as typed.
    expect(inspectJson({ password: 'pass\u202Eword long enough' })).toMatchObject({ changed: false });
    // Text that reached the database another way (data/ files, a spreadsheet import) is cleaned in the sentences.
    await testDb.db.query(`UPDATE sources SET title = 'Press \u202Egnp.exe ' || id, symbol = NULL`);
    const brief = (await (await app.request('/api/statements/MDV?lang=en')).json()) as { sentences: { text: string }[] };
    expect(brief.sentences.length).toBeGreaterThan(0);
    for (const s of brief.sentences) {
      expect(s.text).toContain('Press gnp.exe '); // the title is quoted, without the override
      expect(s.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
  });
});
