// State names and fund names with their articles, as a sentence needs them in English or French:
// "the Netherlands", "les Maldives", "du Danemark", "le Fonds PMA/PEID".

import type { StatementCountry, StatementLang } from './types.js';
import { stateFormsEn, stateFormsFr, type StateForms } from '../../contract/stateNames.js';

// The State-name grammar is shared with the web (server/contract/stateNames.ts).
export { stateFormsEn, stateFormsFr, type StateForms };

export const stateForms = (country: StatementCountry, lang: StatementLang): StateForms =>
  lang === 'en' ? stateFormsEn(country.name.en) : stateFormsFr(country.name.fr);

// Fund names with their articles are shared with the web too (server/contract/stateNames.ts).
export { fundForms, type FundForms } from '../../contract/stateNames.js';

// ---- sessions ----------------------------------------------------------------------------------
