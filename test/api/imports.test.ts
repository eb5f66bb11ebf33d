import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS } from '../../server/ingest/dataset.js';
import type { ImportRequest } from '../../server/contract/imports.js';
import type { Figure } from '../../server/contract/schemas.js';
import { createLoadedApp } from '../helpers/app.js';
import { send, signInAs } from '../helpers/auth.js';
import type { TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let editor: string;

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  editor = await signInAs(app, testDb.db, 'editor', 'importer@example.org');
});
afterAll(async () => testDb.cleanup());

const count = async (sql: string, params: unknown[] = []) => Number((await testDb.db.query<{ n: unknown }>(sql, params))[0]?.n);
const snapshot = async () => ({
  figures: await count('SELECT count(*) AS n FROM figures'),
  sources: await count('SELECT count(*) AS n FROM sources'),
  audit: await count('SELECT count(*) AS n FROM audit_log'),
});

const request = (content: string, overrides: Partial<ImportRequest> = {}): ImportRequest => ({
  fund: 'ldc-sids',
  year: 2021,
  metric: 'contributions',
  status: 'received',
  asOf: '2021-12-31',
  period: 'calendar_year',
  precision: 'exact',
  source: {
    kind: 'official_report',
    title: 'Test report on the Trust Fund, annex I',
    symbol: 'A/HRC/00/TEST',
    locator: 'annex I, table 1',
    url: 'https://example.org/a-hrc-00-test',
    date: '2022-03',
  },
  format: 'text',
  content,
  ...overrides,
});

const post = async (body: ImportRequest, commit = false) => {
  const res = await send(app, 'POST', `/api/imports${commit ? '?commit=true' : ''}`, { cookie: editor, body });
  return { status: res.status, body: (await res.json()) as any };
};

const PASTED_WRONG_TOTAL = [
  'Contributions received, by donor, as at 31 December 2021 (US dollars)',
  'Donor  Amount',
  'Royaume-Uni a/   1 250 000',
  'Denmark   $160,000',
  'Australia*  US$ 75,000',
  'Total des contributions   1 475 000',
].join('\n');
const PASTED = PASTED_WRONG_TOTAL.replace('1 475 000', '1 485 000');

