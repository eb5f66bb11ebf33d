// States and their names in English and French come from the i18n-iso-countries package,
// not from hand-typed lists; data/entities.csv only adds what the package lacks.

import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));

export interface PackageState {
  iso3: string;
  nameEn: string;
  nameFr: string;
  /** Every name the package knows for it, in English and French. */
  names: string[];
}

export function packageStates(): PackageState[] {
  return Object.keys(countries.getAlpha3Codes())
    .sort()
    .map((iso3) => {
      const en = countries.getName(iso3, 'en', { select: 'all' }) ?? [];
      const fr = countries.getName(iso3, 'fr', { select: 'all' }) ?? [];
      return { iso3, nameEn: en[0] ?? iso3, nameFr: fr[0] ?? en[0] ?? iso3, names: [...en, ...fr] };
    });
}
