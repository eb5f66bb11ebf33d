import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../server/contract/schemas.js';
import { describeYearValue, figureQualifiers, formatFigureValue, formatQuantity } from '../../web/format/figures.js';
import { formatPartialDate } from '../../web/format/numbers.js';
import { createI18n } from '../../web/i18n/index.js';

const figure = (overrides: Partial<Figure>): Figure => ({
  id: 'vftc-001',
  fund: 'vftc',
  year: 1998,
  metric: 'contributions',
  value: 1_000_000_000,
  unit: 'usd_cents',
  status: 'pledged_and_received',
  precision: 'lower_bound',
  period: 'year_to_date',
  periodStart: null,
  asOf: '1998-11-26',
  donor: null,
  country: null,
  countries: [],
  scope: null,
  session: null,
  attribution: 'direct',
  basis: 'reported',
  note: null,
  secondary: false,
  sources: [{ id: 's', kind: 'press_release', title: 't', symbol: null, locator: null, url: 'https://example.org', date: null, language: 'en', titleIs: 'description' as const, copyRead: null }],
  conflictsWith: [],
  ...overrides,
});

describe.each([
  ['en', { lowerBound: '≥ US$10 million', rounded: '≈ US$1.2 million', exact: '$23,266,101', ytd: 'part of the year, to 26 November 1998', avg: 'average per year since 1988', cumul: 'cumulative since 2014', pledged: 'pledged (not known to be paid)', notStated: 'amount not stated', secondary: 'secondary source', disagree: 'sources disagree', unknown: 'unknown' }],
  ['fr', { lowerBound: '≥ 10 millions de dollars des États-Unis', rounded: '≈ 1,2 million de dollars des États-Unis', exact: '23 266 101 $US', ytd: 'partie de l’année, au 26 novembre 1998', avg: 'moyenne annuelle depuis 1988', cumul: 'cumul depuis 2014', pledged: 'annoncé (versement non confirmé)', notStated: 'montant non indiqué', secondary: 'source secondaire', disagree: 'les sources divergent', unknown: 'inconnu' }],
] as const)('figures read in %s', (lang, expected) => {
  // createI18n resolves once the language's messages (a chunk of their own in the app) are loaded.
  let t: TFunction;
  beforeAll(async () => {
    t = (await createI18n(lang)).t;
  });
  const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

  it('say "more than" and "about" where the source did, and exact amounts in full', () => {
    expect(spaces(formatFigureValue(figure({}), lang, t))).toBe(expected.lowerBound);
    expect(spaces(formatFigureValue(figure({ value: 120_000_000, precision: 'rounded' }), lang, t))).toBe(expected.rounded);
    expect(spaces(formatFigureValue(figure({ value: 2_326_610_100, precision: 'exact' }), lang, t))).toBe(expected.exact);
    expect(formatFigureValue(figure({ value: null, precision: 'exact' }), lang, t)).toBe(expected.notStated);
  });

  it('name the period, the status, a secondary source and a disagreement', () => {
    expect(figureQualifiers(figure({}), lang, t).map(spaces)).toContain(expected.ytd);
    expect(figureQualifiers(figure({ period: 'multi_year_average', periodStart: 1988, precision: 'rounded' }), lang, t)).toContain(expected.avg);
    expect(figureQualifiers(figure({ period: 'cumulative', periodStart: 2014, metric: 'delegates', unit: 'count', status: null }), lang, t)).toContain(expected.cumul);
    expect(figureQualifiers(figure({ status: 'pledged' }), lang, t)).toContain(expected.pledged);
    const flagged = figureQualifiers(figure({ secondary: true, conflictsWith: ['vftc-002'] }), lang, t);
    expect(flagged).toContain(expected.secondary);
    expect(flagged).toContain(expected.disagree);
  });

  it('say "unknown" for an unknown computed value, never 0', () => {
    expect(formatQuantity({ value: null, bound: 'exact', approximate: false }, 'usd_cents', lang, t)).toBe(expected.unknown);
    const unknownCell = { value: null, bound: 'exact' as const, approximate: false, figureIds: [], sourcesDisagree: false };
    expect(describeYearValue(unknownCell, 'usd_cents', new Map(), lang, t).value).toBe(expected.unknown);
  });
});

describe('dates', () => {
  it('keep only the precision the source gives', () => {
    expect(formatPartialDate('2017', 'en')).toBe('2017');
    expect(formatPartialDate('2017-07', 'en')).toBe('July 2017');
    expect(formatPartialDate('2017-07-31', 'fr')).toBe('31 juillet 2017');
  });
});
