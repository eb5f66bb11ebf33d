import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundingChartCsv, fundingChartRows, figuresInChart } from '../../web/charts/FundingChart/rows.js';
import type { FundDetail, Figure } from '../../server/contract/schemas.js';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';

let testDb: TestDb;
let detail: FundDetail;
beforeAll(async () => {
  const loaded = await createLoadedApp();
  testDb = loaded.testDb;
  detail = (await (await loaded.app.request('/api/funds/vftc')).json()) as FundDetail;
});
afterAll(async () => testDb.cleanup());

describe('the funding chart’s data', () => {
  it('has one row per year from the first to the last figure, missing years empty rather than zero', () => {
    const rows = fundingChartRows(detail.funding);
    expect(rows[0]!.year).toBe(1998);
    expect(rows[rows.length - 1]!.year).toBe(2020);
    const y2010 = rows.find((r) => r.year === 2010)!;
    expect(y2010.empty).toBe(true);
    expect(y2010.values).toEqual({ contributions: null, expenditure: null, requirement: null });
  });

  it('exports exactly the chart’s cells as CSV, with bounds, status and sources', () => {
    const rows = fundingChartRows(detail.funding);
    const figuresById = new Map<string, Figure>(detail.figures.map((f) => [f.id, f]));
    const csv = fundingChartCsv(rows, figuresById, { series: (s) => s, notRecorded: 'not recorded' });
    // The comment lines are quoted cells "# …" (formula-safe), read as rows whose first cell starts with "# ".
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.filter((r) => !r.year?.startsWith('# '));
    expect(parsed).toHaveLength(rows.length * 3);
    const c2020 = parsed.find((r) => r.year === '2020' && r.series === 'contributions')!;
    expect(c2020).toMatchObject({ value_usd: '23266101', bound: 'exact', status: 'received', recorded: 'yes' });
    expect(c2020.sources).toMatch(/Human Rights Report 2020.*<https?:\/\//);
    const c1998 = parsed.find((r) => r.year === '1998' && r.series === 'contributions')!;
    expect(c1998).toMatchObject({ value_usd: '10000000', bound: 'at_least', part_of_year: 'true', status: 'pledged_and_received' });
    expect(parsed.find((r) => r.year === '2010' && r.series === 'expenditure')).toMatchObject({ value_usd: '', recorded: 'not recorded' });
    expect(figuresInChart(rows, figuresById).map((f) => f.id)).toContain(c2020.figure_ids);
  });
});
