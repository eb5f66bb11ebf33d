import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
});
afterAll(async () => testDb.cleanup());

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any };
};

describe('views API', () => {
  it('GET /api/gaps: no requirement is published, so no gap is ranked and none is invented', async () => {
    const { status, body } = await get('/api/gaps');
    expect(status).toBe(200);
    expect(body.ranking).toEqual([]);
    for (const row of body.funds) {
      expect(row.latestWithRequirement).toBeNull();
      for (const year of row.years) {
        expect(year.gap.value).toBeNull();
        expect(year.coverage.value).toBeNull();
      }
    }
    expect(body.funds.map((r: any) => r.fund.id)).toEqual(['vftc', 'upr-participation', 'ldc-sids', 'upr-implementation']);
  });

  it('GET /api/donors and /api/donors/:id: a pledge stays a pledge; its payment is unknown, so is what is unpaid', async () => {
    const matrix = (await get('/api/donors')).body.donors;
    const denmark = matrix.find((d: any) => d.donor.iso3 === 'DNK');
    expect(denmark.funds['ldc-sids'].totalPledged).toMatchObject({ value: 16_000_000, bound: 'exact' });
    expect(denmark.funds['ldc-sids'].totalReceived.value).toBeNull();
    expect(denmark.funds.vftc).toBeNull();

    const { status, body } = await get('/api/donors/dnk');
    expect(status).toBe(200);
    const ldc = body.funds.find((f: any) => f.fund === 'ldc-sids');
    expect(ldc.summary.years[0]).toMatchObject({ year: 2017, pledged: { value: 16_000_000 }, received: { value: null }, outstanding: { value: null } });
    expect((await get('/api/donors/nobody')).status).toBe(404);
  });

  it('GET /api/funds/:id/donor-base: stated counts from the sources, and States with no recorded contribution', async () => {
    const { body } = await get('/api/funds/ldc-sids/donor-base');
    const y2016 = body.years.find((y: any) => y.year === 2016);
    expect(y2016.statedDonors.value).toBe(15);
    expect(y2016.statedNewDonors.value).toBe(10);
    expect(body.withoutRecordedContribution).not.toContain('DNK');
    expect(body.withoutRecordedContribution).toContain('ISL');
    // The fund's received total is not known for the years with a donor recorded: no order is guessed.
    const y2017 = body.rankings.find((r: any) => r.year === 2017);
    expect(y2017).toMatchObject({ withheldReason: 'fund_total_unknown', standings: [], notRanked: [{ donorId: 'DNK', reason: 'pledge_only' }] });
  });

  it('GET /api/funds/:id/review: sources and uses, changes, completeness with the documents that hold the missing figures', async () => {
    const { status, body } = await get('/api/funds/vftc/review?from=2019&to=2020');
    expect(status).toBe(200);
    const y2020 = body.sourcesAndUses.find((s: any) => s.year === 2020);
    expect(y2020.values.contributions.value).toBe(2_326_610_100);
    expect(y2020.values.closing_balance.value).toBeNull();
    expect(body.yearOnYear).toContainEqual(expect.objectContaining({ metric: 'contributions', year: 2020, change: expect.objectContaining({ value: 605_809_900 }) }));
    const missing = body.completeness.filter((c: any) => !c.recorded);
    expect(missing.length).toBeGreaterThan(0);
    expect(body.completeness.find((c: any) => c.year === 2020 && c.metric === 'expenditure').recorded).toBe(true);
    // Contributions less expenditure where both are recorded; unknown balances stay unknown.
    const r2020 = body.results.find((r: any) => r.year === 2020);
    expect(r2020.contributionsLessExpenditure).toMatchObject({ value: 2_326_610_100 - 1_594_324_300, figureIds: ['vftc-046', 'vftc-047'] });
    expect(r2020.impliedClosingBalance.value).toBeNull();
    expect(body.summary).toMatchObject({ linesRecorded: 4, linesTotal: 12, balancesRecorded: 0, latestResult: { year: 2020 } });
    expect(body.summary.documentsToRead).toBeGreaterThan(0);
    expect((await get('/api/funds/vftc/review?from=2020&to=2019')).status).toBe(400);
    expect((await get('/api/funds/nope/review?from=2019&to=2020')).status).toBe(404);
  });
});
