// The database's own rule that an imported figure exists once per source (migration 0007), and
// imports committed at the same moment — truly in parallel on PostgreSQL (DATABASE_URL), one after
// another on the embedded database. The tables are parsed first, so that the commits race.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE } from '../../server/audit.js';
import type { ImportRequest } from '../../server/contract/imports.js';
import type { FigureDraft } from '../../server/domain/figure.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { HEADERS, readDataset } from '../../server/ingest/dataset.js';
import { insertImportedFigure } from '../../server/ingest/importedFigures.js';
import { commitParsedImport, parseImport } from '../../server/ingest/importTable.js';
import { DATA_DIR } from '../helpers/dataset.js';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { figureCsvLine } from '../helpers/hostileFiles.js';

let testDb: TestDb;
let citedSource: string;

beforeAll(async () => {
  testDb = await createTestDb();
  // The shipped data loads under the new rule (its figures are not imported ones).
  await applyDataset(testDb.db, readDataset(DATA_DIR));
  citedSource = (await testDb.db.query<{ id: string }>(`SELECT id FROM sources WHERE status = 'cited' ORDER BY id LIMIT 1`))[0]!.id;
});
afterAll(async () => testDb.cleanup());

const count = async (sql: string, params: unknown[] = []) => Number((await testDb.db.query<{ n: unknown }>(sql, params))[0]?.n);

const request = (url: string, content: string, overrides: Partial<ImportRequest> = {}): ImportRequest => ({
  fund: 'vftc',
  year: 2023,
  metric: 'contributions',
  status: 'received',
  asOf: null,
  period: 'calendar_year',
  precision: 'exact',
  source: { kind: 'official_report', title: 'Identity test report', symbol: 'A/HRC/00/IDENTITY', locator: null, url, date: null },
  format: 'text',
  content,
  ...overrides,
});

/** Parses each request, then starts every commit at once. */
async function commitTogether(requests: ImportRequest[]) {
  const parsed = await Promise.all(requests.map((r) => parseImport(testDb.db, r)));
  return Promise.allSettled(requests.map((r, i) => commitParsedImport(testDb.db, COMMAND_LINE, r, parsed[i]!)));
}

const draft = (overrides: Partial<FigureDraft>): FigureDraft => ({
  fund: 'vftc',
  year: null,
  metric: 'participants',
  value: null,
  unit: 'count',
  status: null,
  precision: 'exact',
  period: 'cumulative',
  periodStart: null,
  asOf: null,
  donorId: null,
  countryIds: [],
  scope: null,
  session: null,
  attribution: 'direct',
  basis: 'reported',
  note: null,
  sources: [{ sourceId: citedSource, locator: null }],
  ...overrides,
});

