import { describe, expect, it } from 'vitest';
import { fundDonorRankings, fundGlance, receivedLessSpent, trendDirection, type FigureFacts } from '../../server/domain/funding.js';
import { exactQuantity, unknownQuantity } from '../../server/domain/quantity.js';

let counter = 0;
const figure = (overrides: Partial<FigureFacts>): FigureFacts => ({
  id: `g-${++counter}`,
  fund: 'vftc',
  year: 2020,
  metric: 'contributions',
  value: 100_00,
  unit: 'usd_cents',
  status: 'received',
  precision: 'exact',
  period: 'calendar_year',
  periodStart: null,
  asOf: null,
  donorId: null,
  countryIds: [],
  session: null,
  conflictsWith: [],
  ...overrides,
});

describe('received less spent', () => {
  it('is the difference when both are known, keeping each part’s figures for citation', () => {
    const d = receivedLessSpent(exactQuantity(23_266_101_00, ['r']), exactQuantity(15_943_243_00, ['e']));
    expect(d).toMatchObject({ value: 7_322_858_00, bound: 'exact', figureIds: ['e', 'r'] });
  });

  it('is unknown when either part is unknown — never received alone', () => {
    expect(receivedLessSpent(exactQuantity(10_00, ['r']), unknownQuantity()).value).toBeNull();
    expect(receivedLessSpent(unknownQuantity(['r']), exactQuantity(10_00, ['e']))).toMatchObject({ value: null, figureIds: ['e', 'r'] });
  });

  it('keeps "at least": a part-year income less a full spending is at least the difference', () => {
    const d = receivedLessSpent({ ...exactQuantity(50_00, ['r']), bound: 'at_least', partialYear: true }, exactQuantity(20_00, ['e']));
    expect(d).toMatchObject({ value: 30_00, bound: 'at_least', partialYear: true });
  });
});

describe('a fund’s first screen', () => {
  const vftc = [
    figure({ year: 2019, value: 17_208_002_00 }),
    figure({ year: 2019, metric: 'expenditure', status: null, value: 15_498_086_00 }),
    figure({ year: 2020, value: 23_266_101_00 }),
    figure({ year: 2020, metric: 'expenditure', status: null, value: 15_943_243_00 }),
    figure({ year: 2004, metric: 'countries_supported', unit: 'count', status: null, value: 30, period: 'point_in_time' }),
  ];

  it('gives each money figure’s latest year, received less spent newest first, and no gap without a requirement', () => {
    const glance = fundGlance(vftc, 'vftc');
    expect(glance.latestMoney.map((m) => [m.metric, m.year])).toEqual([
      ['contributions', 2020],
      ['expenditure', 2020],
    ]);
    expect(glance.receivedAndSpent.map((y) => [y.year, y.difference.value])).toEqual([
      [2020, 7_322_858_00],
      [2019, 1_709_916_00],
    ]);
    expect(glance.latestBalancedYear).toBe(2020);
    expect(glance.contributionsTrend.direction).toBe('up');
    expect(glance.gap.kind).toBe('no_requirement');
    // What is known instead: the other latest statements, counts included, never a guessed gap.
    if (glance.gap.kind === 'no_requirement') expect(glance.gap.knownInstead.map((k) => [k.metric, k.year])).toEqual([['contributions', 2020], ['expenditure', 2020], ['countries_supported', 2004]]);
  });

  it('gives the newest year’s gap where a requirement is published', () => {
    const glance = fundGlance([...vftc, figure({ year: 2020, metric: 'requirement', status: null, value: 30_000_000_00 })], 'vftc');
    expect(glance.gap).toMatchObject({ kind: 'known', year: 2020, gap: { value: 6_733_899_00, bound: 'at_most' } }); // unpaid pledges unknown: at most
  });

  it('says no direction when a part-year floor is below the earlier year (it may still rise)', () => {
    const ldc = [
      figure({ fund: 'ldc-sids', year: 2018, value: 1_200_000_00, precision: 'rounded', status: 'unspecified' }),
      figure({ fund: 'ldc-sids', year: 2024, value: 410_000_00, period: 'year_to_date', status: 'unspecified' }),
    ];
    const trend = fundGlance(ldc, 'ldc-sids').contributionsTrend;
    expect(trend.points.map((p) => p.year)).toEqual([2018, 2024]);
    expect(trend.change).toMatchObject({ value: -790_000_00, bound: 'at_least' });
    expect(trend.direction).toBe('unclear');
  });

  it('reads the direction of a change only as far as its bound allows', () => {
    expect(trendDirection({ ...exactQuantity(-5), bound: 'at_most' })).toBe('down');
    expect(trendDirection({ ...exactQuantity(5), bound: 'at_most' })).toBe('unclear');
    expect(trendDirection({ ...exactQuantity(0), approximate: true })).toBe('unclear');
    expect(trendDirection(exactQuantity(0))).toBe('flat');
  });
});

describe('a fund’s donor ranking by year', () => {
  const donor = (donorId: string, value: number | null, extra: Partial<FigureFacts> = {}) => figure({ fund: 'ldc-sids', year: 2021, donorId, value, ...extra });

  it('ranks exact amounts when the fund’s total is known, and says why the others are not ranked', () => {
    const rankings = fundDonorRankings(
      [
        figure({ fund: 'ldc-sids', year: 2021, value: 1_485_000_00 }),
        donor('GBR', 1_250_000_00),
        donor('DNK', 160_000_00),
        donor('AUS', 75_000_00, { precision: 'rounded' }),
        donor('NOR', null),
        donor('FRA', 50_000_00, { status: 'pledged' }),
      ],
      'ldc-sids',
    );
    expect(rankings).toHaveLength(1);
    const [year] = rankings;
    expect(year!.withheldReason).toBeNull();
    expect(year!.standings.map((s) => [s.donorId, s.rank])).toEqual([
      ['GBR', 1],
      ['DNK', 2],
    ]);
    expect(year!.standings[1]!.share.value).toBeCloseTo(160_000 / 1_485_000);
    expect(year!.notRanked).toEqual([
      { donorId: 'AUS', reason: 'amount_not_exact' },
      { donorId: 'NOR', reason: 'amount_not_stated' },
      { donorId: 'FRA', reason: 'pledge_only' },
    ]);
    expect(year!.complete).toBe(false);
  });

  it('withholds the ranking when the fund’s total is unknown, listing no order at all', () => {
    const [year] = fundDonorRankings([donor('GBR', 1_250_000_00), donor('DNK', 160_000_00)], 'ldc-sids');
    expect(year).toMatchObject({ year: 2021, withheldReason: 'fund_total_unknown', standings: [] });
  });

  it('withholds it when no amount is exact', () => {
    const [year] = fundDonorRankings([figure({ fund: 'ldc-sids', year: 2021, value: 100_00 }), donor('GBR', 50_00, { precision: 'lower_bound' })], 'ldc-sids');
    expect(year!.withheldReason).toBe('no_exact_amounts');
    expect(year!.notRanked).toEqual([{ donorId: 'GBR', reason: 'amount_not_exact' }]);
  });
});
