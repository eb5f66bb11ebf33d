// The funding totals kept per fund and year (queries/fundingCells.ts) are the ones the funding module
// computes from all the figures at once, on random datasets and after random writes to them: the same
// yearly funding (received, pledged, outstanding, expenditure, requirement, gap, coverage, with their
// qualifiers and figure ids), the same metric series, the same latest statements and figure counts.
// A write makes exactly the cells it touched be recomputed; nothing stale is ever read. On PGlite, and
// on PostgreSQL when DATABASE_URL is set (test/helpers/db.ts).

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '../../server/contract/vocabulary.js';
import { listAtMost } from '../../server/domain/citedFigures.js';
import { factsOf } from '../../server/domain/figure.js';
import { fundCard, fundCardOf, fundFundingSeries, latestFundLevelFigure, metricSeries } from '../../server/domain/funding.js';
import { listFigures } from '../../server/queries/figures.js';
import { figureCountOf, fundingSeriesOf, latestIdOf, metricSeriesOf, readFundingCells } from '../../server/queries/fundingCells.js';
import { createTestDb, type TestDb } from '../helpers/db.js';

let testDb: TestDb;
const FUNDS = ['vftc', 'ldc-sids'] as const;
const DONORS = ['donor-a', 'donor-b', 'donor-c'] as const;
const STATES = ['AAA', 'BBB'] as const;

beforeAll(async () => {
  testDb = await createTestDb();
  for (const id of FUNDS) await testDb.db.query(`INSERT INTO funds (id, name_en, name_fr, short_name_en, short_name_fr) VALUES ($1, $2, $3, $4, $5)`, [id, id, id, id, id]);
  for (const id of DONORS) await testDb.db.query(`INSERT INTO entities (id, kind, name_en, name_fr) VALUES ($1, 'private', $2, $3)`, [id, id, id]);
  for (const iso3 of STATES) await testDb.db.query(`INSERT INTO entities (id, kind, iso3, name_en, name_fr) VALUES ($1, 'state', $2, $3, $4)`, [iso3, iso3, iso3, iso3]);
});
afterAll(async () => testDb.cleanup());

const money = ['contributions', 'expenditure', 'requirement'] as const;
const figureArb = fc
  .record({
    // Ids of the shape data/ uses (lowercase letters, digits, dashes), short so that ties and shared prefixes are common.
    id: fc.stringMatching(/^[a-z0-9-]{1,5}$/),
    fund: fc.constantFrom(...FUNDS),
    year: fc.option(fc.integer({ min: 2018, max: 2021 }), { nil: null, freq: 8 }),
    metric: fc.constantFrom(...money, 'delegates'),
    value: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null, freq: 6 }),
    status: fc.constantFrom('received', 'pledged', 'pledged_and_received', 'unspecified'),
    precision: fc.constantFrom('exact', 'rounded', 'lower_bound'),
    period: fc.constantFrom('calendar_year', 'calendar_year', 'year_to_date', 'cumulative', 'multi_year_average', 'session', 'point_in_time'),
    asOf: fc.constantFrom(null, '2020', '2020-05', '2020-12-31', '2021-01-01'),
    donor: fc.option(fc.constantFrom(...DONORS), { nil: null, freq: 2 }),
    countries: fc.subarray([...STATES]),
    session: fc.option(fc.constant('HRC 50'), { nil: null, freq: 5 }),
  })
  .map((f) => ({ ...f, unit: f.metric === 'delegates' ? 'count' : 'usd_cents', status: f.metric === 'contributions' ? f.status : null }));
type RandomFigure = typeof figureArb extends fc.Arbitrary<infer T> ? T : never;

