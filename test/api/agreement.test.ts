// One definition per number: the donor matrix, the donor pages, the donor base and the review pack
// give the same amounts for the same figures; pledges count where they should; Member-State counts
// are out of the 193; the founding facts are served with their sources.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
const get = async (path: string) => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as any;
};

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
});
afterAll(async () => testDb?.cleanup());

describe('views agree on the same figures', () => {
  it('the matrix and each donor page give the same totals, fund by fund', async () => {
    const { donors } = await get('/api/donors');
    expect(donors.length).toBeGreaterThan(20);
    for (const row of donors) {
      const page = await get(`/api/donors/${row.donor.id}`);
      for (const [fund, summary] of Object.entries(row.funds)) {
        const onPage = page.funds.find((f: any) => f.fund === fund);
        if (summary === null) {
          expect(onPage, `${row.donor.id} ${fund}`).toBeUndefined();
          continue;
        }
        expect(onPage.summary, `${row.donor.id} ${fund}`).toEqual(summary);
      }
    }
  });

  it('counts a pledge in the pledged total and in the matrix, and states a pledge whose payment is not recorded', async () => {
    const { donors } = await get('/api/donors');
    const uae = donors.find((d: any) => d.donor.id === 'ARE').funds['ldc-sids'];
    expect(uae.totalPledged).toMatchObject({ value: 2_500_000, bound: 'exact' });
    expect(uae.pledgedPaymentNotRecorded).toMatchObject({ value: 2_500_000 });
    const denmark = donors.find((d: any) => d.donor.id === 'DNK').funds['ldc-sids'];
    expect(denmark.totalPledged).toMatchObject({ value: 16_000_000, bound: 'exact' });
    expect(denmark.pledgedPaymentNotRecorded).toMatchObject({ value: 16_000_000, bound: 'exact' });
    // Austria's 2020 contribution is recorded without an amount: a contribution, amount not stated.
    const austria = donors.find((d: any) => d.donor.id === 'AUT').funds['ldc-sids'];
    expect(austria.years.map((y: any) => y.year)).toEqual([2020]);
    expect(austria.years[0].contributions.figureIds).toEqual(['ldc-sids-034']);
    expect(austria.totalContributions).toMatchObject({ value: null, figureIds: ['ldc-sids-034'] });
  });

  it('says why a donor is not ranked: only a pledge is recorded, not "amount not known exactly"', async () => {
    const denmark = await get('/api/donors/DNK');
    const ldc = denmark.funds.find((f: any) => f.fund === 'ldc-sids');
    expect(ldc.rankings).toEqual([expect.objectContaining({ year: 2017, rank: null, notRankedReason: 'pledge_only', fundTotalKnown: false })]);
    const austria = await get('/api/donors/AUT');
    expect(austria.funds[0].rankings).toEqual([expect.objectContaining({ year: 2020, rank: null, notRankedReason: 'amount_not_stated' })]);
  });

  it('the donor base and the review pack agree, and the base of "no recorded contribution" is the 193 Member States', async () => {
    const base = await get('/api/funds/ldc-sids/donor-base');
    expect(base.memberStates).toBe(193);
    expect(base.withoutRecordedContribution.length).toBeLessThanOrEqual(193);
    for (const id of ['ATA', 'ALA', 'PRI', 'HKG', 'VAT', 'PSE']) expect(base.withoutRecordedContribution).not.toContain(id);
    expect(base.withoutRecordedContribution).toContain('ISL');
    const years = base.years.map((y: any) => y.year);
    const review = await get(`/api/funds/ldc-sids/review?from=${years[0]}&to=${years[years.length - 1]}`);
    expect(review.donorBase).toEqual(base.years);
    // The review's contributions line is the fund page's, year by year.
    const fund = await get('/api/funds/ldc-sids');
    for (const line of review.sourcesAndUses) {
      const onFundPage = fund.funding.find((y: any) => y.year === line.year);
      if (onFundPage) expect(line.values.contributions, String(line.year)).toEqual(onFundPage.contributions);
    }
  });

  it('every amount in the review pack carries its citation', async () => {
    const review = await get('/api/funds/vftc/review?from=2019&to=2020');
    const ids = [
      ...review.sourcesAndUses.flatMap((s: any) => Object.values(s.values).flatMap((v: any) => v.figureIds)),
      // The computed lines and the summary cite the figures they rest on.
      ...review.results.flatMap((r: any) => [...r.contributionsLessExpenditure.figureIds, ...r.impliedClosingBalance.figureIds]),
      ...review.summary.latestResult.difference.figureIds,
    ];
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const id of ids) {
      expect(review.citations[id], id).toEqual(expect.arrayContaining([expect.objectContaining({ url: expect.stringMatching(/^https?:\/\//) })]));
    }
  });
});

describe('founding facts', () => {
  it('the VFTC: November 1987, by the Secretary-General, under 1987/38 and 1987/147, from A/HRC/43/31 para. 23', async () => {
    const { fund } = await get('/api/funds/vftc');
    const first = fund.establishment[0];
    expect(first).toMatchObject({
      date: '1987-11',
      body: 'secretary_general',
      instruments: [{ kind: 'chr-resolution', number: '1987/38' }, { kind: 'ecosoc-decision', number: '1987/147' }],
      source: { symbol: 'A/HRC/43/31', locator: 'para. 23 (with para. 17)', url: 'https://undocs.org/fr/A/HRC/43/31', language: 'fr' },
    });
    expect(fund.establishmentYearsDisagree).toBe(false);
    expect(fund.establishment.map((e: any) => e.source.symbol)).toEqual(expect.arrayContaining(['HR/98/91', 'HR/4770']));
  });

  it('the UPR implementation fund: 2009 and 2007, sources that disagree; the UPR participation fund: 5/1 and 6/17', async () => {
    const impl = (await get('/api/funds/upr-implementation')).fund;
    expect(impl.establishment.map((e: any) => e.date)).toEqual(expect.arrayContaining(['2009', '2007']));
    expect(impl.establishmentYearsDisagree).toBe(true);
    const part = (await get('/api/funds/upr-participation')).fund;
    const byAC = part.establishment.find((e: any) => e.source.symbol === 'A/HRC/43/31');
    expect(byAC.instruments.map((i: any) => i.number)).toEqual(['5/1', '6/17']);
    expect(byAC.date).toBeNull();
  });

  it("each fund page lists the Council's calls with resolution, paragraph and date, newest first", async () => {
    for (const id of ['vftc', 'upr-participation', 'ldc-sids', 'upr-implementation']) {
      const { calls } = await get(`/api/funds/${id}`);
      const council = calls.filter((c: any) => c.body === 'human_rights_council');
      expect(council.length, id).toBeGreaterThanOrEqual(2);
      for (const c of council) {
        expect(c.source.symbol).toMatch(/^A\/HRC\/RES\/\d+\/\d+$/);
        expect(c.source.locator).toMatch(/^para\. \d+$/);
        expect(c.adopted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(calls.map((c: any) => c.adopted)).toEqual([...calls.map((c: any) => c.adopted)].sort().reverse());
    }
    const impl = await get('/api/funds/upr-implementation');
    expect(impl.calls.map((c: any) => c.id)).toContain('hrc-res-21-21-para-15');
  });

  it('never links a reader to a staging mirror', async () => {
    const { figures } = await get('/api/figures?limit=500');
    const mirror = /un-icc\.cloud|previous\.ohchr\.org/;
    for (const f of figures) for (const s of f.sources) expect(s.url, `${f.id} ${s.id}`).not.toMatch(mirror);
    const sources = await get('/api/sources');
    for (const s of sources.sources ?? sources) if (s.url) expect(s.url, s.id).not.toMatch(mirror);
  });
});
