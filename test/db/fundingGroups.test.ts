// The funding totals computed from figures grouped in the database (queries/fundingGroups.ts) are the
// ones computed from the figures themselves, on random datasets: the same yearly funding (received,
// pledged, outstanding, expenditure, requirement, gap, coverage, with their qualifiers and figure ids),
// the same metric series and the same latest statements. On PGlite, and on PostgreSQL when
// DATABASE_URL is set (test/helpers/db.ts).

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '../../server/contract/vocabulary.js';
import { factsFromGroups, factsOf } from '../../server/domain/figure.js';
import { fundCard, fundCardOf, fundFundingSeries, latestFundLevelFigure, metricSeries } from '../../server/domain/funding.js';
import { listFigures } from '../../server/queries/figures.js';
import { listFundingGroups, listLatestCandidates } from '../../server/queries/fundingGroups.js';
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

describe('funding totals from figures grouped in the database', () => {
  it('are the totals computed from the figures themselves, on random datasets', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async ({ figures, conflicts }) => {
        await load(figures, conflicts);
        const inMemory = (await listFigures(testDb.db)).map(factsOf);
        const grouped = factsFromGroups(await listFundingGroups(testDb.db));
        for (const fund of FUNDS) {
          expect(fundFundingSeries(grouped, fund)).toEqual(fundFundingSeries(inMemory, fund));
          // One fund's groups give what all funds' groups give for it.
          expect(fundFundingSeries(factsFromGroups(await listFundingGroups(testDb.db, fund)), fund)).toEqual(fundFundingSeries(inMemory, fund));
          const latest = await listLatestCandidates(testDb.db, fund);
          for (const metric of METRICS) {
            expect(metricSeries(grouped, fund, metric)).toEqual(metricSeries(inMemory, fund, metric));
            expect(latestFundLevelFigure(latest, fund, metric)?.id ?? null).toBe(latestFundLevelFigure(inMemory, fund, metric)?.id ?? null);
          }
          const card = fundCardOf(fundFundingSeries(grouped, fund), (metric) => latestFundLevelFigure(latest, fund, metric)?.id ?? null);
          expect(card).toEqual(fundCard(inMemory, fund));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is not a comparison of two empty answers: the random datasets make real totals', async () => {
    await load(
      [
        { id: 'a1', fund: 'vftc', year: 2020, metric: 'contributions', value: 100, status: 'pledged', precision: 'exact', period: 'calendar_year', asOf: null, donor: 'donor-a', countries: [], session: null, unit: 'usd_cents' },
        { id: 'a2', fund: 'vftc', year: 2020, metric: 'contributions', value: 40, status: 'received', precision: 'exact', period: 'calendar_year', asOf: null, donor: 'donor-a', countries: [], session: null, unit: 'usd_cents' },
        { id: 'a3', fund: 'vftc', year: 2020, metric: 'expenditure', value: 70, status: null, precision: 'rounded', period: 'calendar_year', asOf: '2020', donor: null, countries: [], session: null, unit: 'usd_cents' },
        { id: 'a4', fund: 'vftc', year: 2020, metric: 'expenditure', value: 75, status: null, precision: 'exact', period: 'calendar_year', asOf: '2021-01-01', donor: null, countries: [], session: null, unit: 'usd_cents' },
      ],
      [],
    );
    const [year] = fundFundingSeries(factsFromGroups(await listFundingGroups(testDb.db, 'vftc')), 'vftc');
    expect(year?.outstanding).toMatchObject({ value: 60, bound: 'at_least', figureIds: ['a1', 'a2'] });
    expect(year?.expenditure).toMatchObject({ value: 75, figureIds: ['a4'], alternativeIds: ['a3'], sourcesDisagree: true });
  });
});
