import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EntityRef, Figure } from '../../server/contract/schemas.js';
import {
  beneficiaryCounts,
  colourSteps,
  isKnownIso3,
  mapValues,
  numericToIso3,
  sortedStates,
  stepOf,
  summarizeSupport,
} from '../../web/charts/WorldMap/mapData.js';
import { loadCountryNames, packageStateName } from '../../web/i18n/names.js';
import { centsToDollarsText, csvFilename, toCsv } from '../../web/format/csv.js';

const state = (iso3: string, en: string, fr = en): EntityRef => ({ id: iso3, iso3, kind: 'state', name: { en, fr } });
const MDV = state('MDV', 'Maldives');
const BEN = state('BEN', 'Benin', 'Bénin');
const GEO = state('GEO', 'Georgia', 'Géorgie');

const figure = (overrides: Partial<Figure>): Figure => ({
  id: 'ldc-sids-001',
  fund: 'ldc-sids',
  year: 2021,
  metric: 'delegates',
  value: 1,
  unit: 'count',
  status: null,
  precision: 'exact',
  period: 'session',
  periodStart: null,
  asOf: null,
  donor: null,
  country: null,
  countries: [],
  scope: null,
  session: 'HRC48',
  attribution: 'direct',
  basis: 'reported',
  note: null,
  secondary: false,
  sources: [{ id: 'src-a', kind: 'ohchr_page', title: 'A page', symbol: null, locator: null, url: 'https://example.org/a', date: null, language: 'en', titleIs: 'description' as const, copyRead: null }],
  conflictsWith: [],
  ...overrides,
});

const source = (id: string) => ({ id, kind: 'ohchr_page' as const, title: id, symbol: null, locator: null, url: `https://example.org/${id}`, date: null, language: 'en', titleIs: 'description' as const, copyRead: null });

const FIGURES: Figure[] = [
  // 16 delegates from two named States together: one figure for each, its 16 never split or added.
  figure({ id: 'ldc-sids-041', value: 16, countries: [BEN, MDV], sources: [source('s1')] }),
  figure({ id: 'ldc-sids-047', value: 1, countries: [MDV], sources: [source('s1')] }),
  figure({ id: 'ldc-sids-010', value: null, year: 2015, period: 'year_to_date', countries: [MDV, BEN], sources: [source('s2')] }),
  figure({ id: 'vftc-030', fund: 'vftc', metric: 'projects', value: 3, countries: [GEO], sources: [source('s3'), source('s1')] }),
  // Not about any State: a fund-level total and a donor's pledge.
  figure({ id: 'ldc-sids-100', value: 300, countries: [], scope: 'all LDCs/SIDS' }),
  figure({ id: 'ldc-sids-018', metric: 'contributions', unit: 'usd_cents', value: 16_000_000, donor: state('DNK', 'Denmark'), countries: [] }),
];

