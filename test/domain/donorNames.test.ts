import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { donorNameIndex, MAX_CANDIDATES, type DonorRecord } from '../../server/domain/donorNames.js';

const donor = (id: string, en: string, fr: string, kind: DonorRecord['kind'] = 'state'): DonorRecord => ({
  id,
  iso3: kind === 'state' ? id : null,
  kind,
  name: { en, fr },
});
const DONORS = [
  { donor: donor('GBR', 'United Kingdom', 'Royaume-Uni'), aliases: ['United Kingdom of Great Britain and Northern Ireland'] },
  { donor: donor('NLD', 'Netherlands (Kingdom of the)', 'Pays-Bas (Royaume des)'), aliases: ['Netherlands'] },
  { donor: donor('CIV', "Côte d'Ivoire", "Côte d'Ivoire"), aliases: [] },
  { donor: donor('KOR', 'Korea, Republic of', 'Corée, République de'), aliases: [] },
  { donor: donor('COG', 'Congo', 'Congo'), aliases: [] },
  { donor: donor('COD', 'Democratic Republic of the Congo', 'République démocratique du Congo'), aliases: [] },
  { donor: donor('european-union', 'European Union', 'Union européenne', 'intergovernmental'), aliases: [] },
  { donor: donor('x-one', 'Same Name Fund', 'Fonds un', 'private'), aliases: [] },
  { donor: donor('x-two', 'Same Name Fund', 'Fonds deux', 'private'), aliases: [] },
];
const index = donorNameIndex(DONORS);

describe('donorNameIndex', () => {
  it.each([
    ['Kingdom of the Netherlands', 'NLD'],
    ['Royaume des Pays-Bas', 'NLD'],
    ['Republic of Korea', 'KOR'],
    ['the United Kingdom', 'GBR'],
    ['Government of the United Kingdom', 'GBR'],
    ['Gouvernement du Royaume-Uni', 'GBR'],
    ['COTE D IVOIRE', 'CIV'],
  ])('matches "%s" exactly, in its UN or inverted form', (name, id) => {
    expect(index.match(name)).toMatchObject({ match: { id }, ambiguous: false, candidates: [] });
  });

  it('never matches on a part of a name: "Congo" is not the Democratic Republic of the Congo', () => {
    expect(index.match('Congo').match?.id).toBe('COG');
    expect(index.match('Democratic Republic').match).toBeNull();
  });

  it('gives a private body close to a State the State as a candidate, never as the match', () => {
    const result = index.match('United Kingdom Committee for UNICEF');
    expect(result.match).toBeNull();
    expect(result.ambiguous).toBe(false);
    expect(result.candidates[0]?.id).toBe('GBR');
  });

  it('reports a name shared by two donors as ambiguous, with both', () => {
    const result = index.match('Same Name Fund');
    expect(result).toMatchObject({ match: null, ambiguous: true });
    expect(result.candidates.map((c) => c.id).sort()).toEqual(['x-one', 'x-two']);
  });

  it('gives no candidate when no word is shared', () => {
    expect(index.match('Atlantis')).toEqual({ match: null, ambiguous: false, candidates: [] });
  });

  it(`gives at most ${MAX_CANDIDATES} candidates, closest first`, () => {
    const many = donorNameIndex(
      Array.from({ length: 12 }, (_, i) => ({ donor: donor(`d${i}`, `Alpha ${'Beta '.repeat(i)}Fund ${i}`, `Alpha ${i}`, 'private'), aliases: [] })),
    );
    const result = many.match('Alpha Fund');
    expect(result.candidates).toHaveLength(MAX_CANDIDATES);
    expect(result.candidates[0]?.id).toBe('d0');
  });
});

const KNOWN = DONORS.filter((d) => !d.donor.id.startsWith('x-')).flatMap((d) => [d.donor.name.en, d.donor.name.fr, ...d.aliases].map((name) => ({ name, id: d.donor.id })));
const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

describe('donorNameIndex, for any name', () => {
  it('matches regardless of case, accents and whitespace', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \n '),
        fc.boolean(),
        ({ name, id }, upper, space, plain) => {
          const cased = [...name].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
          const written = `${space}${(plain ? stripAccents(cased) : cased).split(' ').join(space)}${space}`;
          expect(index.match(written).match?.id).toBe(id);
        },
      ),
    );
  });

  it('never throws, and answers a match or at most five candidates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (name) => {
        const result = index.match(name);
        if (result.match) expect(result.candidates).toEqual([]);
        else expect(result.candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
      }),
    );
  });
});