describe('importing a pasted table', () => {
  it('previews by default, catches a wrong total naming both amounts, and a commit then writes nothing', async () => {
    const before = await snapshot();
    const preview = await post(request(PASTED_WRONG_TOTAL));
    expect(preview.status).toBe(200);
    expect(preview.body.committed).toBe(false);
    expect(preview.body.reconciliation).toEqual({ statedTotalCents: 147_500_000, computedTotalCents: 148_500_000, ok: false });
    expect(preview.body.errors).toHaveLength(1);
    expect(preview.body.errors[0]).toMatchObject({ line: 6 });
    expect(preview.body.errors[0].message).toMatch(/US\$1,475,000.*US\$1,485,000/);

    const refused = await post(request(PASTED_WRONG_TOTAL), true);
    expect(refused.status).toBe(422); // a refused commit is a client error, naming the problem
    expect(refused.body.committed).toBe(false);
    expect(refused.body.errors[0]).toMatchObject({ line: 6 });
    expect(await snapshot()).toEqual(before);
  });

  it('matches donors in English and French, commits, and the figures appear on the fund page with their citation', async () => {
    const preview = await post(request(PASTED));
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.reconciliation).toEqual({ statedTotalCents: 148_500_000, computedTotalCents: 148_500_000, ok: true });
    expect(preview.body.rows.map((r: any) => [r.line, r.donor?.iso3, r.valueCents, r.state])).toEqual([
      [3, 'GBR', 125_000_000, 'new'],
      [4, 'DNK', 16_000_000, 'new'],
      [5, 'AUS', 7_500_000, 'new'],
    ]);

    const committed = await post(request(PASTED), true);
    expect(committed.body).toMatchObject({ committed: true, created: 3, existing: 0 });

    const fund = await (await app.request('/api/figures?fund=ldc-sids&year=2021&metric=contributions&limit=500')).json();
    const imported = (fund.figures as Figure[]).filter((f) => f.year === 2021 && f.metric === 'contributions' && f.donor !== null);
    expect(imported.map((f) => [f.donor?.iso3, f.value, f.status]).sort()).toEqual([
      ['AUS', 7_500_000, 'received'],
      ['DNK', 16_000_000, 'received'],
      ['GBR', 125_000_000, 'received'],
    ]);
    for (const figure of imported) {
      expect(figure.sources[0]).toMatchObject({ symbol: 'A/HRC/00/TEST', locator: 'annex I, table 1', url: 'https://example.org/a-hrc-00-test' });
    }

    const audit = await (await send(app, 'GET', '/api/audit?user=importer@example.org&limit=20', { cookie: editor })).json();
    const actions = audit.entries.map((e: any) => `${e.action}:${e.entity}`);
    expect(actions.filter((a: string) => a === 'create:figure')).toHaveLength(3);
    expect(actions).toContain('create:source');
    expect(actions).toContain('import:import');
  });

  it('adds nothing when the same table is imported again', async () => {
    const before = await snapshot();
    const again = await post(request(PASTED), true);
    expect(again.body).toMatchObject({ committed: true, created: 0, existing: 3 });
    expect(again.body.rows.every((r: any) => r.state === 'existing')).toBe(true);
    const after = await snapshot();
    expect(after.figures).toBe(before.figures);
    expect(after.sources).toBe(before.sources);
  });

  it('reports an unmatched donor and never creates it', async () => {
    const before = await snapshot();
    const result = await post(request('Atlantis   10,000\nDenmark 5,000', { year: 2022 }), true);
    expect(result.body.committed).toBe(false);
    expect(result.body.rows[0].donor).toBeNull();
    expect(result.body.errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(result.body.errors[0].message).toMatch(/no donor matches "Atlantis"/);
    expect(await snapshot()).toEqual(before);
  });

  it('matches States as UN documents print them, and lists candidates for a name it cannot match', async () => {
    const before = await snapshot();
    const pasted = [
      'Viet Nam   1,000',
      'Royaume des Pays-Bas   2,000',
      'United Kingdom Committee for UNICEF   3,000',
      'European Union   4,000',
      'Bolivie (État plurinational de)   5,000',
    ].join('\n');
    const result = await post(request(pasted, { year: 2023 }));
    expect(result.status).toBe(200);
    expect(result.body.rows.map((r: any) => r.donor?.id ?? null)).toEqual(['VNM', 'NLD', null, 'european-union', 'BOL']);
    expect(result.body.rows[0].candidates).toBeUndefined();
    const unmatched = result.body.rows[2];
    expect(unmatched.candidates.length).toBeLessThanOrEqual(5);
    expect(unmatched.candidates[0]).toMatchObject({ id: 'GBR', iso3: 'GBR', kind: 'state' });
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors[0]).toMatchObject({ line: 3, column: 1 });
    expect(result.body.errors[0].message).toMatch(/no donor matches "United Kingdom Committee for UNICEF" \(closest: United Kingdom/);
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back everything when the database fails half-way through a commit', async () => {
    // A trigger makes the second figure's insert fail after the source and first figure are written.
    await testDb.db.exec(`
      CREATE FUNCTION fail_on_sentinel() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.value = 77777700 THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_on_sentinel BEFORE INSERT ON figures FOR EACH ROW EXECUTE FUNCTION fail_on_sentinel();`);
    try {
      const before = await snapshot();
      const res = await send(app, 'POST', '/api/imports?commit=true', {
        cookie: editor,
        body: request('Norway 1,000\nSweden 777,777\nFinland 3,000', { year: 2023, source: { ...request('').source!, url: 'https://example.org/other' } }),
      });
      expect(res.status).toBe(500);
      expect(await snapshot()).toEqual(before);
      expect(await count(`SELECT count(*) AS n FROM sources WHERE url = 'https://example.org/other'`)).toBe(0);
    } finally {
      await testDb.db.exec('DROP TRIGGER fail_on_sentinel ON figures; DROP FUNCTION fail_on_sentinel();');
    }
  });

  it('refuses a request that is not valid, naming the field', async () => {
    const res = await send(app, 'POST', '/api/imports', { cookie: editor, body: { ...request(PASTED), metric: 'delegates' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/metric/);
  });
});

const csvLine = (values: Record<string, string>) => HEADERS.figures.map((h) => values[h] ?? '').join(',');

describe('importing CSV and XLSX in the data files’ columns', () => {
  it('names the row and column of a bad cell, and commits good files once', async () => {
    const header = HEADERS.figures.join(',');
    const bad = [header, csvLine({ donor: 'NOR', value: '2500' }), csvLine({ donor: 'SWE', value: '"2,500"' })].join('\n');
    const preview = await post(request(bad, { format: 'csv', year: 2019 }));
    expect(preview.body.errors).toEqual([{ line: 3, column: HEADERS.figures.indexOf('value') + 1, message: expect.stringMatching(/^value: must be US dollars/) }]);

    const good = [header, csvLine({ donor: 'NOR', value: '2500' }), csvLine({ donor: 'SWE', value: '2500.50', status: 'pledged' })].join('\n');
    const committed = await post(request(good, { format: 'csv', year: 2019 }), true);
    expect(committed.body).toMatchObject({ committed: true, created: 2, errors: [] });
    const figures = (await (await app.request('/api/figures?fund=ldc-sids&year=2019&donor=SWE')).json()).figures as Figure[];
    expect(figures[0]).toMatchObject({ value: 250_050, status: 'pledged' });
    expect((await post(request(good, { format: 'csv', year: 2019 }), true)).body).toMatchObject({ created: 0, existing: 2 });
  });

  it('reads an XLSX workbook, with the row and column of errors', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('figures');
    sheet.addRow([...HEADERS.figures]);
    const row = (values: Record<string, string | number>) => HEADERS.figures.map((h) => values[h] ?? null);
    sheet.addRow(row({ donor: 'FRA', value: 1_234_567 }));
    sheet.addRow(row({ donor: 'ZZZ', value: 10 }));
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await post(request(base64, { format: 'xlsx', year: 2018 }));
    expect(preview.body.rows[0]).toMatchObject({ line: 2, valueCents: 123_456_700, donor: { iso3: 'FRA' } });
    expect(preview.body.errors).toEqual([{ line: 3, column: HEADERS.figures.indexOf('donor') + 1, message: expect.stringMatching(/donor: unknown donor "ZZZ"/) }]);

    const notXlsx = await post(request(Buffer.from('not a workbook').toString('base64'), { format: 'xlsx' }));
    expect(notXlsx.body.errors[0].message).toMatch(/not a readable XLSX/);
  });

  it('reads a merged range as the value of its first cell (the sheet is read as a stream), never failing on it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('figures');
    sheet.addRow([...HEADERS.figures]);
    const column = (name: string) => HEADERS.figures.indexOf(name as (typeof HEADERS.figures)[number]) + 1;
    sheet.getRow(2).getCell(column('value')).value = 4200;
    sheet.getRow(2).getCell(column('donor')).value = 'NOR';
    sheet.mergeCells(2, column('donor'), 2, column('countries'));
    sheet.mergeCells('A3:B3'); // an empty merged range: an empty row
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await post(request(base64, { format: 'xlsx', year: 2018 }));
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.rows).toEqual([expect.objectContaining({ line: 2, valueCents: 420_000, donor: expect.objectContaining({ iso3: 'NOR' }) })]);
  });
});
