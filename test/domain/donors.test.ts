import { describe, expect, it } from 'vitest';
import { donorBase, donorFundSummary, donorRanking, statesWithoutRecordedContribution, yearOnYearChanges, type FigureFacts } from '../../server/domain/funding.js';

let n = 0;
const gift = (donorId: string, year: number, value: number | null, overrides: Partial<FigureFacts> = {}): FigureFacts => ({
  id: `g-${++n}`,
  fund: 'vftc',
  year,
  metric: 'contributions',
  value,
  unit: 'usd_cents',
  status: 'received',
  precision: 'exact',
  period: 'calendar_year',
  periodStart: null,
  asOf: null,
  donorId,
  countryIds: [],
  session: null,
  conflictsWith: [],
  ...overrides,
});
const fundTotal = (year: number, value: number, metric: FigureFacts['metric'] = 'contributions') =>
  gift('x', year, value, { donorId: null, metric, status: metric === 'contributions' ? 'received' : null });

describe('donor summaries', () => {
  it('sums a donor’s yearly payments and pledges, and keeps unpaid pledges unknown until payment is known', () => {
    const figures = [gift('DNK', 2017, 100, { status: 'pledged' }), gift('DNK', 2018, 50), gift('DNK', 2019, 70)];
    const summary = donorFundSummary(figures, 'vftc', 'DNK');
    expect(summary.years.map((y) => y.year)).toEqual([2017, 2018, 2019]);
    expect(summary.totalReceived).toMatchObject({ value: 120, bound: 'exact' });
    expect(summary.totalPledged).toMatchObject({ value: 100 });
    expect(summary.totalOutstanding.value).toBeNull(); // 2017's pledge has no recorded payment
  });

  it('keeps presence-only and cumulative records aside, never summed', () => {
    const listed = gift('AUS', 2018, null, { period: 'cumulative', periodStart: 2013, status: 'unspecified' });
    const summary = donorFundSummary([listed], 'vftc', 'AUS');
    expect(summary.years).toEqual([]);
    expect(summary.otherFigureIds).toEqual([listed.id]);
    expect(summary.totalReceived.value).toBeNull();
  });
});

describe('donor ranking', () => {
  it('ranks by recorded payments (ties share a rank) and gives each donor its share of the fund’s total', () => {
    const figures = [gift('A', 2020, 500), gift('B', 2020, 300), gift('C', 2020, 300), gift('D', 2020, 100), fundTotal(2020, 1000)];
    const ranking = donorRanking(figures, 'vftc', 2020);
    expect(ranking.complete).toBe(true);
    expect(ranking.standings.map((s) => [s.donorId, s.rank])).toEqual([['A', 1], ['B', 2], ['C', 2], ['D', 4]]);
    expect(ranking.standings[0]!.share).toMatchObject({ value: 0.5, bound: 'exact' });
  });

  it('does not rank a donor whose amount is unknown or only a bound, and says the ranking is incomplete', () => {
    const figures = [gift('A', 2020, 500), gift('B', 2020, null), gift('C', 2020, 800, { precision: 'lower_bound' })];
    const ranking = donorRanking(figures, 'vftc', 2020);
    expect(ranking.complete).toBe(false);
    expect(ranking.standings.find((s) => s.donorId === 'B')!.rank).toBeNull();
    expect(ranking.standings.find((s) => s.donorId === 'C')!.rank).toBeNull();
    expect(ranking.standings.find((s) => s.donorId === 'A')!.share.value).toBeNull(); // no fund total recorded
  });

  it('never counts a bare pledge as giving', () => {
    expect(donorRanking([gift('A', 2020, 500, { status: 'pledged' })], 'vftc', 2020).standings).toEqual([]);
  });
});

describe('donor base', () => {
  it('finds first-recorded, returning-after-a-lapse and lapsed donors, and the top five’s share', () => {
    const figures = [
      gift('A', 2018, 10), gift('B', 2018, 10),
      gift('A', 2019, 10),
      gift('A', 2020, 10), gift('B', 2020, 30), gift('C', 2020, 60), fundTotal(2020, 100),
      gift('x', 2019, 3, { donorId: null, metric: 'number_of_donors', unit: 'count', status: null }),
    ];
    const base = donorBase(figures, 'vftc');
    expect(base.map((y) => y.year)).toEqual([2018, 2019, 2020]);
    const [y2018, y2019, y2020] = base;
    expect(y2018!.firstRecorded).toEqual(['A', 'B']);
    expect(y2019!.lapsed).toEqual(['B']);
    expect(y2019!.statedDonors.value).toBe(3);
    expect(y2020!.returning).toEqual(['B']);
    expect(y2020!.firstRecorded).toEqual(['C']);
    expect(y2020!.topFiveShare).toMatchObject({ value: 1, bound: 'exact' });
    expect(y2019!.topFiveShare.value).toBeNull(); // no fund total for 2019
  });

  it('lists States with no recorded contribution (not proof they never gave)', () => {
    expect(statesWithoutRecordedContribution([gift('DNK', 2020, 1)], 'vftc', ['DNK', 'NOR'])).toEqual(['NOR']);
  });
});

describe('year-on-year changes', () => {
  it('is computed only where both years are known, with the relative change', () => {
    const figures = [fundTotal(2019, 1000, 'expenditure'), fundTotal(2020, 1500, 'expenditure'), fundTotal(2022, 10, 'expenditure')];
    const changes = yearOnYearChanges(figures, 'vftc', ['expenditure'], 2019, 2022);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ year: 2020, change: { value: 500 }, relative: { value: 0.5 } });
  });
});
