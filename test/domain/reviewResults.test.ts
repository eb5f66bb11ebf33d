// The review pack's computed lines: contributions less expenditure and the implied closing balance,
// known only when every line they need is known, and as qualified as the lines they come from.

import { describe, expect, it } from 'vitest';
import { yearResult } from '../../server/domain/funding.js';
import { exactQuantity, unknownQuantity, type Quantity } from '../../server/domain/quantity.js';
import { reviewPack } from '../../server/domain/review.js';
import type { Figure } from '../../server/contract/schemas.js';

const atLeast = (value: number, ids: string[]): Quantity => ({
  ...exactQuantity(value, ids),
  bound: 'at_least',
  partialYear: true,
});

describe('yearResult', () => {
  it('subtracts expenditure from contributions when both are known, citing both', () => {
    const r = yearResult(2020, {
      contributions: exactQuantity(2_326_610_100, ['c']),
      expenditure: exactQuantity(1_594_324_300, ['e']),
    });
    expect(r.contributionsLessExpenditure).toMatchObject({
      value: 732_285_800,
      bound: 'exact',
      figureIds: ['c', 'e'],
    });
  });

  it('goes negative when more was spent than came in', () => {
    expect(
      yearResult(2021, { contributions: exactQuantity(100, ['c']), expenditure: exactQuantity(250, ['e']) })
        .contributionsLessExpenditure.value,
    ).toBe(-150);
  });

  it('is unknown when either part is unknown, never counting an unknown as zero', () => {
    const partly = yearResult(2019, {
      contributions: exactQuantity(1_000, ['c']),
      expenditure: unknownQuantity(),
    });
    expect(partly.contributionsLessExpenditure.value).toBeNull();
    expect(partly.contributionsLessExpenditure.figureIds).toEqual(['c']);
    expect(yearResult(2019, {}).contributionsLessExpenditure.value).toBeNull();
  });

  it('keeps the qualifiers: part of a year of contributions makes the difference a lower bound', () => {
    const r = yearResult(2024, {
      contributions: atLeast(41_000_000, ['c']),
      expenditure: exactQuantity(10_000_000, ['e']),
    });
    expect(r.contributionsLessExpenditure).toMatchObject({
      value: 31_000_000,
      bound: 'at_least',
      partialYear: true,
    });
  });

  it('gives an implied closing balance only when every line is known', () => {
    const lines = {
      opening_balance: exactQuantity(500, ['o']),
      contributions: exactQuantity(1_000, ['c']),
      other_income: exactQuantity(20, ['i']),
      expenditure: exactQuantity(700, ['e']),
      programme_support_costs: exactQuantity(90, ['p']),
    };
    expect(yearResult(2020, lines).impliedClosingBalance.value).toBe(730);
    expect(
      yearResult(2020, { ...lines, other_income: unknownQuantity() }).impliedClosingBalance.value,
    ).toBeNull();
  });
});

describe('reviewPack summary', () => {
  const figure = (id: string, year: number, metric: Figure['metric'], value: number): Figure => ({
    id,
    fund: 'vftc',
    year,
    metric,
    value,
    unit: 'usd_cents',
    status: metric === 'contributions' ? 'received' : null,
    precision: 'exact',
    period: 'calendar_year',
    periodStart: null,
    asOf: null,
    donor: null,
    country: null,
    countries: [],
    scope: null,
    session: null,
    attribution: 'direct',
    basis: 'reported',
    note: null,
    secondary: false,
    conflictsWith: [],
    sources: [
      {
        id: `s-${id}`,
        kind: 'official_report',
        title: 'Report',
        titleIs: 'published',
        symbol: null,
        locator: null,
        url: 'https://example.org',
        date: null,
        language: 'en',
        copyRead: null,
      },
    ],
  });

  it('names the latest year with both lines known, and counts what is recorded', () => {
    const pack = reviewPack({
      fund: 'vftc',
      from: 2019,
      to: 2021,
      backlog: [],
      figures: [
        figure('c19', 2019, 'contributions', 300),
        figure('e19', 2019, 'expenditure', 100),
        figure('c21', 2021, 'contributions', 500),
      ],
    });
    expect(pack.results.map((r) => r.contributionsLessExpenditure.value)).toEqual([200, null, null]);
    expect(pack.summary.latestResult).toMatchObject({
      year: 2019,
      difference: { value: 200, figureIds: ['c19', 'e19'] },
    });
    expect(pack.summary).toMatchObject({ linesRecorded: 3, linesTotal: 18, balancesRecorded: 0 });
    expect(pack.summary.latestContributions).toMatchObject({
      year: 2021,
      value: { value: 500, figureIds: ['c21'] },
    });
    // Every amount the summary gives is cited.
    for (const id of ['c19', 'e19']) expect(pack.citations[id]).toBeDefined();
  });

  it('says no result when no year has both lines, and gives the latest contributions instead', () => {
    const pack = reviewPack({
      fund: 'vftc',
      from: 2018,
      to: 2024,
      backlog: [],
      figures: [figure('c18', 2018, 'contributions', 120), figure('e20', 2020, 'expenditure', 50)],
    });
    expect(pack.summary.latestResult).toBeNull();
    expect(pack.results.every((r) => r.contributionsLessExpenditure.value === null)).toBe(true);
    expect(pack.summary.latestContributions).toMatchObject({ year: 2018, value: { value: 120 } });
  });
});
