import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportResultSchema } from '../../server/contract/imports.js';
import type { Figure } from '../../server/contract/schemas.js';
import { createLoadedApp } from '../helpers/app.js';
import { send, signInAs } from '../helpers/auth.js';
import { writtenCounts, type TestDb } from '../helpers/db.js';
import { buildFundReportPdf, STATEMENT_MAPPING } from '../helpers/importPdfFixtures.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let editor: string;
let report: string;

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  editor = await signInAs(app, testDb.db, 'editor', 'statement-importer@example.org');
  report = Buffer.from(await buildFundReportPdf()).toString('base64');
});
afterAll(async () => testDb.cleanup());

const snapshot = () => writtenCounts(testDb.db);

const statementRequest = (overrides: Record<string, unknown> = {}) => ({
  fund: 'upr-implementation',
  year: 2023,
  asOf: '2023-12-31',
  content: report,
  table: 'p2-t1',
  amountColumn: 1,
  rowMetrics: STATEMENT_MAPPING,
  ...overrides,
});

const post = async (body: unknown, commit = false) => {
  const res = await send(app, 'POST', `/api/imports/statements${commit ? '?commit=true' : ''}`, { cookie: editor, body });
  return { status: res.status, body: (await res.json()) as any };
};

describe('POST /api/imports/statements', () => {
  it('previews a statement mapped in one step, its totals checked and all three checks ok', async () => {
    const before = await snapshot();
    const { status, body } = await post(statementRequest());
    expect(status).toBe(200);
    expect(ImportResultSchema.parse(body)).toEqual(body);
    expect(body.errors).toEqual([]);
    expect(body.rows.map((r: any) => [r.line, r.page, r.role, r.valueCents, r.state])).toEqual([
      [1, 2, 'opening_balance', 1_000_000_000, 'new'],
      [2, 2, 'contributions', 540_050_000, 'new'],
      [3, 2, 'other_income', 12_030_000, 'new'],
      [4, 2, 'other_income', null, 'new'],
      [5, 2, 'total_income', 552_080_000, null],
      [6, 2, 'expenditure', 400_000_000, 'new'],
      [7, 2, 'programme_support_costs', 52_000_000, 'new'],
      [8, 2, 'total_expenditure', 452_000_000, null],
      [9, 2, 'other_changes', -10_000_000, null],
      [10, 2, 'closing_balance', 1_090_080_000, 'new'],
      [11, 2, 'pledges_outstanding', 25_000_000, 'new'],
    ]);
    expect(body.checks.map((c: any) => [c.name, c.statedCents, c.computedCents, c.ok])).toEqual([
      ['income', 552_080_000, 552_080_000, true],
      ['expenditure', 452_000_000, 452_000_000, true],
      ['balance', 1_090_080_000, 1_090_080_000, true],
    ]);
    // Printed to a tenth of a thousand: each amount in the check may be off by US$50.
    expect(body.checks[2].toleranceCents).toBe(5 * 5_000);
    expect(body.checks[2].terms).toEqual([
      { role: 'opening_balance', sign: 1, rows: [0] },
      { role: 'total_income', sign: 1, rows: [4] },
      { role: 'total_expenditure', sign: -1, rows: [7] },
      { role: 'other_changes', sign: 1, rows: [8] },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('commits one fund-level figure per metric, pledges outstanding as a point-in-time pledge, citing the page; again adds nothing', async () => {
    const committed = await post(statementRequest(), true);
    expect(committed.status).toBe(200);
    expect(committed.body).toMatchObject({ committed: true, created: 7, existing: 0 });
    const fund = await (await app.request('/api/figures?fund=upr-implementation&limit=500')).json();
    const imported = (fund.figures as Figure[]).filter((f) => f.sources.some((s) => s.symbol === 'A/HRC/57/99'));
    expect(imported.map((f) => [f.metric, f.status, f.period, f.value, f.precision, f.donor]).sort()).toEqual([
      ['closing_balance', null, 'calendar_year', 1_090_080_000, 'rounded', null],
      ['contributions', 'pledged', 'point_in_time', 25_000_000, 'rounded', null],
      ['contributions', 'unspecified', 'calendar_year', 540_050_000, 'rounded', null],
      ['expenditure', null, 'calendar_year', 400_000_000, 'rounded', null],
      ['opening_balance', null, 'calendar_year', 1_000_000_000, 'rounded', null],
      ['other_income', null, 'calendar_year', 12_030_000, 'rounded', null],
      ['programme_support_costs', null, 'calendar_year', 52_000_000, 'rounded', null],
    ]);
    expect(new Set(imported.map((f) => f.sources[0]!.locator))).toEqual(new Set(['page 2, Table 1 Statement of income and expenditure']));
    // The outstanding pledges are not the year's pledges: the fund's 2023 funding shows no pledge from them.
    const funding = (await (await app.request('/api/funds/upr-implementation')).json()).funding;
    const year = funding.find((y: any) => y.year === 2023);
    expect(year.contributions).toMatchObject({ value: 540_050_000, status: 'unspecified', approximate: true });
    expect(year.expenditure.value).toBe(400_000_000);
    expect(year.pledged.value).toBeNull();

    const again = await post(statementRequest(), true);
    expect(again.body).toMatchObject({ committed: true, created: 0, existing: 7 });
  });

  it('reports a check that fails as an error on the stated row, and refuses to commit it', async () => {
    const content = Buffer.from(await buildFundReportPdf({ closing2023: '10 950.8' })).toString('base64');
    const before = await snapshot();
    const preview = await post(statementRequest({ content, fund: 'vftc' }));
    expect(preview.status).toBe(200);
    const balance = preview.body.checks.find((c: any) => c.name === 'balance');
    expect(balance).toMatchObject({ statedCents: 1_095_080_000, computedCents: 1_090_080_000, ok: false });
    expect(preview.body.checks.filter((c: any) => c.ok).map((c: any) => c.name)).toEqual(['income', 'expenditure']);
    expect(preview.body.errors).toEqual([
      {
        line: 10,
        column: 2,
        page: 2,
        message: 'page 2, row 10: the balance check fails: the statement states US$10,950,800, its rows give US$10,900,800 (difference US$50,000)',
      },
    ]);
    const refused = await post(statementRequest({ content, fund: 'vftc' }), true);
    expect(refused.status).toBe(422);
    expect(await snapshot()).toEqual(before);
  });

  it('runs only the checks whose rows are mapped', async () => {
    const rowMetrics = [
      { row: 1, metric: 'contributions' },
      { row: 4, metric: 'total_income' },
    ];
    const { body } = await post(statementRequest({ rowMetrics }));
    expect(body.checks).toEqual([
      {
        name: 'income',
        terms: [
          { role: 'contributions', sign: 1, rows: [1] },
          { role: 'other_income', sign: 1, rows: [] },
        ],
        statedCents: 552_080_000,
        computedCents: 540_050_000,
        toleranceCents: 10_000,
        ok: false,
      },
    ]);
  });

  it('answers 400 naming the field for a row or table the PDF lacks, or a balance mapped twice; nothing written', async () => {
    const before = await snapshot();
    const noSymbol = Buffer.from(await buildFundReportPdf({ symbol: null })).toString('base64');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ rowMetrics: [{ row: 40, metric: 'expenditure' }] }, /^rowMetrics\.0\.row: table p2-t1 has rows 0 to 10/],
      [{ rowMetrics: [{ row: 0, metric: 'closing_balance' }, { row: 9, metric: 'closing_balance' }] }, /^rowMetrics\.1\.metric: closing_balance is one row/],
      [{ rowMetrics: [{ row: 0, metric: 'opening_balance' }, { row: 0, metric: 'expenditure' }] }, /^rowMetrics: maps a row twice/],
      [{ rowMetrics: [{ row: 0, metric: 'requirement' }] }, /^rowMetrics\.0\.metric: /],
      [{ table: 'p3-t2' }, /^table: the PDF has no table "p3-t2"/],
      [{ amountColumn: 3 }, /^amountColumn: table p2-t1 has columns 0 to 2/],
      [{ content: noSymbol }, /^source: is required/],
    ];
    // A PDF over the 1 MB other requests are held to is read (this one is no PDF), and one over 7 MB is not.
    const large = await post(statementRequest({ content: Buffer.alloc(1_500_000, 7).toString('base64') }), true);
    expect([large.status, large.body.error.code]).toEqual([422, 'pdf_not_pdf']);
    const tooLarge = await post(statementRequest({ content: Buffer.alloc(7 * 1024 * 1024 + 3, 7).toString('base64') }), true);
    expect([tooLarge.status, tooLarge.body.error.message]).toEqual([400, 'content: is too large (a PDF of 7 MB at most)']);
    for (const [overrides, message] of cases) {
      const res = await post(statementRequest(overrides), true);
      expect([overrides, res.status]).toEqual([overrides, 400]);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });
});
