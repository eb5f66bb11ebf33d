import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../server/contract/imports.js';
import { donorChoicesFor, mergeOffers, pageOf, unmatchedNames, type Candidate } from './preview.js';

const eu: Candidate = { id: 'eu', iso3: null, name: { en: 'European Union', fr: 'Union européenne' }, kind: 'intergovernmental' };
const ukc: Candidate = { id: 'uk-committee', iso3: null, name: { en: 'UK Committee for UNICEF', fr: 'Comité britannique' }, kind: 'private' };
const row = (line: number, donorName: string, candidates?: Candidate[]) => ({
  line,
  page: 2,
  donorName,
  donor: candidates ? null : { id: 'dnk', iso3: 'DNK', name: { en: 'Denmark', fr: 'Danemark' } },
  ...(candidates ? { candidates } : {}),
  valueCents: 100,
  state: candidates ? null : ('new' as const),
  figureId: null,
});
const result: ImportResult = {
  rows: [row(1, 'Denmark'), row(2, 'EU', [eu, ukc]), row(3, 'EU', [eu, ukc]), row(4, 'Nobody', [])],
  errors: [],
  reconciliation: null,
  committed: false,
  created: 0,
  existing: 0,
  sourceId: null,
};

describe('choosing donors for unmatched names', () => {
  it('lists each unmatched name once, only when there is something to choose', () => {
    expect(unmatchedNames(result)).toEqual([{ name: 'EU', candidates: [eu, ukc] }]);
  });

  it('keeps what was offered for a name once a choice has matched it', () => {
    const offers = mergeOffers({}, result);
    expect(Object.keys(offers)).toEqual(['EU']);
    const applied = { ...result, rows: result.rows.map((r) => (r.donorName === 'EU' ? { ...r, donor: eu, candidates: undefined } : r)) };
    expect(mergeOffers(offers, applied)).toEqual(offers);
  });

  it('sends only choices among the candidates offered for that name', () => {
    const offers = mergeOffers({}, result);
    expect(donorChoicesFor(offers, { EU: 'eu' })).toEqual([{ name: 'EU', donor: 'eu' }]);
    expect(donorChoicesFor(offers, { EU: '' })).toEqual([]);
    expect(donorChoicesFor(offers, { EU: 'dnk' })).toEqual([]);
    expect(donorChoicesFor(offers, { Denmark: 'eu' })).toEqual([]);
  });

  it('reads the page of a row from a PDF, and none from other formats', () => {
    expect(pageOf({ line: 1, page: 3 })).toBe(3);
    expect(pageOf({ line: 1 })).toBeNull();
  });
});