describe('an imported figure, once per source', () => {
  it('is refused a second time by the database, NULLs counting as equal', async () => {
    await testDb.db.transaction(async (tx) => {
      expect(await insertImportedFigure(tx, 'vftc-901', draft({}))).toEqual({ inserted: true });
      expect(await insertImportedFigure(tx, 'vftc-902', draft({ note: 'only the note differs' }))).toEqual({ inserted: false, existingId: 'vftc-901' });
      expect(await insertImportedFigure(tx, 'vftc-903', draft({ value: 5 }))).toEqual({ inserted: true });
      // Figures that differ only in their beneficiary State are two figures (the shipped data has such).
      expect(await insertImportedFigure(tx, 'vftc-906', draft({ countryIds: ['NPL'] }))).toEqual({ inserted: true });
      expect(await insertImportedFigure(tx, 'vftc-907', draft({ countryIds: ['AZE'] }))).toEqual({ inserted: true });
      // A taken id inserts nothing, and says no figure holds the statement.
      expect(await insertImportedFigure(tx, 'vftc-901', draft({ value: 6 }))).toEqual({ inserted: false, existingId: null });
    });
    expect(await count(`SELECT count(*) AS n FROM figures WHERE id IN ('vftc-901', 'vftc-902', 'vftc-903', 'vftc-906', 'vftc-907')`)).toBe(4);
    expect(await count(`SELECT count(*) AS n FROM figure_sources WHERE figure_id IN ('vftc-901', 'vftc-903')`)).toBe(2);
  });

  it('lets one of two transactions inserting the same figure at once write it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let signal!: () => void;
    const firstInserted = new Promise<void>((resolve) => (signal = resolve));
    const same = draft({ year: 2001, value: 7 });
    const first = testDb.db.transaction(async (tx) => {
      const ok = await insertImportedFigure(tx, 'vftc-911', same);
      signal();
      await held;
      return ok;
    });
    await firstInserted;
    // On PostgreSQL this insert waits for the first transaction, then inserts nothing.
    const second = testDb.db.transaction((tx) => insertImportedFigure(tx, 'vftc-912', same));
    release();
    expect([await first, await second]).toEqual([{ inserted: true }, { inserted: false, existingId: 'vftc-911' }]);
    expect(await count(`SELECT count(*) AS n FROM figures WHERE id IN ('vftc-911', 'vftc-912')`)).toBe(1);
  });

  it('does not constrain figures entered otherwise (the data files, the edit form)', async () => {
    const rows = await testDb.db.query(`INSERT INTO figures (id, fund_id, metric, unit, precision, period) VALUES ('vftc-904', 'vftc', 'participants', 'count', 'exact', 'cumulative'), ('vftc-905', 'vftc', 'participants', 'count', 'exact', 'cumulative') RETURNING id`);
    expect(rows).toHaveLength(2);
  });

  it('six identical imports committed together create each figure and the source once', async () => {
    const url = 'https://example.org/identity-text';
    // The source is there already (the racers do not collide on creating it): only the figures race.
    await commitTogether([request(url, 'Iceland 5')]);
    const results = await commitTogether(Array.from({ length: 6 }, () => request(url, 'Norway 1,000\nDenmark 2,000')));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('fulfilled'));
    const created = results.map((r) => (r.status === 'fulfilled' ? r.value.created : 0));
    expect(created.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await count('SELECT count(*) AS n FROM sources WHERE url = $1', [url])).toBe(1);
    expect(await count('SELECT count(*) AS n FROM figures WHERE imported_from = (SELECT id FROM sources WHERE url = $1)', [url])).toBe(3);
  });

  it('six imports of files citing one existing source, each under its own address, create each figure once', async () => {
    const csv = [HEADERS.figures.join(','), figureCsvLine({ donor: 'FRA', value: '500', source: citedSource }), figureCsvLine({ donor: 'DEU', value: '600', source: citedSource })].join('\n');
    const requests = Array.from({ length: 6 }, (_, i) => request(`https://example.org/identity-csv-${i}`, csv, { format: 'csv' }));
    // Each request's own source is there already: only the figures race.
    await commitTogether(requests.map((r) => ({ ...r, format: 'text', content: 'Iceland 6' })));
    const results = await commitTogether(requests);
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('fulfilled'));
    expect(await count(`SELECT count(*) AS n FROM figures WHERE fund_id = 'vftc' AND year = 2023 AND donor_id IN ('FRA', 'DEU') AND imported_from = $1`, [citedSource])).toBe(2);
  });

  it('new sources wanted under the same id by racing imports: all commit, none fails', async () => {
    const requests = Array.from({ length: 6 }, (_, i) => request(`https://example.org/identity-source-${i % 3}`, `Sweden ${100 + i}`));
    const results = await commitTogether(requests);
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('fulfilled'));
    expect(await count(`SELECT count(*) AS n FROM sources WHERE url LIKE 'https://example.org/identity-source-%'`)).toBe(3);
  });

  it('imports figures that differ only in their beneficiary State as two, and finds each again', async () => {
    const csv = [
      HEADERS.figures.join(','),
      figureCsvLine({ metric: 'projects', unit: 'count', value: '1', period: 'session', session: 'Board 10', countries: 'AZE', source: citedSource }),
      figureCsvLine({ metric: 'projects', unit: 'count', value: '1', period: 'session', session: 'Board 10', countries: 'NPL', source: citedSource }),
    ].join('\n');
    const body = request('https://example.org/identity-countries', csv, { format: 'csv', year: 1998 });
    const [first] = await commitTogether([body]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { created: 2, errors: [] } });
    const ids = first!.status === 'fulfilled' ? first!.value.rows.map((r) => r.figureId) : [];
    const [again] = await commitTogether([body]);
    expect(again).toMatchObject({ status: 'fulfilled', value: { created: 0, existing: 2 } });
    expect(again!.status === 'fulfilled' ? again!.value.rows.map((r) => r.figureId) : []).toEqual(ids);
  });
});
