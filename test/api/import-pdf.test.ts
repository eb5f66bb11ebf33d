import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportResultSchema, MAX_PDF_BYTES } from '../../server/contract/imports.js';
import type { Figure } from '../../server/contract/schemas.js';
import { createLoadedApp } from '../helpers/app.js';
import { send, signInAs } from '../helpers/auth.js';
import { writtenCounts, type TestDb } from '../helpers/db.js';
import { buildFundReportPdf } from '../helpers/importPdfFixtures.js';
import { buildReportPdf } from '../helpers/reportPdfs.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let editor: string;
let report: string;

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  editor = await signInAs(app, testDb.db, 'editor', 'pdf-importer@example.org');
  report = Buffer.from(await buildFundReportPdf()).toString('base64');
});
afterAll(async () => testDb.cleanup());

const count = async (sql: string) => Number((await testDb.db.query<{ n: unknown }>(sql))[0]?.n);
const snapshot = () => writtenCounts(testDb.db);

const donorRequest = (overrides: Record<string, unknown> = {}) => ({
  fund: 'upr-participation',
  year: 2023,
  metric: 'contributions',
  status: 'received',
  asOf: '2023-12-31',
  format: 'pdf',
  content: report,
  table: 'p3-t1',
  nameColumn: 0,
  amountColumn: 1,
  ...overrides,
});

const post = async (body: unknown, commit = false) => {
  const res = await send(app, 'POST', `/api/imports${commit ? '?commit=true' : ''}`, { cookie: editor, body });
  return { status: res.status, body: (await res.json()) as any };
};

const CHOICE = [{ name: 'United Kingdom Committee for UNICEF', donor: 'private-donors' }];

