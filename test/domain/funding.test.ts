import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fundFundingSeries,
  fundYearFunding,
  gapAndSurplus,
  metricSeries,
  outstandingPledge,
  yearValue,
  type FigureFacts,
} from '../../server/domain/funding.js';
import { exactQuantity, unknownQuantity } from '../../server/domain/quantity.js';
import { PERIODS, type Period } from '../../server/contract/vocabulary.js';

let counter = 0;
const figure = (overrides: Partial<FigureFacts>): FigureFacts => ({
  id: `f-${++counter}`,
  fund: 'vftc',
  year: 2020,
  metric: 'contributions',
  value: 100_00,
  unit: 'usd_cents',
  status: 'received',
  precision: 'exact',
  period: 'calendar_year',
  periodStart: null,
  asOf: '2020-12-31',
  donorId: null,
  countryIds: [],
  session: null,
  conflictsWith: [],
  ...overrides,
});

describe('yearly values', () => {
  it('an exact calendar-year figure is the year value, with its id for citation', () => {
    const f = figure({ value: 23_266_101_00 });
    const v = yearValue([f], { fund: 'vftc', year: 2020, metric: 'contributions' });
    expect(v).toMatchObject({ value: 23_266_101_00, bound: 'exact', approximate: false, partialYear: false, figureIds: [f.id] });
  });

  it('a year-to-date figure stands for its year only as a lower bound; a rounded one is approximate', () => {
    const ytd = figure({ year: 2002, value: 7_000_000_00, precision: 'rounded', period: 'year_to_date', status: 'unspecified' });
    const v = fundYearFunding([ytd], 'vftc', 2002).contributions;
    expect(v).toMatchObject({ value: 7_000_000_00, bound: 'at_least', approximate: true, partialYear: true, status: 'unspecified' });
  });

  it('prefers a whole year to part of it, and exact to rounded; flags disagreeing alternatives', () => {
    const partial = figure({ period: 'year_to_date', value: 50_00 });
    const rounded = figure({ precision: 'rounded', value: 120_00 });
    const exact = figure({ value: 118_00 });
    const v = yearValue([partial, rounded, exact], { fund: 'vftc', year: 2020, metric: 'contributions' });
    expect(v.figureIds).toEqual([exact.id]);
    expect(v.alternativeIds.sort()).toEqual([partial.id, rounded.id].sort());
    expect(v.sourcesDisagree).toBe(true);
  });

  it('marks a value whose figure is recorded as conflicting with another source', () => {
    const f = figure({ conflictsWith: ['other'] });
    expect(yearValue([f], { fund: 'vftc', year: 2020, metric: 'contributions' }).sourcesDisagree).toBe(true);
  });

  it('is unknown (null), never 0, when no figure exists', () => {
    const v = fundYearFunding([], 'vftc', 2015);
    for (const key of ['contributions', 'received', 'pledged', 'outstanding', 'expenditure', 'requirement', 'gap', 'surplus', 'coverage'] as const) {
      expect(v[key].value).toBeNull();
    }
  });

  it('never counts a bare pledge as contributions, and keeps pledges out of "received"', () => {
    const pledge = figure({ status: 'pledged', value: 160_000_00 });
    const year = fundYearFunding([pledge], 'vftc', 2020);
    expect(year.contributions.value).toBeNull();
    expect(year.received.value).toBeNull();
    expect(year.pledged.value).toBe(160_000_00);
  });

  it('keeps one donor’s contribution out of the fund-level total', () => {
    const donorGift = figure({ donorId: 'DNK', value: 5_00 });
    expect(fundYearFunding([donorGift], 'vftc', 2020).contributions.value).toBeNull();
  });

  const NOT_YEARLY: Period[] = PERIODS.filter((p) => p !== 'calendar_year' && p !== 'year_to_date');
  it('never plots or sums a cumulative, multi-year-average, session or point-in-time figure as a year’s value', () => {
    const base = [figure({ year: 2019, value: 17_208_002_00 }), figure({ year: 2019, metric: 'expenditure', status: null, value: 15_498_086_00 })];
    const before = fundFundingSeries(base, 'vftc');
    const beforeSeries = metricSeries(base, 'vftc', 'contributions');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            period: fc.constantFrom(...NOT_YEARLY),
            year: fc.integer({ min: 1988, max: 2030 }),
            value: fc.integer({ min: 0, max: 1e12 }),
            metric: fc.constantFrom('contributions' as const, 'expenditure' as const, 'requirement' as const),
          }),
          { maxLength: 6 },
        ),
        (extras) => {
          const figures = [
            ...base,
            ...extras.map((e) => figure({ ...e, status: e.metric === 'contributions' ? 'received' : null, session: e.period === 'session' ? 'HRC1' : null })),
          ];
          expect(fundFundingSeries(figures, 'vftc')).toEqual(before);
          expect(metricSeries(figures, 'vftc', 'contributions')).toEqual(beforeSeries);
        },
      ),
    );
  });
});

