// What the Council asked of States, and what its Advisory Committee found, as sentences any
// delegation can quote: the same for every State, in English or French. The words are ours (the
// documents are cited, in French, by symbol and paragraph); each kind of call has one wording.

import type { CouncilCall } from '../../contract/schemas.js';
import type { CallKind } from '../../contract/vocabulary.js';
import { citation } from './brief.js';
import { formatPartialDate, NBSP } from './format.js';
import { fundForms } from './grammar.js';
import type { StatementFund, StatementLang } from './types.js';

export interface CallSentence {
  text: string;
  callId: string;
  sources: CouncilCall['source'][];
}

const RELEVANT_EN = 'the relevant United Nations funds for technical assistance and capacity-building in human rights';
/** "aux fonds …": French contracts "à les" (never written). */
const TO_RELEVANT_FR = "aux fonds des Nations Unies compétents pour l'assistance technique et le renforcement des capacités dans le domaine des droits de l'homme";

/** The act of each kind of call; `funds` names the funds when the paragraph does. */
const ACT: Record<StatementLang, Record<CallKind, (funds: string) => string>> = {
  en: {
    contribute_to_meet_demand: (funds) => `encouraged States and other donors to contribute to ${funds} to meet the growing demand for assistance`,
    contribute_especially_non_contributors: () =>
      `reaffirmed the continuing need to increase voluntary contributions to ${RELEVANT_EN}, and encouraged States, in particular those that have not yet done so, to contribute to them`,
    contribute: () => `reaffirmed the need to keep increasing voluntary contributions to ${RELEVANT_EN}, and called upon States to contribute to them`,
    continue_contributing: () =>
      `called upon States to continue contributing to ${RELEVANT_EN} and to the technical assistance programme of the Office of the High Commissioner`,
    reported_states_not_contributing: () =>
      'reported the remark of a non-governmental organization that many States do not contribute to the United Nations voluntary funds for technical assistance',
    increase_contributions: (funds) => `recommended that States, the international institutions concerned and other stakeholders increase their voluntary contributions to ${funds}`,
    contribute_regularly: (funds) => `recommended that States contribute regularly to ${funds} and, if possible, increase their contributions`,
  },
  fr: {
    contribute_to_meet_demand: (funds) => `a encouragé les États et les autres donateurs à contribuer ${funds} pour répondre à la demande croissante d'assistance`,
    contribute_especially_non_contributors: () =>
      `a réaffirmé la nécessité d'accroître les contributions volontaires ${TO_RELEVANT_FR}, et a encouragé les États, en particulier ceux qui ne l'ont pas encore fait, à y contribuer`,
    contribute: () => `a réaffirmé la nécessité de continuer d'accroître les contributions volontaires ${TO_RELEVANT_FR}, et a engagé les États à y contribuer`,
    continue_contributing: () =>
      `a engagé les États à continuer de contribuer ${TO_RELEVANT_FR} ainsi qu'au programme d'assistance technique du Haut-Commissariat`,
    reported_states_not_contributing: () =>
      "a rapporté la remarque d'une organisation non gouvernementale selon laquelle de nombreux États ne contribuent pas aux fonds de contributions volontaires des Nations Unies pour l'assistance technique",
    increase_contributions: (funds) => `a recommandé que les États, les institutions internationales concernées et les autres parties prenantes augmentent leurs contributions volontaires ${funds}`,
    contribute_regularly: (funds) => `a recommandé que les États contribuent régulièrement ${funds} et, si possible, augmentent leurs contributions`,
  },
};

/** "57/32" from "A/HRC/RES/57/32"; "A/HRC/43/31" stays a symbol. */
const resolutionNumber = (symbol: string | null) => /RES\/(\d+\/\d+)$/.exec(symbol ?? '')?.[1] ?? null;
const paragraphOf = (locator: string | null) => /(\d+)/.exec(locator ?? '')?.[1] ?? '';

function fundList(call: CouncilCall, funds: readonly StatementFund[], lang: StatementLang): string {
  const forms = call.funds.map((id) => fundForms(funds.find((f) => f.id === id)?.shortName[lang] ?? id, lang));
  if (lang === 'en') return forms.map((f) => f.the).join(' and ');
  // "au Fonds …" / "au Fonds … et au Fonds …"
  return forms.map((f) => f.to).join(' et ');
}

export function callSentence(call: CouncilCall, funds: readonly StatementFund[], lang: StatementLang): CallSentence {
  const date = formatPartialDate(call.adopted, lang);
  const para = paragraphOf(call.source.locator);
  const act = ACT[lang][call.call](fundList(call, funds, lang));
  const number = resolutionNumber(call.source.symbol);
  let lead: string;
  if (call.body === 'human_rights_council') {
    lead = lang === 'en'
      ? `In resolution ${number} of ${date} (paragraph ${para}), the Human Rights Council`
      : `Dans sa résolution ${number} du ${date} (paragraphe ${para}), le Conseil des droits de l'homme`;
  } else {
    lead = lang === 'en'
      ? `In its report ${call.source.symbol} (${date}, paragraph ${para}), the Human Rights Council Advisory Committee`
      : `Dans son rapport ${call.source.symbol} (${date}, paragraphe ${para}), le Comité consultatif du Conseil des droits de l'homme`;
  }
  const text = `${lead} ${act}. ${citation([call.source], lang)}`.replace(/ {2,}/g, ' ');
  return { text: lang === 'fr' ? text.replace(/ ([;:])/g, `${NBSP}$1`) : text, callId: call.id, sources: [call.source] };
}

/** Every call, newest first, once each: what any delegation can say of the funds. */
export function callSentences(calls: readonly CouncilCall[], funds: readonly StatementFund[], lang: StatementLang): CallSentence[] {
  const seen = new Set<string>();
  return calls.filter((c) => !seen.has(c.id) && seen.add(c.id)).map((c) => callSentence(c, funds, lang));
}
