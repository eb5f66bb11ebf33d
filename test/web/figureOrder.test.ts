// Figure tables list the newest figures first (web/components/FigureTable).

import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../web/format/figureOrder.js';

const fig = (id: string, year: number | null, asOf: string | null) => ({ id, year, asOf });

describe('newestFirst', () => {
  it('puts the latest year first, figures with no year last, then the latest as-of date first, undated last', () => {
    const figures = [
      fig('no-year-dated', null, '2022-09-14'),
      fig('2018', 2018, '2018-04-16'),
      fig('2020-undated', 2020, null),
      fig('2020-march', 2020, '2020-03-01'),
      fig('no-year-undated', null, null),
      fig('2024-nov', 2024, '2024-11-15'),
      fig('2020-dec', 2020, '2020-12-31'),
      fig('2020-year-only', 2020, '2020'),
    ];
    expect(newestFirst(figures).map((f) => f.id)).toEqual([
      '2024-nov',
      '2020-dec',
      '2020-march',
      '2020-year-only',
      '2020-undated',
      '2018',
      'no-year-dated',
      'no-year-undated',
    ]);
  });

  it('keeps the given order among figures of the same year and date, and does not change its input', () => {
    const figures = [fig('b', 2019, '2019-06'), fig('a', 2019, '2019-06'), fig('c', 2021, null)];
    const before = figures.map((f) => f.id);
    expect(newestFirst(figures).map((f) => f.id)).toEqual(['c', 'b', 'a']);
    expect(figures.map((f) => f.id)).toEqual(before);
  });
});