describe('POST /api/imports with format "pdf"', () => {
  it('previews a donor table: UN names matched, the page of each row, "–" as none, the Total reconciled', async () => {
    const before = await snapshot();
    const { status, body } = await post(donorRequest());
    expect(status).toBe(200);
    expect(ImportResultSchema.parse(body)).toEqual(body);
    expect(body.rows.map((r: any) => [r.line, r.page, r.donorName, r.donor?.id ?? null, r.valueCents, r.state])).toEqual([
      [1, 3, 'Bolivia (Plurinational State of)', 'BOL', 1_000_000, 'new'],
      [2, 3, 'United Kingdom of Great Britain and Northern Ireland', 'GBR', 25_000_000, 'new'],
      [3, 3, 'Germany', 'DEU', 64_000_000, 'new'],
      [4, 3, 'European Union', 'european-union', 7_500_050, 'new'],
      [5, 3, 'United Kingdom Committee for UNICEF', null, 500_000, null],
      [6, 3, 'Norway', 'NOR', null, null],
    ]);
    // The private body is not taken for the State: it is left for the editor, with the State among the candidates.
    expect(body.rows[4].candidates.map((c: any) => c.id)).toContain('GBR');
    expect(body.errors).toEqual([
      { line: 5, column: 1, page: 3, message: expect.stringMatching(/^page 3, row 5: no donor matches "United Kingdom Committee for UNICEF"/) },
    ]);
    expect(body.reconciliation).toEqual({ statedTotalCents: 98_000_050, computedTotalCents: 98_000_050, ok: true });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to commit while a name is unmatched, then commits with the editor\'s choice, citing page and caption; again adds nothing', async () => {
    const before = await snapshot();
    const refused = await post(donorRequest(), true);
    expect(refused.status).toBe(422);
    expect(refused.body.committed).toBe(false);
    expect(await snapshot()).toEqual(before);

    const chosen = await post(donorRequest({ donorChoices: CHOICE }));
    expect(chosen.body.errors).toEqual([]);
    expect(chosen.body.rows[4]).toMatchObject({ donor: { id: 'private-donors' }, state: 'new' });

    const committed = await post(donorRequest({ donorChoices: CHOICE }), true);
    expect(committed.status).toBe(200);
    expect(committed.body).toMatchObject({ committed: true, created: 5, existing: 0 });

    const fund = await (await app.request('/api/figures?fund=upr-participation&limit=500')).json();
    const imported = (fund.figures as Figure[]).filter((f) => f.year === 2023 && f.metric === 'contributions' && f.donor !== null);
    expect(imported.map((f) => [f.donor?.id, f.value]).sort()).toEqual([
      ['BOL', 1_000_000],
      ['DEU', 64_000_000],
      ['GBR', 25_000_000],
      ['european-union', 7_500_050],
      ['private-donors', 500_000],
    ]);
    for (const figure of imported) {
      expect(figure.sources).toEqual([
        expect.objectContaining({
          kind: 'official_report',
          symbol: 'A/HRC/57/99',
          title: 'Report of the Board of Trustees of the United Nations Voluntary Fund for Technical Cooperation',
          titleIs: 'published',
          date: '2024-06-12',
          language: 'en',
          url: 'https://undocs.org/en/A/HRC/57/99',
          locator: 'page 3, Table 2 Contributions received, by donor',
        }),
      ]);
    }

    const again = await post(donorRequest({ donorChoices: CHOICE }), true);
    expect(again.body).toMatchObject({ committed: true, created: 0, existing: 5 });
    expect(await count("SELECT count(*) AS n FROM sources WHERE url = 'https://undocs.org/en/A/HRC/57/99'")).toBe(1);
  });

  it('reads a French report: French names, and a "number" with letters as an error naming page, row and column', async () => {
    const content = Buffer.from(await buildReportPdf('fr')).toString('base64');
    const { body } = await post(donorRequest({ content, table: 'p2-t2', fund: 'ldc-sids' }));
    expect(body.rows.map((r: any) => [r.donor?.iso3 ?? null, r.page, r.valueCents])).toEqual([
      ['DNK', 2, 125_000_000],
      ['DEU', 2, 64_000_000],
      ['MDV', 2, 500_000],
      ['CHL', 2, 2_000_000],
      ['NOR', 3, null],
      ['PER', 3, 300_000],
    ]);
    expect(body.errors).toEqual([
      { line: 5, column: 2, page: 3, message: expect.stringMatching(/^page 3, row 5, column 2 \("Montant"\): "13 60O" holds letters/) },
    ]);
    expect(body.rows.every((r: any) => r.state !== 'new' || r.valueCents !== null)).toBe(true);
  });

  it('applies the table\'s unit: thousands of dollars, one decimal, parentheses negative', async () => {
    const { body } = await post(donorRequest({ table: 'p2-t1', metric: 'expenditure', status: null }));
    expect(body.rows.map((r: any) => [r.donorName, r.valueCents])).toEqual([
      ['Fund balance, 1 January', 1_000_000_000],
      ['Voluntary contributions', 540_050_000],
      ['Interest income', 12_030_000],
      ['Other income', null],
      ['Expenditure', 400_000_000],
      ['Programme support costs', 52_000_000],
      ['Refunds to donors', -10_000_000],
      ['Fund balance, 31 December', 1_090_080_000],
      ['Pledges outstanding', 25_000_000],
    ]);
    // "Total income" and "Total expenditure" are totals, never donors.
    expect(body.rows.some((r: any) => /^Total/.test(r.donorName))).toBe(false);
  });

  it('answers 4xx naming the field: no source for a PDF without symbol, an unknown table or column, a chosen donor that does not exist', async () => {
    const before = await snapshot();
    const noSymbol = Buffer.from(await buildFundReportPdf({ symbol: null })).toString('base64');
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ content: noSymbol }, 400, /^source: is required: the PDF states no document symbol/],
      [{ table: 'p9-t1' }, 400, /^table: the PDF has no table "p9-t1" \(its tables: p2-t1, p3-t1\)/],
      [{ amountColumn: 7 }, 400, /^amountColumn: table p3-t1 has columns 0 to 2/],
      [{ table: undefined }, 400, /^table: is required for format "pdf"/],
      [{ nameColumn: 1 }, 400, /^amountColumn: must differ from nameColumn/],
      [{ donorChoices: [{ name: 'Norway', donor: 'no-such-donor' }] }, 400, /^donorChoices\.0\.donor: no donor has the id "no-such-donor"/],
      [{ content: Buffer.from('not a pdf at all').toString('base64') }, 422, /not a PDF/],
      [{ format: 'text', content: 'Norway 1 000' }, 400, /^source: is required for format "text"/],
      [{ content: 'A'.repeat(Math.ceil(MAX_PDF_BYTES / 3) * 4 + 4) }, 400, /^content: is too large \(a PDF of 7 MB at most\)/],
      [{ content: 'not base64!' }, 400, /^content: is not base64/],
    ];
    for (const [overrides, status, message] of cases) {
      const res = await post(donorRequest(overrides), true);
      expect([overrides, res.status]).toEqual([overrides, status]);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('applies donor choices to a pasted table too, only to the name chosen', async () => {
    const source = { kind: 'official_report', title: 'Pasted table', url: 'https://example.org/pasted' };
    const content = 'United Kingdom Committee for UNICEF   5 000\nUnited Kingdom Committee for Refugees   3 000';
    const { body } = await post({ ...donorRequest({ format: 'text', content, source, donorChoices: CHOICE }), table: undefined, nameColumn: undefined, amountColumn: undefined });
    expect(body.rows.map((r: any) => [r.donorName, r.donor?.id ?? null, r.page])).toEqual([
      ['United Kingdom Committee for UNICEF', 'private-donors', null],
      ['United Kingdom Committee for Refugees', null, null],
    ]);
  });

  it('accepts a given source for a PDF without symbol, citing the page under it', async () => {
    const content = Buffer.from(await buildFundReportPdf({ symbol: null })).toString('base64');
    const source = { kind: 'official_report', title: 'Annual report, unnumbered copy', url: 'https://example.org/annual-report.pdf' };
    const { status, body } = await post(donorRequest({ content, source, donorChoices: CHOICE, fund: 'ldc-sids' }), true);
    expect(status).toBe(200);
    expect(body.created).toBe(5);
    const figures = (await (await app.request('/api/figures?fund=ldc-sids&limit=500')).json()).figures as Figure[];
    const cited = figures.filter((f) => f.sources.some((s) => s.url === 'https://example.org/annual-report.pdf'));
    expect(cited).toHaveLength(5);
    expect(cited[0]!.sources[0]!.locator).toBe('page 3, Table 2 Contributions received, by donor');
  });
});
