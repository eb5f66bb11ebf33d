import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDataset } from '../../server/ingest/apply.js';
import { InputError, readCsv } from '../../server/ingest/csv.js';
import { HEADERS, readDataset } from '../../server/ingest/dataset.js';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { copyOfData, DATA_DIR, lineOf, replaceLine } from '../helpers/dataset.js';

/** Reads a broken copy of data/ and returns the error it stops on. */
function errorFor(break_: (dir: string) => void): InputError {
  const dir = copyOfData();
  break_(dir);
  try {
    readDataset(dir);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the loader to reject the broken file');
}

/** Replaces one field of a figures row found by its id, keeping the CSV intact. */
function setField(dir: string, fund: string, id: string, field: string, value: string): number {
  const file = `figures/${fund}.csv`;
  const line = lineOf(dir, file, `${id},`);
  replaceLine(dir, file, line, (text) => {
    const [fields] = readCsv('x', `${HEADERS.figures.join(',')}\n${text}\n`, HEADERS.figures).records.map((r) => r.values);
    const row = { ...(fields as Record<string, string>), [field]: value };
    return HEADERS.figures.map((h) => {
      const v = row[h] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    }).join(',');
  });
  return line;
}

const column = (field: string) => HEADERS.figures.indexOf(field as (typeof HEADERS.figures)[number]) + 1;

describe('reading data/', () => {
  it('accepts the shipped dataset, every figure with a cited source that has a URL', () => {
    const dataset = readDataset(DATA_DIR);
    expect(dataset.funds.map((f) => f.id).sort()).toEqual(['ldc-sids', 'upr-implementation', 'upr-participation', 'vftc']);
    expect(dataset.figures.length).toBeGreaterThan(100);
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const figure of dataset.figures) {
      expect(figure.sources.length).toBeGreaterThan(0);
      for (const s of figure.sources) expect(sources.get(s.sourceId)?.url).toMatch(/^https?:\/\//);
    }
  });

  it('reads money as integer cents without floating point (the VFTC 2020 figures)', () => {
    const vftc2020 = readDataset(DATA_DIR).figures.filter((f) => f.fund === 'vftc' && f.year === 2020 && f.period === 'calendar_year');
    const byMetric = Object.fromEntries(vftc2020.map((f) => [`${f.metric}:${f.status ?? ''}`, f.value]));
    expect(byMetric['contributions:received']).toBe(2_326_610_100);
    expect(byMetric['expenditure:']).toBe(1_594_324_300);
  });

  it('names file, line, column and field of a bad value', () => {
    const error = errorFor((dir) => setField(dir, 'vftc', 'vftc-001', 'value', '10,000,000'));
    expect(error.file).toMatch(/figures[\\/]vftc\.csv$/);
    expect(error.column).toBe(column('value'));
    expect(error.field).toBe('value');
    expect(error.message).toMatch(/^.*figures[\\/]vftc\.csv:\d+:\d+: value: must be US dollars as plain digits/);
    const dir = copyOfData();
    const line = setField(dir, 'vftc', 'vftc-001', 'value', '10,000,000');
    expect(() => readDataset(dir)).toThrow(new RegExp(`vftc\\.csv:${line}:${column('value')}: `));
  });

  it('refuses an establishment statement without a source, or citing a document not read, naming line, column and field', () => {
    const line = lineOf(DATA_DIR, 'establishment.csv', 'upr-implementation-created-2009,');
    const none = errorFor((dir) => replaceLine(dir, 'establishment.csv', line, (text) => text.replace(',a-hrc-43-31,', ',,')));
    expect(none.line).toBe(line);
    expect(none.field).toBe('source');
    expect(none.column).toBe(HEADERS.establishment.indexOf('source') + 1);
    expect(none.message).toMatch(/source: is required/);
    const unread = errorFor((dir) => replaceLine(dir, 'establishment.csv', line, (text) => text.replace(',a-hrc-43-31,', ',a-hrc-res-19-26,')));
    expect(unread.field).toBe('source');
    expect(unread.message).toMatch(/"a-hrc-res-19-26" is marked not_transcribed: only a document that was read can be cited/);
  });

  it('refuses an act it cannot name, and a call without its paragraph', () => {
    const line = lineOf(DATA_DIR, 'establishment.csv', 'vftc-created-1987-11,');
    const act = errorFor((dir) => replaceLine(dir, 'establishment.csv', line, (text) => text.replace('chr-resolution:1987/38', 'resolution 1987/38')));
    expect(act.field).toBe('instruments');
    expect(act.message).toMatch(/must be <kind>:<number>/);
    const callLine = lineOf(DATA_DIR, 'council_calls.csv', 'hrc-res-57-32-para-5,');
    const para = errorFor((dir) => replaceLine(dir, 'council_calls.csv', callLine, (text) => text.replace(',para. 5,', ',operative part,')));
    expect(para.field).toBe('locator');
    expect(para.column).toBe(HEADERS.calls.indexOf('locator') + 1);
  });

  it('refuses a staging mirror as a source\'s official address (it belongs in copy_read)', () => {
    const line = lineOf(DATA_DIR, 'sources.csv', 'ohchr-story-2024-05-29-ldcsids,');
    const error = errorFor((dir) =>
      replaceLine(dir, 'sources.csv', line, (text) => text.replace('https://www.ohchr.org/en/stories/', 'https://web.test.ohchr.un-icc.cloud/en/stories/')),
    );
    expect(error.field).toBe('url');
    expect(error.message).toMatch(/staging mirror/);
  });

  it('refuses a planned amount of money (an announced amount is a pledge)', () => {
    const error = errorFor((dir) => setField(dir, 'vftc', 'vftc-001', 'basis', 'planned'));
    expect(error.field).toBe('basis');
    expect(error.column).toBe(column('basis'));
  });

  it.each([
    ['an unknown metric', 'metric', 'donations', /metric: must be one of/],
    ['an unknown source', 'source', 'no-such-source', /unknown source "no-such-source"/],
    ['a money metric counted', 'unit', 'count', /measured in usd/],
    ['contributions without a status', 'status', '', /contributions need a status/],
    ['a malformed date', 'as_of', '26/11/1998', /as_of: must be a date/],
    ['an unknown donor', 'donor', 'XXX', /unknown donor "XXX"/],
    ['a country that is not a State', 'countries', 'EUR', /"EUR" is not the ISO3 code of a State/],
    ['a year that is not a year', 'year', '98', /year: must be a four-digit year/],
  ])('rejects %s', (_what, field, value, message) => {
    const error = errorFor((dir) => setField(dir, 'vftc', 'vftc-001', field, value));
    expect(error.message).toMatch(message);
    expect(error.column).toBe(column(field));
  });

  it('rejects a row with the wrong number of fields, a wrong header, and a duplicate id', () => {
    expect(errorFor((dir) => replaceLine(dir, 'figures/vftc.csv', 2, () => 'vftc-999,vftc,2020')).message).toMatch(/:2:\d+: expected 22 fields, found 3/);
    expect(errorFor((dir) => replaceLine(dir, 'sources.csv', 1, (l) => l.replace('kind', 'type'))).message).toMatch(/sources\.csv:1:2: header column 2 must be "kind"/);
    const dup = errorFor((dir) => {
      const second = lineOf(dir, 'figures/vftc.csv', 'vftc-002,');
      replaceLine(dir, 'figures/vftc.csv', second, (l) => l.replace(/^vftc-002,/, 'vftc-001,'));
    });
    expect(dup.message).toMatch(/duplicate figure id "vftc-001"/);
  });

  it('reports the real line of a record after a quoted field that spans lines', () => {
    const text = `${HEADERS.conflicts.join(',')}\na,b,"two\nlines"\nc,d\n`;
    const error = (() => {
      try {
        readCsv('conflicts.csv', text, HEADERS.conflicts);
      } catch (e) {
        return e as InputError;
      }
      throw new Error('expected an error');
    })();
    expect(error.line).toBe(4);
  });
});

describe('writing data/ to the database', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => testDb.cleanup());

  const count = async (table: string) => Number((await testDb.db.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

  it('writes nothing when a row is bad', async () => {
    const dir = copyOfData();
    setField(dir, 'vftc', 'vftc-010', 'unit', 'dollars');
    expect(() => readDataset(dir)).toThrow(InputError);
    expect(await count('figures')).toBe(0);
    expect(await count('sources')).toBe(0);
  });

  it('loads everything in one transaction, and a database failure half-way writes nothing', async () => {
    const dataset = readDataset(DATA_DIR);
    // A figure pointing at a fund that is not in the plan: the foreign key fails after many inserts.
    const broken = { ...dataset, figures: [...dataset.figures, { ...dataset.figures[0]!, id: 'vftc-999', fund: 'no-such-fund' as 'vftc' }] };
    await expect(applyDataset(testDb.db, broken)).rejects.toThrow();
    expect(await count('figures')).toBe(0);
    expect(await count('entities')).toBe(0);

    const summary = await applyDataset(testDb.db, dataset);
    expect(summary.figures).toBe(dataset.figures.length);
    expect(await count('figures')).toBe(dataset.figures.length);
    expect(await count('figure_conflicts')).toBe(dataset.conflicts.length);
  });

  it('refuses to load over an existing dataset unless asked to replace it', async () => {
    const dataset = readDataset(DATA_DIR);
    await expect(applyDataset(testDb.db, dataset)).rejects.toThrow(/--replace/);
    await applyDataset(testDb.db, dataset, { replace: true });
    expect(await count('figures')).toBe(dataset.figures.length);
  });

  it('stores qualifiers as fields, never only in notes', async () => {
    const rows = await testDb.db.query<{ precision: string; period: string; n: unknown }>(
      'SELECT precision, period, count(*) AS n FROM figures GROUP BY precision, period',
    );
    const kinds = new Set(rows.map((r) => `${r.precision}/${r.period}`));
    for (const expected of ['lower_bound/year_to_date', 'rounded/multi_year_average', 'exact/cumulative', 'exact/session']) {
      expect(kinds).toContain(expected);
    }
  });
});

describe('empty and odd files', () => {
  it('an empty figures file is an error at line 1', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'figures', 'vftc.csv'), '');
    expect(() => readDataset(dir)).toThrow(/vftc\.csv:1:1: the file is empty/);
  });
  it('a missing file is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrtf-empty-'));
    expect(() => readDataset(dir)).toThrow(/funds\.csv:1:1: file not found/);
  });
});
