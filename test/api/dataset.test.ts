// GET /api/dataset.zip: the whole dataset as CSV files with a Frictionless datapackage.json, opened
// with the same ZIP library the server writes it with.

import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUsdToCents } from '../../server/contract/money.js';
import type { Figure } from '../../server/contract/schemas.js';
import { FUND_IDS } from '../../server/contract/vocabulary.js';
import { HEADERS } from '../../server/ingest/dataset.js';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
});
afterAll(async () => testDb.cleanup());

const CSV_FILES = ['funds', 'figures', 'sources', 'conflicts', 'backlog', 'establishment', 'council_calls', 'entities'];

interface Table {
  header: string[];
  rows: Record<string, string>[];
}

async function download(): Promise<{ res: Response; files: Record<string, Uint8Array> }> {
  const res = await app.request('/api/dataset.zip');
  expect(res.status).toBe(200);
  return { res, files: unzipSync(new Uint8Array(await res.arrayBuffer())) };
}

function table(files: Record<string, Uint8Array>, name: string): Table {
  const bytes = files[`${name}.csv`];
  expect(bytes, `${name}.csv in the ZIP`).toBeDefined();
  const parsed = Papa.parse<Record<string, string>>(strFromU8(bytes!), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

const getJson = async (path: string) => (await (await app.request(path)).json()) as any;

describe('GET /api/dataset.zip', () => {
  it('is a ZIP with every table as CSV and a datapackage.json whose fields match each header', async () => {
    const { res, files } = await download();
    expect(res.headers.get('Content-Type')).toBe('application/zip');
    expect(res.headers.get('Content-Disposition')).toMatch(/attachment; filename="hrtf-dataset\.zip"/);
    expect(Object.keys(files).sort()).toEqual([...CSV_FILES.map((n) => `${n}.csv`), 'datapackage.json'].sort());

    const pkg = JSON.parse(strFromU8(files['datapackage.json']!));
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses.length).toBeGreaterThan(0);
    expect(pkg.sources.length).toBeGreaterThan(0);
    expect(pkg.resources.map((r: { name: string }) => r.name).sort()).toEqual([...CSV_FILES].sort());
    for (const resource of pkg.resources) {
      const { header } = table(files, resource.name);
      expect(resource.path).toBe(`${resource.name}.csv`);
      expect(resource.schema.missingValues).toEqual(['']);
      expect(resource.schema.fields.map((f: { name: string }) => f.name), resource.name).toEqual(header);
      for (const field of resource.schema.fields) expect(field.description, `${resource.name}.${field.name}`).toBeTruthy();
    }
    const figureFields = new Map(pkg.resources.find((r: any) => r.name === 'figures').schema.fields.map((f: any) => [f.name, f]));
    expect((figureFields.get('value') as any).unit).toMatch(/USD/);
    for (const qualifier of ['precision', 'period', 'status', 'basis', 'attribution']) {
      expect((figureFields.get(qualifier) as any).constraints.enum.length, qualifier).toBeGreaterThan(1);
    }
  });

  it('keeps the columns of data/*.csv', async () => {
    const { files } = await download();
    expect(table(files, 'funds').header).toEqual([...HEADERS.funds]);
    expect(table(files, 'sources').header).toEqual([...HEADERS.sources]);
    expect(table(files, 'conflicts').header).toEqual([...HEADERS.conflicts]);
    expect(table(files, 'backlog').header).toEqual([...HEADERS.backlog]);
    // figures: data/'s columns in data/'s order, with room for the three further sources editing allows.
    const figures = table(files, 'figures').header;
    expect(figures.filter((c) => !/_[345]$/.test(c))).toEqual([...HEADERS.figures]);
  });

  it('has as many rows as the API has figures, sources, conflicts, known documents, establishment statements and calls', async () => {
    const { files } = await download();
    const figures: Figure[] = (await getJson('/api/figures?limit=500')).figures;
    const sources = (await getJson('/api/sources')).sources;
    const funds = await Promise.all(FUND_IDS.map((id) => getJson(`/api/funds/${id}`)));
    const conflictPairs = new Set(figures.flatMap((f) => f.conflictsWith.map((other) => [f.id, other].sort().join('|'))));
    expect(table(files, 'figures').rows).toHaveLength(figures.length);
    expect(table(files, 'sources').rows).toHaveLength(sources.length);
    expect(table(files, 'backlog').rows).toHaveLength(sources.reduce((n: number, s: any) => n + s.backlog.length, 0));
    expect(table(files, 'conflicts').rows).toHaveLength(conflictPairs.size);
    expect(table(files, 'establishment').rows).toHaveLength(funds.reduce((n, f) => n + f.fund.establishment.length, 0));
    expect(table(files, 'council_calls').rows).toHaveLength(new Set(funds.flatMap((f) => f.calls.map((c: any) => c.id))).size);
    expect(figures.length).toBeGreaterThan(100);
  });

  it('writes every amount as the exact US dollars of the API’s cents, and an unknown value as an empty cell', async () => {
    // An edit with cents and one with no number, written to the database as an editor's would be.
    await testDb.db.query(`UPDATE figures SET value = 123456789 WHERE id = 'vftc-001'`);
    await testDb.db.query(`UPDATE figures SET value = NULL WHERE id = 'vftc-002'`);
    const { files } = await download();
    const rows = new Map(table(files, 'figures').rows.map((r) => [r.id, r]));
    expect(rows.get('vftc-001')).toMatchObject({ value: '1234567.89', unit: 'usd' });
    expect(rows.get('vftc-002')!.value).toBe('');

    const figures: Figure[] = (await getJson('/api/figures?limit=500')).figures;
    for (const figure of figures) {
      const cell = rows.get(figure.id)!.value ?? '';
      if (figure.value === null) expect(cell, figure.id).toBe('');
      else if (figure.unit === 'usd_cents') expect(parseUsdToCents(cell), figure.id).toBe(figure.value);
      else expect(Number(cell), figure.id).toBe(figure.value);
    }
  });

  it('neutralises a title a spreadsheet would run as a formula', async () => {
    await testDb.db.query(`UPDATE sources SET title = '=HYPERLINK("http://example.org","x")' WHERE id = 'a-hrc-res-21-21'`);
    await testDb.db.query(`UPDATE sources SET note = '@SUM(A1)' WHERE id = 'a-hrc-res-21-21'`);
    const { files } = await download();
    const source = table(files, 'sources').rows.find((r) => r.id === 'a-hrc-res-21-21')!;
    expect(source.title).toBe(`'=HYPERLINK("http://example.org","x")`);
    expect(source.note).toBe(`'@SUM(A1)`);
  });

  it('is cached like every public read: the data version as ETag, 304 while nothing changed', async () => {
    const first = await app.request('/api/dataset.zip');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"data-\d+"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, no-cache');
    const again = await app.request('/api/dataset.zip', { headers: { 'If-None-Match': etag!, 'Accept-Encoding': 'gzip' } });
    expect(again.status).toBe(304);
    // From the in-memory cache: the same bytes and headers, not gzipped again.
    const cached = await app.request('/api/dataset.zip', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(cached.headers.get('Content-Encoding')).toBeNull();
    expect(cached.headers.get('Content-Disposition')).toBe(first.headers.get('Content-Disposition'));
    expect(new Uint8Array(await cached.arrayBuffer())).toEqual(new Uint8Array(await first.arrayBuffer()));
    await testDb.db.query(`UPDATE figures SET note = 'changed' WHERE id = 'vftc-003'`);
    const changed = await app.request('/api/dataset.zip', { headers: { 'If-None-Match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(etag);
  });
});
