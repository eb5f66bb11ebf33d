// The brief's input and output.

import type { Figure } from '../../contract/schemas.js';

export type StatementLang = 'en' | 'fr';

export interface StatementCountry {
  iso3: string;
  name: { en: string; fr: string };
}

export interface StatementFund {
  id: string;
  name: { en: string; fr: string };
  shortName: { en: string; fr: string };
}

export interface StatementInput {
  country: StatementCountry;
  lang: StatementLang;
  figures: Figure[];
  funds: StatementFund[];
}

export interface StatementSentence {
  text: string;
  figureIds: string[];
  sources: Figure['sources'];
}
