// Which figures a brief writes out (server/domain/statements/shown.ts): the newest of each section,
// each figure's section decided from all the State's figures, shown or not.

import { describe, expect, it } from 'vitest';
import { chooseShownFigures, type FigureHead } from '../../server/domain/statements/index.js';

const head = (id: string, year: number, extra: Partial<FigureHead> = {}): FigureHead => ({
  id,
  fund: 'ldc-sids',
  metric: 'delegates',
  period: 'session',
  session: `HRC${year - 1970}`,
  year,
  basis: 'reported',
  asOf: null,
  attribution: 'direct',
  role: 'beneficiary',
  countryCount: 1,
  ...extra,
});

describe('chooseShownFigures', () => {
  it('keeps the newest of each section and counts the rest, section by section', () => {
    const own = Array.from({ length: 5 }, (_, i) => head(`own-${i}`, 2000 + i));
    const unconfirmed = Array.from({ length: 3 }, (_, i) => head(`ctx-${i}`, 2010 + i, { attribution: 'unconfirmed' }));
    const donor = [head('donor-1', 1990, { role: 'donor', countryCount: 0 })];
    const shown = chooseShownFigures([...own, ...unconfirmed, ...donor], 2);
    expect(new Set(shown.ids)).toEqual(new Set(['own-4', 'own-3', 'ctx-2', 'ctx-1']));
    // The donor figure is the State's own record too: the oldest of that section, left out.
    expect(shown.notShown).toEqual({ sentences: 4, context: 1 });
  });

  it('puts a shared total in context when the State’s own count of the occasion is recorded, even if that count is not shown', () => {
    const ownOld = head('own-old', 2001);
    const newer = Array.from({ length: 3 }, (_, i) => head(`own-${i}`, 2010 + i));
    // The same occasion as own-old, shared with other States: context, though own-old is not written out.
    const shared = head('shared', 2001, { countryCount: 4 });
    const shown = chooseShownFigures([ownOld, ...newer, shared], 3);
    expect(shown.ids).not.toContain('own-old');
    expect(shown.ids).toContain('shared');
    expect(shown.own.has(['ldc-sids', 'delegates', 'session', 'HRC31', 2001, 'reported'].join('|'))).toBe(true);
    expect(shown.notShown).toEqual({ sentences: 1, context: 0 });
  });

  it('orders by year, then as-of date, then id, newest first; no year last', () => {
    const heads = [head('a', 2005, { asOf: '2005-01-01' }), head('b', 2005, { asOf: '2005-06-30' }), head('c', 2005, { asOf: '2005-06-30' }), { ...head('d', 2000), year: null }];
    expect(chooseShownFigures(heads, 3).ids).toEqual(['c', 'b', 'a']);
  });
});
