// Imports sent at once through the API: each figure is created once, and racing new sources never
// give a 500. (test/db/import-identity.test.ts races the commits themselves, on both databases.)

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRequest } from '../../server/contract/imports.js';
import { createLoadedApp } from '../helpers/app.js';
import { send, signInAs } from '../helpers/auth.js';
import type { TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let editor: string;

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  editor = await signInAs(app, testDb.db, 'editor', 'racer@example.org');
});
afterAll(async () => testDb.cleanup());

const count = async (sql: string, params: unknown[] = []) => Number((await testDb.db.query<{ n: unknown }>(sql, params))[0]?.n);

const request = (url: string, content: string, overrides: Partial<ImportRequest> = {}): ImportRequest => ({
  fund: 'vftc',
  year: 2022,
  metric: 'contributions',
  status: 'received',
  asOf: null,
  period: 'calendar_year',
  precision: 'exact',
  source: { kind: 'official_report', title: 'Race test report', symbol: 'A/HRC/00/RACE', locator: 'annex II', url, date: '2023' },
  format: 'text',
  content,
  ...overrides,
});

const commitAll = (bodies: ImportRequest[]) =>
  Promise.all(
    bodies.map(async (body) => {
      const res = await send(app, 'POST', '/api/imports?commit=true', { cookie: editor, body });
      return { status: res.status, body: (await res.json()) as any };
    }),
  );

describe('imports that race', () => {
  it('six identical imports create each figure once, and each import says what it found', async () => {
    const url = 'https://example.org/race-identical';
    const results = await commitAll(Array.from({ length: 6 }, () => request(url, 'Norway 1,000\nDenmark 2,000')));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(results.map((r) => r.body.created).reduce((a, b) => a + b, 0)).toBe(2);
    expect(results.every((r) => r.body.created + r.body.existing === 2)).toBe(true);
    expect(await count(`SELECT count(*) AS n FROM figures f JOIN figure_sources fs ON fs.figure_id = f.id JOIN sources s ON s.id = fs.source_id WHERE s.url = $1`, [url])).toBe(2);
    expect(await count('SELECT count(*) AS n FROM sources WHERE url = $1', [url])).toBe(1);
    // One audit entry per figure and source actually created.
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'figure' AND action = 'create' AND entity_id IN (SELECT figure_id FROM figure_sources fs JOIN sources s ON s.id = fs.source_id WHERE s.url = $1)`, [url])).toBe(2);
  });

  it('imports racing to create new sources get 200 or 422, never a 500, and share one source per address', async () => {
    const bodies = [
      ...['Sweden 10', 'Finland 20', 'Iceland 30'].map((t) => request('https://example.org/race-source', t)),
      // Another address with the same symbol: the two new sources want the same id.
      ...['Sweden 10', 'Finland 20'].map((t) => request('https://example.org/race-source-copy', t)),
      request('https://example.org/race-source', 'Nowhereland 40'),
    ];
    const results = await commitAll(bodies);
    for (const r of results) expect([200, 422]).toContain(r.status);
    expect(results[5]!.status).toBe(422);
    expect(await count(`SELECT count(*) AS n FROM sources WHERE url = 'https://example.org/race-source'`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM sources WHERE url = 'https://example.org/race-source-copy'`)).toBe(1);
    expect(await count(`SELECT count(DISTINCT id) AS n FROM sources WHERE url LIKE 'https://example.org/race-source%'`)).toBe(2);
  });
});