describe('beneficiaryCounts', () => {
  const counts = beneficiaryCounts(FIGURES);

  it('counts each figure once for every State it names, and never adds the figures’ numbers', () => {
    expect(counts.get('MDV')?.figures).toBe(3);
    expect(counts.get('BEN')?.figures).toBe(2);
    expect(counts.get('GEO')?.figures).toBe(1);
    // 16 + 1 delegates would be 17; a project count of 3 would be 3: neither appears.
    for (const entry of counts.values()) expect(entry.figures).toBeLessThanOrEqual(FIGURES.length);
    expect(Object.keys(counts.get('MDV') ?? {})).not.toContain('value');
  });

  it('leaves States no figure names out, rather than giving them 0', () => {
    expect(counts.has('DNK')).toBe(false); // a donor is not a beneficiary
    expect(counts.has('FRA')).toBe(false);
    expect([...counts.keys()].sort()).toEqual(['BEN', 'GEO', 'MDV']);
    expect(mapValues(counts).has('FRA')).toBe(false);
  });

  it('splits by fund, with no entry for a fund that names the State nowhere', () => {
    expect(counts.get('MDV')?.byFund).toEqual({ 'ldc-sids': 3 });
    expect(counts.get('GEO')?.byFund).toEqual({ vftc: 1 });
    expect(mapValues(counts, 'vftc')).toEqual(new Map([['GEO', 1]]));
    expect(mapValues(counts, 'upr-implementation').size).toBe(0);
    expect(mapValues(counts)).toEqual(new Map([['BEN', 2], ['MDV', 3], ['GEO', 1]]));
  });

  it('keeps which figures name the State alone, their ids and their sources once each', () => {
    const mdv = counts.get('MDV');
    expect(mdv?.alone).toBe(1);
    expect(mdv?.figureIds).toEqual(['ldc-sids-010', 'ldc-sids-041', 'ldc-sids-047']);
    expect(mdv?.sources.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(counts.get('GEO')?.sources).toEqual([
      { id: 's3', url: 'https://example.org/s3' },
      { id: 's1', url: 'https://example.org/s1' },
    ]);
  });

  it('counts a figure listed twice, or naming a State twice, once', () => {
    const twice = beneficiaryCounts([FIGURES[1] as Figure, FIGURES[1] as Figure, figure({ id: 'x', countries: [GEO, GEO] })]);
    expect(twice.get('MDV')?.figures).toBe(1);
    expect(twice.get('GEO')?.figures).toBe(1);
    expect(twice.get('GEO')?.alone).toBe(1);
  });

  it('ignores entities that are not States', () => {
    const region: EntityRef = { id: 'pacific', iso3: null, kind: 'region', name: { en: 'Pacific', fr: 'Pacifique' } };
    expect(beneficiaryCounts([figure({ countries: [region] })]).size).toBe(0);
  });

  it('sorts States by their name in the reader’s language', () => {
    expect(sortedStates(counts, 'en').map((s) => s.iso3)).toEqual(['BEN', 'GEO', 'MDV']);
    expect(sortedStates(counts, 'fr').map((s) => s.name.fr)).toEqual(['Bénin', 'Géorgie', 'Maldives']);
  });
});

describe('summarizeSupport', () => {
  it('counts States and distinct figures, and names a fund only when it has strictly the most', () => {
    expect(summarizeSupport(FIGURES)).toEqual({ states: 3, figures: 4, figuresByFund: { 'ldc-sids': 3, vftc: 1 }, leadingFund: 'ldc-sids' });
    const tie = summarizeSupport([FIGURES[1] as Figure, FIGURES[3] as Figure]);
    expect(tie.leadingFund).toBeNull();
    expect(summarizeSupport([])).toEqual({ states: 0, figures: 0, figuresByFund: {}, leadingFund: null });
  });
});

describe('colour steps', () => {
  it('cover 1…max in at most four whole-number steps', () => {
    expect(colourSteps(0)).toEqual([]);
    expect(colourSteps(3)).toEqual([{ from: 1, to: 1 }, { from: 2, to: 2 }, { from: 3, to: 3 }]);
    expect(colourSteps(5)).toEqual([{ from: 1, to: 1 }, { from: 2, to: 2 }, { from: 3, to: 3 }, { from: 4, to: 5 }]);
    expect(colourSteps(20)).toEqual([{ from: 1, to: 5 }, { from: 6, to: 10 }, { from: 11, to: 15 }, { from: 16, to: 20 }]);
  });

  it('place a value in its step, and no value in none', () => {
    const steps = colourSteps(5);
    expect(stepOf(undefined, steps)).toBe(-1);
    expect(stepOf(0, steps)).toBe(-1);
    expect(stepOf(1, steps)).toBe(0);
    expect(stepOf(5, steps)).toBe(3);
  });
});

describe('ISO codes', () => {
  it('maps world-atlas numeric ids to alpha-3, and knows the codes it cannot map', async () => {
    await loadCountryNames('fr'); // the app loads a language's State names with its messages
    expect(numericToIso3('462')).toBe('MDV');
    expect(numericToIso3('036')).toBe('AUS');
    expect(numericToIso3(undefined)).toBeNull();
    expect(isKnownIso3('DNK')).toBe(true);
    expect(isKnownIso3('XXX')).toBe(false);
    expect(packageStateName('DNK', 'fr')).toBe('Danemark');
  });
});

describe('toCsv', () => {
  const columns = [
    { header: 'State', value: (r: { name: string; n: number | null }) => r.name },
    { header: 'Count', value: (r: { name: string; n: number | null }) => r.n },
  ];

  it('writes a header, exact rows and final comment lines, every field quoted, CRLF-terminated', () => {
    const text = toCsv([{ name: 'Maldives', n: 3 }, { name: 'Benin', n: null }], columns, { comments: ['Counts are numbers of figures'] });
    expect(text).toBe('"State","Count"\r\n"Maldives","3"\r\n"Benin",""\r\n"# Counts are numbers of figures"\r\n');
  });

  it('quotes commas, quotes and line breaks, and reads back to the same cells', () => {
    const rows = [
      { name: 'Bolivia (Plurinational State of), the', n: 1 },
      { name: 'Côte d’Ivoire "CIV"', n: 2 },
      { name: 'two\nlines', n: 3 },
    ];
    const text = toCsv(rows, columns, { comments: ['a, comment'] });
    expect(text).toContain('"Bolivia (Plurinational State of), the","1"');
    expect(text).toContain('"Côte d’Ivoire ""CIV""","2"');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([['State', 'Count'], ...rows.map((r) => [r.name, String(r.n)]), ['# a, comment']]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const text = toCsv([{ name: '=HYPERLINK("x")', n: 1 }], columns);
    expect(text.split('\r\n')[1]).toBe('"\'=HYPERLINK(""x"")","1"');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv([], columns)).toBe('"State","Count"\r\n');
  });
});

describe('CSV helpers', () => {
  it('writes cents as dollars the way data/ does', () => {
    expect(centsToDollarsText(16_000_000)).toBe('160000');
    expect(centsToDollarsText(120_000_050)).toBe('1200000.50');
    expect(centsToDollarsText(5)).toBe('0.05');
    expect(centsToDollarsText(0)).toBe('0');
  });

  it('makes safe file names', () => {
    expect(csvFilename('figures-MDV')).toBe('figures-MDV.csv');
    expect(csvFilename('états bénéficiaires')).toBe('etats-beneficiaires.csv');
    expect(csvFilename('///')).toBe('data.csv');
  });
});