const datasetArb = fc
  .uniqueArray(figureArb, { selector: (f) => f.id, maxLength: 40 })
  .chain((figures) =>
    fc.record({
      figures: fc.constant(figures),
      conflicts: fc.uniqueArray(fc.tuple(fc.nat(Math.max(0, figures.length - 1)), fc.nat(Math.max(0, figures.length - 1))), { maxLength: figures.length > 1 ? 5 : 0, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` }),
    }),
  );

async function load(figures: readonly RandomFigure[], conflicts: readonly [number, number][]) {
  const db = testDb.db;
  await db.query('DELETE FROM figures');
  for (const f of figures) {
    await db.query(
      `INSERT INTO figures (id, fund_id, year, metric, value, unit, status, precision, period, as_of, donor_id, session)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [f.id, f.fund, f.year, f.metric, f.value, f.unit, f.status, f.precision, f.period, f.asOf, f.donor, f.session],
    );
    for (const iso3 of f.countries) await db.query('INSERT INTO figure_countries (figure_id, entity_id) VALUES ($1, $2)', [f.id, iso3]);
  }
  for (const [i, j] of conflicts) {
    const [a, b] = [figures[i]!.id, figures[j]!.id].sort();
    if (a !== b) await db.query('INSERT INTO figure_conflicts (figure_a, figure_b) VALUES ($1, $2)', [a, b]);
  }
}

/** The whole computation (every figure read, then the funding module) against what the cells give, fund by fund. */
async function expectCellsToMatchTheFigures() {
  const inMemory = (await listFigures(testDb.db)).map(factsOf);
  const cellsById = await readFundingCells(testDb.db);
  for (const fund of FUNDS) {
    const cells = cellsById.get(fund) ?? { fund, cells: [], undatedCandidates: [], undatedCount: 0 };
    const series = fundingSeriesOf(cells);
    expect(series).toEqual(listAtMost(fundFundingSeries(inMemory, fund)));
    const bySeries = metricSeriesOf(cells);
    for (const metric of METRICS) {
      expect(bySeries[metric] ?? []).toEqual(listAtMost(metricSeries(inMemory, fund, metric)));
      expect(latestIdOf(cells, metric)).toBe(latestFundLevelFigure(inMemory, fund, metric)?.id ?? null);
    }
    expect(figureCountOf(cells)).toBe(inMemory.filter((f) => f.fund === fund).length);
    expect(fundCardOf(series, (metric) => latestIdOf(cells, metric))).toEqual(fundCard(inMemory, fund));
  }
}

// Writes of every kind the triggers follow: a figure's value, fund or year changed, a State linked or
// unlinked, a disagreement recorded, a figure deleted.
const writeArb = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), fund: fc.constantFrom(...FUNDS), year: fc.option(fc.integer({ min: 2018, max: 2021 }), { nil: null }) }),
  fc.record({ kind: fc.constant('link' as const), at: fc.nat(), state: fc.constantFrom(...STATES) }),
  fc.record({ kind: fc.constant('unlink' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('conflict' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
);
type Write = typeof writeArb extends fc.Arbitrary<infer T> ? T : never;

async function applyWrite(ids: string[], write: Write) {
  const db = testDb.db;
  const id = ids[write.at % ids.length]!;
  if (write.kind === 'delete') ids.splice(ids.indexOf(id), 1);
  if (write.kind === 'value') await db.query('UPDATE figures SET value = $2 WHERE id = $1', [id, write.value]);
  if (write.kind === 'move') await db.query('UPDATE figures SET fund_id = $2, year = $3 WHERE id = $1', [id, write.fund, write.year]);
  if (write.kind === 'link') await db.query('INSERT INTO figure_countries (figure_id, entity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, write.state]);
  if (write.kind === 'unlink') await db.query('DELETE FROM figure_countries WHERE figure_id = $1', [id]);
  if (write.kind === 'conflict') {
    const [a, b] = [id, ids[write.with % ids.length]!].sort();
    if (a !== b) await db.query('INSERT INTO figure_conflicts (figure_a, figure_b) VALUES ($1, $2) ON CONFLICT DO NOTHING', [a, b]);
  }
  if (write.kind === 'delete') await db.query('DELETE FROM figures WHERE id = $1', [id]);
}

describe('funding totals kept per fund and year', () => {
  it('are the totals computed from all the figures, on random datasets and after random writes', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, fc.array(writeArb, { maxLength: 4 }), async ({ figures, conflicts }, writes) => {
        await load(figures, conflicts);
        await expectCellsToMatchTheFigures();
        const ids = figures.map((f) => f.id);
        for (const write of writes) {
          if (ids.length === 0) break;
          await applyWrite(ids, write);
          await expectCellsToMatchTheFigures();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('recompute only the cells a write touched, and keep the others', async () => {
    await load(
      [
        { id: 'k1', fund: 'vftc', year: 2019, metric: 'expenditure', value: 10, status: null, precision: 'exact', period: 'calendar_year', asOf: null, donor: null, countries: [], session: null, unit: 'usd_cents' },
        { id: 'k2', fund: 'vftc', year: 2020, metric: 'expenditure', value: 20, status: null, precision: 'exact', period: 'calendar_year', asOf: null, donor: null, countries: [], session: null, unit: 'usd_cents' },
      ],
      [],
    );
    await readFundingCells(testDb.db, 'vftc');
    const kept = async () =>
      new Map((await testDb.db.query<{ year: number; version: string }>(`SELECT year, version::text AS version FROM funding_cells WHERE fund_id = 'vftc'`)).map((r) => [r.year, r.version]));
    const before = await kept();
    expect(before.has(2019) && before.has(2020)).toBe(true);
    await testDb.db.query(`UPDATE figures SET value = 25 WHERE id = 'k2'`);
    const cells = (await readFundingCells(testDb.db, 'vftc')).get('vftc')!;
    expect(fundingSeriesOf(cells).map((y) => [y.year, y.expenditure.value])).toEqual([[2019, 10], [2020, 25]]);
    const after = await kept();
    expect(after.get(2019)).toBe(before.get(2019));
    expect(after.get(2020)).not.toBe(before.get(2020));
  });

  it('never use a cell computed for an older version of its year', async () => {
    await load([{ id: 'o1', fund: 'vftc', year: 2021, metric: 'requirement', value: 100, status: null, precision: 'exact', period: 'calendar_year', asOf: null, donor: null, countries: [], session: null, unit: 'usd_cents' }], []);
    await readFundingCells(testDb.db, 'vftc');
    // As a reader that read the version before a write and kept its cell after it would leave things.
    await testDb.db.query(`UPDATE figures SET value = 300 WHERE id = 'o1'`);
    await testDb.db.query(`UPDATE funding_cells SET cell = replace(cell::text, '"value":100', '"value":1')::json WHERE fund_id = 'vftc' AND year = 2021`);
    const cells = (await readFundingCells(testDb.db, 'vftc')).get('vftc')!;
    expect(fundingSeriesOf(cells)[0]?.requirement.value).toBe(300);
  });

  it('list at most a dozen ids per total and count the rest, without changing any value', async () => {
    const donors = Array.from({ length: 15 }, (_, i) => `many-${String(i).padStart(2, '0')}`);
    await testDb.db.query('DELETE FROM figures');
    for (const donor of donors) {
      await testDb.db.query(`INSERT INTO entities (id, kind, name_en, name_fr) VALUES ($1, 'private', $1, $1) ON CONFLICT DO NOTHING`, [donor]);
      for (const [status, value] of [['pledged', 30], ['received', 10]] as const) {
        await testDb.db.query(
          `INSERT INTO figures (id, fund_id, year, metric, value, unit, status, precision, period, donor_id)
           VALUES ($1, 'ldc-sids', 2020, 'contributions', $2, 'usd_cents', $3, 'exact', 'calendar_year', $4)`,
          [`${status}-${donor}`, value, status, donor],
        );
      }
      // Fifteen statements of the year's spending: one is chosen, fourteen are its alternatives.
      await testDb.db.query(
        `INSERT INTO figures (id, fund_id, year, metric, value, unit, precision, period, as_of) VALUES ($1, 'ldc-sids', 2020, 'expenditure', 500, 'usd_cents', 'exact', 'calendar_year', '2021')`,
        [`spent-${donor}`],
      );
    }
    const inMemory = (await listFigures(testDb.db)).map(factsOf);
    const [whole] = fundFundingSeries(inMemory, 'ldc-sids');
    const [kept] = fundingSeriesOf((await readFundingCells(testDb.db, 'ldc-sids')).get('ldc-sids')!);
    // The unpaid total cites every donor's pledge and payment: 30 figures.
    expect(whole?.outstanding.figureIds).toHaveLength(30);
    expect(kept?.outstanding).toEqual({ ...whole?.outstanding, figureIds: whole?.outstanding.figureIds.slice(0, 12), figureIdsOmitted: 18 });
    expect(kept?.outstanding.value).toBe(15 * 20);
    expect(kept?.expenditure).toEqual({ ...whole?.expenditure, alternativeIds: whole?.expenditure.alternativeIds.slice(0, 12), alternativeIdsOmitted: 2 });
    const card = fundCardOf(fundingSeriesOf((await readFundingCells(testDb.db, 'ldc-sids')).get('ldc-sids')!), () => null);
    expect(card.funding[0]?.outstanding.figureCount).toBe(30);
    expect(card.funding[0]?.expenditure.alternativeCount).toBe(14);
  });
});