describe('outstanding pledges', () => {
  it('is unknown when the payment is unknown (a pledge is not a payment)', () => {
    expect(outstandingPledge(exactQuantity(160_000_00), unknownQuantity()).value).toBeNull();
  });
  it('is pledged − received, never below 0', () => {
    expect(outstandingPledge(exactQuantity(100), exactQuantity(40))).toMatchObject({ value: 60, bound: 'exact' });
    expect(outstandingPledge(exactQuantity(100), exactQuantity(140))).toMatchObject({ value: 0, bound: 'exact' });
  });
  it('at fund level: at least the sum over recorded pledges, unknown when any payment is unknown', () => {
    const dnkPledge = figure({ donorId: 'DNK', status: 'pledged', value: 100 });
    const dnkPaid = figure({ donorId: 'DNK', status: 'received', value: 40 });
    const norPledge = figure({ donorId: 'NOR', status: 'pledged', value: 50 });
    const norPaid = figure({ donorId: 'NOR', status: 'received', value: 50 });
    expect(fundYearFunding([dnkPledge, dnkPaid, norPledge, norPaid], 'vftc', 2020).outstanding).toMatchObject({ value: 60, bound: 'at_least' });
    expect(fundYearFunding([dnkPledge, dnkPaid, norPledge], 'vftc', 2020).outstanding.value).toBeNull();
  });
});

describe('gap, surplus and coverage', () => {
  it('are unknown where the requirement is unknown', () => {
    const year = fundYearFunding([figure({ value: 500 })], 'vftc', 2020);
    expect(year.gap.value).toBeNull();
    expect(year.surplus.value).toBeNull();
    expect(year.coverage.value).toBeNull();
  });

  it('gap = requirement − received − outstanding, floored at 0, with the rest as surplus', () => {
    const requirement = figure({ metric: 'requirement', status: null, value: 1000 });
    const received = figure({ value: 400 });
    const year = fundYearFunding([requirement, received], 'vftc', 2020);
    // No pledge recorded: outstanding unknown, so the gap is at most 600 (unpaid pledges are never negative).
    expect(year.gap).toMatchObject({ value: 600, bound: 'at_most' });
    expect(year.coverage).toMatchObject({ value: 0.4, bound: 'exact' });
    const over = gapAndSurplus(exactQuantity(100), exactQuantity(150), exactQuantity(0));
    expect(over.gap).toMatchObject({ value: 0, bound: 'exact' });
    expect(over.surplus).toMatchObject({ value: 50, bound: 'exact' });
  });

  it('with exact inputs, gap − surplus always equals requirement − received − outstanding, and neither is negative', () => {
    const amount = fc.integer({ min: 0, max: 1e12 });
    fc.assert(
      fc.property(amount, amount, amount, (r, rec, out) => {
        const { gap, surplus } = gapAndSurplus(exactQuantity(r), exactQuantity(rec), exactQuantity(out));
        expect(gap.bound).toBe('exact');
        expect((gap.value as number) - (surplus.value as number)).toBe(r - rec - out);
        expect(gap.value).toBeGreaterThanOrEqual(0);
        expect(surplus.value).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
