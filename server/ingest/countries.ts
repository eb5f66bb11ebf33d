// States and their names in English and French come from the i18n-iso-countries package,
// not from hand-typed lists; data/entities.csv only adds what the package lacks.

import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));

export interface PackageState {
  iso3: string;
  nameEn: string;
  nameFr: string;
  /** Every name the package knows for it, in English and French. */
  names: string[];
  /** A Member State of the United Nations, as world-countries records membership. */
  unMember: boolean;
}

/**
 * The 193 Member States' ISO3 codes (world-countries' `unMember`). world-countries 5.1.0 also marks
 * the Holy See as a member; it is a non-member observer State, so it is left out here (a test holds
 * the count at 193, so a package update that changes membership is noticed).
 */
const NON_MEMBER_OBSERVER_STATES = new Set(['VAT']);
export const UN_MEMBER_ISO3: ReadonlySet<string> = new Set(
  worldCountries.filter((c) => c.unMember && !NON_MEMBER_OBSERVER_STATES.has(c.cca3)).map((c) => c.cca3),
);

export function packageStates(): PackageState[] {
  return Object.keys(countries.getAlpha3Codes())
    .sort()
    .map((iso3) => {
      const en = countries.getName(iso3, 'en', { select: 'all' }) ?? [];
      const fr = countries.getName(iso3, 'fr', { select: 'all' }) ?? [];
      return { iso3, nameEn: en[0] ?? iso3, nameFr: fr[0] ?? en[0] ?? iso3, names: [...en, ...fr], unMember: UN_MEMBER_ISO3.has(iso3) };
    });
}
