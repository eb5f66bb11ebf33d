// The statement brief: what the recorded figures say about one State, as donor and as beneficiary,
// written as sentences a delegation can quote in English or French. Pure: figures in, sentences out.
//
// Every qualifier a figure carries is said in words, never dropped: "more than" (lower bound),
// "about" (rounded), part of a year, cumulative since a year, an average per year, a session, a date
// the figure is stated as of, pledged rather than paid, a secondary source, sources that disagree.
// A number that several States share is never given as this State's own. Each sentence ends with its
// citation (symbol or title, locator, date).

import type { Figure } from '../routes/schemas.js';
import { withoutBidiControls } from './bidi.js';

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

const NBSP = '\u00a0';
const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

// ---- numbers, money, dates ---------------------------------------------------------------------

const LOCALE: Record<StatementLang, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Digits grouped the language's way: "160,000" / "160 000". */
export function formatNumber(value: number, lang: StatementLang, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * An amount in US dollars (from integer cents), without its precision word:
 * "US$160,000" / "160 000 dollars des États-Unis"; a round amount the source rounded reads as the
 * source said it: "US$1.2 million" / "1,2 million de dollars des États-Unis". Exact amounts in full.
 */
export function formatMoney(cents: number, precision: Figure['precision'], lang: StatementLang): string {
  const dollars = cents / 100;
  const compact = precision !== 'exact' && dollars >= 1_000_000 && dollars % 100_000 === 0;
  if (compact) {
    const amount = new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(dollars);
    return lang === 'en' ? `US$${amount}` : `${amount} de dollars des États-Unis`;
  }
  const amount = formatNumber(dollars, lang, cents % 100 === 0 ? 0 : 2);
  if (lang === 'en') return `US$${amount}`;
  return `${amount} ${Math.abs(dollars) < 2 ? 'dollar' : 'dollars'} des États-Unis`;
}

/** "2017-06-26" → "26 June 2017" / "26 juin 2017"; "2017-06" → "June 2017"; "2017" → "2017". */
export function formatPartialDate(date: string, lang: StatementLang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  if (m === undefined) return String(Number(y));
  const utc = new Date(Date.UTC(Number(y), Number(m) - 1, d === undefined ? 1 : Number(d)));
  if (d === undefined) return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc);
  const text = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
  // French writes the first day of a month as an ordinal: "1er juin 2017".
  return lang === 'fr' && Number(d) === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/** French "as at" a partial date: "au 26 juin 2017", "en juin 2017", "en 2017". */
export function frAt(date: string): string {
  return `${/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'au' : 'en'} ${formatPartialDate(date, 'fr')}`;
}

const PRECISION_WORD: Record<StatementLang, Record<Figure['precision'], string>> = {
  en: { exact: '', rounded: 'about ', lower_bound: 'more than ' },
  fr: { exact: '', rounded: 'environ ', lower_bound: 'plus de ' },
};

/** French "de" before a word: "d'environ", "de 160 000". */
const deFr = (text: string) => (/^[aeiouyàâäéèêëîïôöûüAEIOUYÀÂÉÈÊÎÔÛ]/.test(text) ? `d'${text}` : `de ${text}`);

/** The figure's number with its precision word: "more than US$10 million", "about 30", "plus de 410 000 …". */
function valueText(f: Figure, lang: StatementLang): string {
  if (f.value === null) return '';
  let number = f.unit === 'usd_cents' ? formatMoney(f.value, f.precision, lang) : formatNumber(f.value, lang);
  if (lang === 'fr') {
    // "un million", and "plus d'un million", as French writes them.
    number = number.replace(/^1 (million|milliard)\b/, 'un $1');
    if (f.precision === 'lower_bound') return `plus ${deFr(number)}`;
  }
  return PRECISION_WORD[lang][f.precision] + number;
}

/** Whether a count takes the plural noun: "1 delegate", "more than 1 delegates"; French "1 délégué", "2 délégués". */
function isPlural(f: Figure, lang: StatementLang): boolean {
  if (f.value === null) return true;
  return lang === 'en' ? f.value !== 1 || f.precision === 'lower_bound' : f.value >= 2;
}


// ---- State names -------------------------------------------------------------------------------

export interface StateForms {
  /** At the start of a sentence: "The Netherlands", "Le Danemark", "Les Maldives", "Madagascar". */
  subject: string;
  /** Inside a sentence, with its article: "the Netherlands", "le Danemark", "l'Angola". */
  plain: string;
  /** French "de" + the name: "du Danemark", "de la Gambie", "de l'Angola", "des Maldives", "d'Oman". English: "from" is written by the sentence. */
  of: string;
  /** Takes a plural verb (French "Les Maldives figurent"). English State names always take a singular verb. */
  plural: boolean;
  /** The name is not in the table of articles: the sentence uses a neutral structure. */
  neutral: boolean;
}

/** "Micronesia (Federated States of)" and "Moldova, Republic of" → "Federated States of Micronesia", "Republic of Moldova". */
function invertEn(name: string): string {
  const m = /^(.+?) \((.+ of)\)$/.exec(name) ?? /^(.+?), (.+ of)$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name;
}

/** "Micronésie (États fédérés de)" → "États fédérés de Micronésie"; "Iran (République islamique d')" → "République islamique d'Iran". */
function invertFr(name: string): string {
  const m = /^(.+?) \((.+?) ?(d'|de la|de l'|de|du|des)\)$/.exec(name);
  if (!m) return name;
  const [, head, body, prep] = m;
  return `${body} ${prep}${prep!.endsWith("'") ? '' : ' '}${head}`;
}

// United Nations English usage: these names take "the".
const EN_THE_EXACT = new Set([
  'Bahamas', 'Comoros', 'Congo', 'Gambia', 'Holy See', 'Marshall Islands', 'Netherlands', 'Niger', 'Philippines', 'Sudan',
  'Cook Islands', 'Russian Federation', 'Central African Republic', 'Czech Republic', 'Dominican Republic', 'Syrian Arab Republic',
  "Lao People's Democratic Republic", 'Holy See (Vatican City State)', 'Netherlands (Kingdom of the)',
]);
const EN_THE_PREFIX = /^(United |Republic |Republic of |State of |Kingdom of |Federated States |Democratic |Islamic Republic |Plurinational State |Bolivarian Republic |People's Republic )/;

export function stateFormsEn(name: string): StateForms {
  const text = invertEn(name.trim());
  if (/^the /i.test(text)) {
    const rest = text.slice(4);
    return { subject: `The ${rest}`, plain: `the ${rest}`, of: `the ${rest}`, plural: false, neutral: false };
  }
  const the = EN_THE_EXACT.has(text) || EN_THE_PREFIX.test(text);
  const plain = the ? `the ${text}` : text;
  return { subject: capitalize(plain), plain, of: plain, plural: false, neutral: false };
}

type FrArticle = 'le' | 'la' | 'l' | 'les' | '-';
const FR_TABLE: Record<FrArticle, string[]> = {
  le: [
    'Bangladesh', 'Bélarus', 'Belize', 'Bénin', 'Bhoutan', 'Botswana', 'Brésil', 'Brunei Darussalam', 'Brunéi Darussalam', 'Burkina Faso',
    'Burundi', 'Cabo Verde', 'Cambodge', 'Cameroun', 'Canada', 'Cap-Vert', 'Chili', 'Costa Rica', 'Danemark', 'Gabon', 'Ghana',
    'Guatemala', 'Guyana', 'Honduras', 'Japon', 'Kazakhstan', 'Kenya', 'Kirghizistan', 'Kosovo', 'Koweït', 'Laos', 'Lesotho', 'Liban',
    'Libéria', 'Liechtenstein', 'Luxembourg', 'Malawi', 'Mali', 'Maroc', 'Mexique', 'Monténégro', 'Mozambique', 'Myanmar', 'Népal',
    'Nicaragua', 'Niger', 'Nigéria', 'Pakistan', 'Panama', 'Paraguay', 'Pérou', 'Portugal', 'Qatar', 'Royaume-Uni',
    "Royaume d'Eswatini", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", 'Rwanda', 'Saint-Siège', 'Saint-Siège (Vatican)', 'Samoa',
    'Sénégal', 'Soudan', 'Soudan du Sud', 'Suriname', 'Tadjikistan', 'Tchad', 'Timor-Leste', 'Togo', 'Turkménistan', 'Vanuatu',
    'Venezuela', 'Viet Nam', 'Vietnam', 'Yémen', 'Zimbabwe',
  ],
  la: [
    'Barbade', 'Belgique', 'Biélorussie', 'Bolivie', 'Bosnie-Herzégovine', 'Bulgarie', 'Chine', 'Colombie', 'Corée du Nord', 'Corée du Sud',
    "Côte d'Ivoire", "Côte-d'Ivoire", 'Croatie', 'Dominique', 'Finlande', 'France', 'Gambie', 'Géorgie', 'Grèce', 'Grenade', 'Guinée',
    'Guinée-Bissau', 'Guinée équatoriale', 'Hongrie', 'Jamaïque', 'Jordanie', 'Lettonie', 'Libye', 'Lituanie', 'Macédoine du Nord',
    'Malaisie', 'Mauritanie', 'Micronésie', 'Moldavie', 'Mongolie', 'Namibie', 'Norvège', 'Nouvelle-Zélande', 'Palestine',
    'Papouasie-Nouvelle-Guinée', 'Pologne', 'Roumanie', 'Russie', 'Serbie', 'Sierra Leone', 'Slovaquie', 'Slovénie', 'Somalie', 'Suède',
    'Suisse', 'Syrie', 'Tanzanie', 'Tchéquie', 'Thaïlande', 'Trinité-et-Tobago', 'Tunisie', 'Turquie', 'Türkiye', 'Zambie',
  ],
  l: [
    'Afghanistan', 'Afrique du Sud', 'Albanie', 'Algérie', 'Allemagne', 'Andorre', 'Angola', 'Arabie Saoudite', 'Arabie saoudite',
    'Argentine', 'Arménie', 'Australie', 'Autriche', 'Azerbaïdjan', 'Égypte', 'Équateur', 'Érythrée', 'Espagne', 'Estonie', 'Eswatini',
    'Éthiopie', 'Inde', 'Indonésie', 'Irak', 'Iraq', 'Iran', 'Irlande', 'Islande', 'Italie', 'Ouganda', 'Ouzbékistan', 'Ukraine', 'Uruguay',
  ],
  les: [
    'Bahamas', 'Comores', 'Émirats Arabes Unis', 'Émirats arabes unis', 'États-Unis', "États-Unis d'Amérique", 'Fidji', 'Kiribati',
    'Maldives', 'Palaos', 'Pays-Bas', 'Philippines', 'Seychelles', 'Tonga', 'Tuvalu',
  ],
  '-': [
    'Antigua-et-Barbuda', 'Bahreïn', 'Chypre', 'Cuba', 'Djibouti', 'El Salvador', 'Haïti', 'Israël', 'Madagascar', 'Malte', 'Maurice',
    'Monaco', 'Nauru', 'Niué', 'Oman', 'Sainte-Lucie', 'Saint-Christophe-et-Niévès', 'Saint-Kitts-et-Nevis', 'Saint-Marin',
    'Saint-Vincent-et-les-Grenadines', 'Saint-Vincent-et-les Grenadines', 'Sao Tomé-et-Principe', 'São Tomé-et-Principe', 'Singapour',
    'Sri Lanka',
  ],
};
const FR_ARTICLE = new Map<string, FrArticle>(
  (Object.entries(FR_TABLE) as [FrArticle, string[]][]).flatMap(([article, names]) => names.map((n) => [n, article] as const)),
);

function frArticle(text: string): FrArticle | null {
  const known = FR_ARTICLE.get(text);
  if (known) return known;
  if (/^République[ -]/.test(text) || /^Fédération /.test(text)) return 'la';
  if (/^(État|Etat) /.test(text)) return 'l';
  if (/^(Îles|États|Etats) /.test(text)) return 'les';
  if (/^Royaume[ -]/.test(text)) return 'le';
  return null;
}

export function stateFormsFr(name: string): StateForms {
  const text = invertFr(name.trim());
  const article = frArticle(text);
  if (article === null) {
    // Not in the table: no article is guessed; the name stands in apposition to a noun whose article is known.
    const plain = `l'État concerné (${text})`;
    return { subject: capitalize(plain), plain, of: `de ${plain}`, plural: false, neutral: true };
  }
  const forms: Record<FrArticle, { plain: string; of: string }> = {
    le: { plain: `le ${text}`, of: `du ${text}` },
    la: { plain: `la ${text}`, of: `de la ${text}` },
    l: { plain: `l'${text}`, of: `de l'${text}` },
    les: { plain: `les ${text}`, of: `des ${text}` },
    '-': { plain: text, of: /^[AEIOUYÉÈÊÂÎÔÛH]/.test(text) ? `d'${text}` : `de ${text}` },
  };
  const { plain, of } = forms[article];
  return { subject: capitalize(plain), plain, of, plural: article === 'les', neutral: false };
}

export const stateForms = (country: StatementCountry, lang: StatementLang): StateForms =>
  lang === 'en' ? stateFormsEn(country.name.en) : stateFormsFr(country.name.fr);

// ---- fund names --------------------------------------------------------------------------------

export interface FundForms {
  /** "the LDC/SIDS Trust Fund" / "le Fonds PMA/PEID". */
  the: string;
  /** "The LDC/SIDS Trust Fund" / "Le Fonds PMA/PEID". */
  The: string;
  /** French "au Fonds …" (English: "to the …"). */
  to: string;
  /** French "du Fonds …" (English: "of the …"). */
  of: string;
}

const FR_FEMININE_HEADS = /^(Caisse|Fondation|Facilité|Initiative)\b/;

export function fundForms(shortName: string, lang: StatementLang): FundForms {
  if (lang === 'en') {
    const the = /^the /i.test(shortName) ? `the ${shortName.slice(4)}` : `the ${shortName}`;
    return { the, The: capitalize(the), to: `to ${the}`, of: `of ${the}` };
  }
  if (/^[aeiouyàâéèêîôûAEIOUYÀÂÉÈÊÎÔÛ]/.test(shortName)) {
    return { the: `l'${shortName}`, The: `L'${shortName}`, to: `à l'${shortName}`, of: `de l'${shortName}` };
  }
  if (FR_FEMININE_HEADS.test(shortName)) {
    return { the: `la ${shortName}`, The: `La ${shortName}`, to: `à la ${shortName}`, of: `de la ${shortName}` };
  }
  // "Fonds …", "Programme …": masculine.
  return { the: `le ${shortName}`, The: `Le ${shortName}`, to: `au ${shortName}`, of: `du ${shortName}` };
}

// ---- sessions ----------------------------------------------------------------------------------

type SessionInfo = { kind: 'hrc'; n: number } | { kind: 'board'; n: number } | { kind: 'other'; raw: string } | { kind: 'none' };

function sessionInfo(session: string | null): SessionInfo {
  if (!session) return { kind: 'none' };
  const hrc = /^HRC\s*(\d+)$/i.exec(session.trim());
  if (hrc) return { kind: 'hrc', n: Number(hrc[1]) };
  const board = /\bBoard\s*(\d+)$/i.exec(session.trim());
  if (board) return { kind: 'board', n: Number(board[1]) };
  return { kind: 'other', raw: session.trim() };
}

export function ordinal(n: number, lang: StatementLang): string {
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

function sessionName(info: SessionInfo, F: FundForms, lang: StatementLang): string {
  if (lang === 'en') {
    switch (info.kind) {
      case 'hrc':
        return `the ${ordinal(info.n, 'en')} session of the Human Rights Council`;
      case 'board':
        return `the ${ordinal(info.n, 'en')} session of the Board of Trustees ${F.of}`;
      case 'other':
        return `the ${info.raw} session`;
      case 'none':
        return 'a session the source does not name';
    }
  }
  switch (info.kind) {
    case 'hrc':
      return `la ${ordinal(info.n, 'fr')} session du Conseil des droits de l'homme`;
    case 'board':
      return `la ${ordinal(info.n, 'fr')} session du Conseil d'administration ${F.of}`;
    case 'other':
      return `la session ${info.raw}`;
    case 'none':
      return 'une session que la source ne nomme pas';
  }
}

// ---- when: the period, the year and the as-of date in words -------------------------------------

interface When {
  /** Words that go in the sentence: "in 2017", "cumulatively since 2014", "at the 48th session …, in 2021". */
  main: string;
  /** Words that go in the sentence's parenthesis: "as of 16 April 2018". */
  notes: string[];
}

/**
 * `presence`: the figure has no number, so "cumulatively" would mean nothing: "in the period since 2013".
 */
function when(f: Figure, F: FundForms, lang: StatementLang, presence: boolean): When {
  const date = (d: string) => formatPartialDate(d, lang);
  const several = f.sources.length > 1;
  const en = lang === 'en';
  const notStated = en ? `the source${several ? 's do' : ' does'} not state` : `que la source ne précise pas`;
  const notStatedFr = several ? 'que les sources ne précisent pas' : notStated;
  const unknownYear = en ? `in a year ${notStated}` : `au cours d'une année ${notStatedFr}`;
  const inYear = (y: number) => (en ? `in ${y}` : `en ${y}`);
  const asOfNote = (d: string) => (en ? `as of ${date(d)}` : `situation ${frAt(d)}`);

  switch (f.period) {
    case 'calendar_year':
      return { main: f.year !== null ? inYear(f.year) : unknownYear, notes: f.asOf ? [asOfNote(f.asOf)] : [] };
    case 'year_to_date': {
      const year = f.year !== null ? inYear(f.year) : en ? `in part of a year ${notStated}` : `sur une partie d'une année ${notStatedFr}`;
      if (f.asOf) return { main: `${year}, ${en ? `as of ${date(f.asOf)}` : frAt(f.asOf)}`, notes: [] };
      return { main: year, notes: [en ? 'part of the year only, up to a date not stated' : "une partie de l'année seulement, jusqu'à une date non précisée"] };
    }
    case 'cumulative': {
      const start = f.periodStart;
      const main = en
        ? presence
          ? start !== null
            ? `in the period since ${start}`
            : 'since the Fund began'
          : start !== null
            ? `cumulatively since ${start}`
            : 'cumulatively since the Fund began'
        : presence
          ? start !== null
            ? `sur la période écoulée depuis ${start}`
            : 'depuis la création du Fonds'
          : start !== null
            ? `au total depuis ${start}`
            : 'au total depuis la création du Fonds';
      return { main, notes: [f.asOf ? asOfNote(f.asOf) : en ? 'the as-of date is not stated' : 'date de situation non précisée'] };
    }
    case 'multi_year_average': {
      const start = f.periodStart;
      const main = en
        ? start !== null
          ? `on average per year since ${start}`
          : `on average per year over a period ${notStated}`
        : start !== null
          ? `en moyenne par an depuis ${start}`
          : `en moyenne par an sur une période ${notStatedFr}`;
      const notes = [f.asOf ? asOfNote(f.asOf) : en ? 'the as-of date is not stated' : 'date de situation non précisée'];
      notes.push(en ? 'not the amount of any single year' : "il ne s'agit du montant d'aucune année en particulier");
      return { main, notes };
    }
    case 'session': {
      const at = `${en ? 'at' : 'à'} ${sessionName(sessionInfo(f.session), F, lang)}`;
      return { main: f.year !== null ? `${at}, ${inYear(f.year)}` : at, notes: f.asOf ? [asOfNote(f.asOf)] : [] };
    }
    case 'point_in_time': {
      if (f.asOf) return { main: en ? `as of ${date(f.asOf)}` : frAt(f.asOf), notes: [] };
      if (f.year !== null) return { main: inYear(f.year), notes: [] };
      return { main: en ? `on a date ${notStated}` : `à une date ${notStatedFr}`, notes: [] };
    }
  }
}

const withNotes = (w: When, extra: string[] = [], lang: StatementLang): string => {
  const notes = [...w.notes, ...extra];
  return `${w.main}${notes.length ? ` (${notes.join(lang === 'fr' ? `${NBSP}; ` : '; ')})` : ''}`;
};

// ---- the sentences -----------------------------------------------------------------------------

interface Ctx {
  f: Figure;
  lang: StatementLang;
  S: StateForms;
  F: FundForms;
  /** Number of States the figure names. */
  k: number;
  /** Phrase for the period, its notes included; `extra` adds notes to the same parenthesis. */
  w: (extra?: string[], presence?: boolean) => string;
  V: string;
}

const METRIC_LABEL: Record<StatementLang, Record<Figure['metric'], string>> = {
  en: {
    contributions: 'contributions',
    expenditure: 'expenditure',
    requirement: 'funding requirements',
    opening_balance: 'the opening balance',
    closing_balance: 'the closing balance',
    programme_support_costs: 'programme support costs',
    funds_allocated: 'funds allocated to projects',
    other_income: 'other income',
    number_of_donors: 'the number of donors',
    new_donors: 'new donors',
    delegates: 'delegates',
    fellows: 'fellows',
    participants: 'delegates and fellows',
    projects: 'projects',
    project_proposals: 'project proposals',
    countries_supported: 'countries supported',
    trainings: 'training events and workshops',
  },
  fr: {
    contributions: 'les contributions',
    expenditure: 'les dépenses',
    requirement: 'les besoins de financement',
    opening_balance: "le solde d'ouverture",
    closing_balance: 'le solde de clôture',
    programme_support_costs: "les dépenses d'appui aux programmes",
    funds_allocated: 'les fonds alloués à des projets',
    other_income: 'les autres recettes',
    number_of_donors: 'le nombre de donateurs',
    new_donors: 'les nouveaux donateurs',
    delegates: 'les délégués',
    fellows: 'les boursiers',
    participants: 'les délégués et boursiers',
    projects: 'les projets',
    project_proposals: 'les propositions de projet',
    countries_supported: 'les pays aidés',
    trainings: 'les formations et ateliers',
  },
};

const STATUS_NOTE: Record<StatementLang, Record<NonNullable<Figure['status']>, string>> = {
  en: {
    received: 'received',
    pledged: 'pledged',
    pledged_and_received: 'contributions and pledges combined',
    unspecified: 'the source does not say whether paid or pledged',
  },
  fr: {
    received: 'montant versé',
    pledged: 'montant annoncé',
    pledged_and_received: 'versements et annonces confondus',
    unspecified: "la source ne précise pas s'il s'agit de versements ou d'annonces",
  },
};

// English ---------------------------------------------------------------------------------------

function donorEn(c: Ctx): string {
  const { f, S, F, V, w } = c;
  const none = f.value === null;
  if (f.metric !== 'contributions') {
    const status = f.status ? [STATUS_NOTE.en[f.status]] : [];
    return none
      ? `${S.subject} is named as the donor in a record ${F.of} on ${METRIC_LABEL.en[f.metric]} ${w([...status, 'amount not stated'], true)}`
      : `${S.subject} is named as the donor in a record ${F.of} on ${METRIC_LABEL.en[f.metric]}: ${V} ${w(status)}`;
  }
  switch (f.status ?? 'unspecified') {
    case 'received':
      return none
        ? `${S.subject} made financial contributions ${F.to} ${w(['amount not stated'], true)}`
        : `${S.subject} contributed ${V} ${F.to} ${w()}`;
    case 'pledged':
      return none ? `${S.subject} announced a pledge ${F.to} ${w(['amount not stated'], true)}` : `${S.subject} pledged ${V} ${F.to} ${w()}`;
    case 'pledged_and_received':
      return none
        ? `${S.subject} is listed among the donors ${F.to} ${w(['contributions and pledges combined', 'amount not stated'], true)}`
        : `${S.subject} is recorded with ${V} in contributions and pledges combined ${F.to} ${w()}`;
    case 'unspecified':
      return none
        ? `${S.subject} is listed among the donors ${F.to} ${w(['amount not stated'], true)}`
        : `${S.subject} is recorded as a donor ${F.to} ${w()}, with contributions of ${V} (the source does not say whether paid or pledged)`;
  }
}

function totalTailEn(c: Ctx, noun: string): string {
  return `: ${c.V} ${noun} in all, a total for all the States concerned, not the number for ${c.S.plain}`;
}

function beneficiaryEn(c: Ctx): string {
  const { f, S, F, V, w, k } = c;
  const none = f.value === null;
  const many = k > 1;
  const plural = isPlural(f, 'en');
  const session = sessionInfo(f.session);
  const yearPart = f.year !== null ? `, in ${f.year}` : '';
  const notStated = 'number not stated';

  switch (f.metric) {
    case 'delegates':
    case 'fellows':
    case 'participants': {
      const [one, some] =
        f.metric === 'delegates'
          ? ['delegate', 'delegates']
          : f.metric === 'fellows'
            ? ['fellow', 'fellows']
            : ['participant (delegates and fellows combined)', 'participants (delegates and fellows combined)'];
      const shortPlural = f.metric === 'participants' ? 'delegates and fellows' : some;
      if (many) {
        return none
          ? `${S.subject} is among the ${k} States named for the ${shortPlural} whose participation ${F.the} supported ${w([notStated])}`
          : `${S.subject} is among the ${k} States named for the ${shortPlural} whose participation ${F.the} supported ${w()}${totalTailEn(c, plural ? some : one)}`;
      }
      return none
        ? `${F.The} supported the participation of ${shortPlural} from ${S.plain} ${w([notStated])}`
        : `${F.The} supported the participation of ${V} ${plural ? some : one} from ${S.plain} ${w()}`;
    }
    case 'projects': {
      const noun = plural ? 'projects' : 'project';
      if (f.period === 'session' && session.kind === 'board') {
        const at = `at its ${ordinal(session.n, 'en')} session${yearPart}`;
        const yearNote = f.year !== null ? ['the year is that of the Board session, not necessarily of the project'] : [];
        const notes = (extra: string[]) => {
          const all = [...(f.asOf ? [`as of ${formatPartialDate(f.asOf, 'en')}`] : []), ...extra, ...yearNote];
          return all.length ? ` (${all.join('; ')})` : '';
        };
        if (many) {
          return none
            ? `${S.subject} is among the ${k} States named for the projects before the Board of Trustees ${F.of} for review ${at}${notes([notStated])}`
            : `${S.subject} is among the ${k} States named for the projects before the Board of Trustees ${F.of} for review ${at}${notes([])}${totalTailEn(c, noun)}`;
        }
        return none
          ? `The Board of Trustees ${F.of} had before it for review projects concerning ${S.plain} ${at}${notes([notStated])}`
          : `The Board of Trustees ${F.of} had before it for review ${V} ${noun} concerning ${S.plain} ${at}${notes([])}`;
      }
      if (many) {
        return none
          ? `${S.subject} is among the ${k} States named for projects supported by ${F.the} ${w([notStated], true)}`
          : `${S.subject} is among the ${k} States named for projects supported by ${F.the} ${w()}${totalTailEn(c, noun)}`;
      }
      return none
        ? `${S.subject} is named among the countries with projects supported by ${F.the} ${w(['number of projects not stated'], true)}`
        : `${F.The} supported ${V} ${noun} concerning ${S.plain} ${w()}`;
    }
    case 'project_proposals': {
      const noun = plural ? 'project proposals' : 'project proposal';
      const board = f.period === 'session' && session.kind === 'board';
      const asOf = f.asOf ? [`as of ${formatPartialDate(f.asOf, 'en')}`] : [];
      const before = (extra: string[]) =>
        board
          ? `put before the Board of Trustees ${F.of} at its ${ordinal(session.n, 'en')} session${yearPart}${[...asOf, ...extra].length ? ` (${[...asOf, ...extra].join('; ')})` : ''}`
          : `submitted ${F.to} ${w(extra)}`;
      if (many) {
        return none
          ? `${S.subject} is among the ${k} States named in the project proposals ${before([notStated])}; approval is not stated`
          : `${S.subject} is among the ${k} States named in the project proposals ${before([])}${totalTailEn(c, noun)}; approval is not stated`;
      }
      return none
        ? `${S.subject} was the subject of project proposals ${before([notStated])}; approval is not stated`
        : `${S.subject} was the subject of ${V} ${noun} ${before([])}; approval is not stated`;
    }
    case 'countries_supported': {
      const noun = plural ? 'countries' : 'country';
      const named = many ? `is among the ${k} States named among the countries supported by` : 'is named among the countries supported by';
      // One State named and a count of exactly 1: the State is that one country; nothing is dropped.
      return none || (!many && f.value === 1 && f.precision === 'exact')
        ? `${S.subject} ${named} ${F.the} ${w(none ? [notStated] : [], none)}`
        : `${S.subject} ${named} ${F.the} ${w()}: ${V} ${noun} in all, a total, not a number for ${S.plain}`;
    }
    case 'trainings': {
      const noun = plural ? 'training events or workshops' : 'training event or workshop';
      if (many) {
        return none
          ? `${S.subject} is among the ${k} States named for training events or workshops of ${F.the} ${w([notStated])}`
          : `${S.subject} is among the ${k} States named for training events or workshops of ${F.the} ${w()}${totalTailEn(c, noun)}`;
      }
      return none
        ? `${F.The} held training events or workshops concerning ${S.plain} ${w([notStated])}`
        : `${F.The} held ${V} ${noun} concerning ${S.plain} ${w()}`;
    }
    default: {
      const status = f.status ? [STATUS_NOTE.en[f.status]] : [];
      const label = METRIC_LABEL.en[f.metric];
      const noNumber = [...status, f.unit === 'usd_cents' ? 'amount not stated' : notStated];
      if (none) {
        return many
          ? `${S.subject} is among the ${k} States named in a record ${F.of} on ${label} ${w(noNumber, true)}`
          : `${S.subject} is named in a record ${F.of} on ${label} ${w(noNumber, true)}`;
      }
      return many
        ? `${S.subject} is among the ${k} States named in a record ${F.of} on ${label} ${w(status)}: ${V}, a total for all the States concerned, not a number for ${S.plain}`
        : `A record ${F.of} on ${label} concerns ${S.plain} ${w(status)}: ${V}`;
    }
  }
}

// French ----------------------------------------------------------------------------------------

function donorFr(c: Ctx): string {
  const { f, S, F, V, w } = c;
  const none = f.value === null;
  const v = (sg: string, pl: string) => (S.plural ? pl : sg);
  const figure = v('figure', 'figurent');
  if (f.metric !== 'contributions') {
    const status = f.status ? [STATUS_NOTE.fr[f.status]] : [];
    return none
      ? `${S.subject} ${v('est désigné comme donateur', 'sont désignés comme donateurs')} dans un chiffre ${F.of} sur ${METRIC_LABEL.fr[f.metric]} ${w([...status, 'montant non indiqué'], true)}`
      : `Un chiffre ${F.of} sur ${METRIC_LABEL.fr[f.metric]} désigne ${S.plain} comme donateur${NBSP}: ${V} ${w(status)}`;
  }
  switch (f.status ?? 'unspecified') {
    case 'received':
      return none
        ? `${S.subject} ${v('a', 'ont')} versé des contributions financières ${F.to} ${w(['montant non indiqué'], true)}`
        : `${S.subject} ${v('a', 'ont')} versé ${V} ${F.to} ${w()}`;
    case 'pledged':
      return none
        ? `${S.subject} ${v('a', 'ont')} annoncé une contribution ${F.to} ${w(['montant non indiqué'], true)}`
        : `${S.subject} ${v('a', 'ont')} annoncé une contribution ${deFr(V)} ${F.to} ${w()}`;
    case 'pledged_and_received':
      return none
        ? `${S.subject} ${figure} parmi les donateurs ${F.of} ${w(['versements et annonces de contributions confondus', 'montant non indiqué'], true)}`
        : `Les contributions versées et annoncées ${S.of} ${F.to}, versements et annonces confondus, atteignent ${V} ${w()}`;
    case 'unspecified':
      return none
        ? `${S.subject} ${figure} parmi les donateurs ${F.of} ${w(['montant non indiqué'], true)}`
        : `${S.subject} ${figure} parmi les donateurs ${F.of} ${w()}, avec des contributions ${deFr(V)} (la source ne précise pas s'il s'agit de versements ou d'annonces de contributions)`;
  }
}

function totalTailFr(c: Ctx, noun: string): string {
  return `${NBSP}: ${c.V} ${noun} au total, pour l'ensemble des États concernés, et non le nombre concernant ${c.S.plain}`;
}

function beneficiaryFr(c: Ctx): string {
  const { f, S, F, V, w, k } = c;
  const none = f.value === null;
  const many = k > 1;
  const plural = isPlural(f, 'fr');
  const v = (sg: string, pl: string) => (S.plural ? pl : sg);
  const figure = v('figure', 'figurent');
  const session = sessionInfo(f.session);
  const yearPart = f.year !== null ? `, en ${f.year}` : '';
  const notStated = 'nombre non indiqué';

  switch (f.metric) {
    case 'delegates':
    case 'fellows':
    case 'participants': {
      const [one, some] =
        f.metric === 'delegates'
          ? ['délégué', 'délégués']
          : f.metric === 'fellows'
            ? ['boursier', 'boursiers']
            : ['participant (délégués et boursiers confondus)', 'participants (délégués et boursiers confondus)'];
      const shortPlural = f.metric === 'participants' ? 'délégués et boursiers' : some;
      if (many) {
        return none
          ? `${S.subject} ${figure} parmi les ${k} États nommés pour les ${shortPlural} dont ${F.the} a soutenu la participation ${w([notStated])}`
          : `${S.subject} ${figure} parmi les ${k} États nommés pour les ${shortPlural} dont ${F.the} a soutenu la participation ${w()}${totalTailFr(c, plural ? some : one)}`;
      }
      return none
        ? `${F.The} a soutenu la participation de ${shortPlural} ${S.of} ${w([notStated])}`
        : `${F.The} a soutenu la participation ${deFr(`${V} ${plural ? some : one}`)} ${S.of} ${w()}`;
    }
    case 'projects': {
      const noun = plural ? 'projets' : 'projet';
      if (f.period === 'session' && session.kind === 'board') {
        const at = `à sa ${ordinal(session.n, 'fr')} session${yearPart}`;
        const yearNote = f.year !== null ? ["l'année est celle de la session du Conseil d'administration, non nécessairement celle du projet"] : [];
        const notes = (extra: string[]) => {
          const all = [...(f.asOf ? [`situation ${frAt(f.asOf)}`] : []), ...extra, ...yearNote];
          return all.length ? ` (${all.join(`${NBSP}; `)})` : '';
        };
        if (many) {
          return none
            ? `${S.subject} ${figure} parmi les ${k} États nommés pour les projets soumis pour examen au Conseil d'administration ${F.of} ${at}${notes([notStated])}`
            : `${S.subject} ${figure} parmi les ${k} États nommés pour les projets soumis pour examen au Conseil d'administration ${F.of} ${at}${notes([])}${totalTailFr(c, noun)}`;
        }
        return none
          ? `Le Conseil d'administration ${F.of} était saisi, pour examen ${at}, de projets concernant ${S.plain}${notes([notStated])}`
          : `Le Conseil d'administration ${F.of} était saisi, pour examen ${at}, ${deFr(`${V} ${noun}`)} concernant ${S.plain}${notes([])}`;
      }
      if (many) {
        return none
          ? `${S.subject} ${figure} parmi les ${k} États nommés pour des projets soutenus par ${F.the} ${w([notStated], true)}`
          : `${S.subject} ${figure} parmi les ${k} États nommés pour des projets soutenus par ${F.the} ${w()}${totalTailFr(c, noun)}`;
      }
      return none
        ? `${S.subject} ${figure} parmi les pays ayant bénéficié de projets soutenus par ${F.the} ${w(['nombre de projets non indiqué'], true)}`
        : `${F.The} a soutenu ${V} ${noun} concernant ${S.plain} ${w()}`;
    }
    case 'project_proposals': {
      const noun = plural ? 'propositions de projet' : 'proposition de projet';
      const submitted = plural || none ? 'soumises' : 'soumise';
      const board = f.period === 'session' && session.kind === 'board';
      const asOf = f.asOf ? [`situation ${frAt(f.asOf)}`] : [];
      const before = (extra: string[]) =>
        board
          ? `${submitted} au Conseil d'administration ${F.of} à sa ${ordinal(session.n, 'fr')} session${yearPart}${[...asOf, ...extra].length ? ` (${[...asOf, ...extra].join(`${NBSP}; `)})` : ''}`
          : `${submitted} ${F.to} ${w(extra)}`;
      const approval = `${NBSP}; leur approbation n'est pas indiquée`;
      if (many) {
        return none
          ? `${S.subject} ${figure} parmi les ${k} États nommés dans les propositions de projet ${before([notStated])}${approval}`
          : `${S.subject} ${figure} parmi les ${k} États nommés dans les propositions de projet ${before([])}${totalTailFr(c, plural ? 'propositions' : 'proposition')}${approval}`;
      }
      return none
        ? `${S.subject} ${v('a', 'ont')} fait l'objet de propositions de projet ${before([notStated])}${approval}`
        : `${S.subject} ${v('a', 'ont')} fait l'objet ${deFr(`${V} ${noun}`)} ${before([])}${approval}`;
    }
    case 'countries_supported': {
      const noun = plural ? 'pays' : 'pays';
      const named = many ? `${figure} parmi les ${k} États nommés parmi les pays aidés par` : `${figure} parmi les pays aidés par`;
      // One State named and a count of exactly 1: the State is that one country; nothing is dropped.
      return none || (!many && f.value === 1 && f.precision === 'exact')
        ? `${S.subject} ${named} ${F.the} ${w(none ? [notStated] : [], none)}`
        : `${S.subject} ${named} ${F.the} ${w()}${NBSP}: ${V} ${noun} au total, et non un nombre concernant ${S.plain}`;
    }
    case 'trainings': {
      const noun = plural ? 'formations ou ateliers' : 'formation ou atelier';
      if (many) {
        return none
          ? `${S.subject} ${figure} parmi les ${k} États nommés pour des formations ou ateliers ${F.of} ${w([notStated])}`
          : `${S.subject} ${figure} parmi les ${k} États nommés pour des formations ou ateliers ${F.of} ${w()}${totalTailFr(c, noun)}`;
      }
      return none
        ? `${F.The} a organisé des formations ou ateliers concernant ${S.plain} ${w([notStated])}`
        : `${F.The} a organisé ${V} ${noun} concernant ${S.plain} ${w()}`;
    }
    default: {
      const status = f.status ? [STATUS_NOTE.fr[f.status]] : [];
      const label = METRIC_LABEL.fr[f.metric];
      const noNumber = [...status, f.unit === 'usd_cents' ? 'montant non indiqué' : notStated];
      if (none) {
        return many
          ? `${S.subject} ${figure} parmi les ${k} États nommés dans un chiffre ${F.of} sur ${label} ${w(noNumber, true)}`
          : `Un chiffre ${F.of} sur ${label} concerne ${S.plain} ${w(noNumber, true)}`;
      }
      return many
        ? `${S.subject} ${figure} parmi les ${k} États nommés dans un chiffre ${F.of} sur ${label} ${w(status)}${NBSP}: ${V}, total pour l'ensemble des États concernés, et non un nombre concernant ${S.plain}`
        : `Un chiffre ${F.of} sur ${label} concerne ${S.plain} ${w(status)}${NBSP}: ${V}`;
    }
  }
}

/**
 * A figure whose source names the State in connection with a fund without saying the fund paid for
 * it: the sentence says exactly that, and claims no support.
 */
function unconfirmedClaim(c: Ctx): string {
  const { f, S, F, k, lang } = c;
  const label = METRIC_LABEL[lang][f.metric];
  const period = c.w(f.value === null ? [lang === 'en' ? 'number not stated' : 'nombre non indiqué'] : [], f.value === null);
  if (lang === 'en') {
    const named = k > 1 ? `${S.subject} is among the ${k} States that the source names` : `The source names ${S.plain}`;
    return `${named} in connection with ${F.the} (${label}) ${period}; the source does not say that the Fund paid for this`;
  }
  const named = k > 1 ? `${S.subject} ${S.plural ? 'figurent' : 'figure'} parmi les ${k} États que la source cite` : `La source cite ${S.plain}`;
  return `${named} en lien avec ${F.the} (${label}) ${period}${NBSP}; la source ne dit pas que le Fonds l'a financé`;
}

// ---- qualifiers about the sources, and the citation ---------------------------------------------

function secondaryClause(f: Figure, lang: StatementLang): string {
  if (!f.secondary) return '';
  const titles = f.sources.filter((s) => s.kind === 'secondary').map((s) => s.title);
  const several = titles.length > 1;
  if (lang === 'en') return `, according to ${several ? 'secondary sources' : 'a secondary source'} (${titles.join('; ')})`;
  return `, selon ${several ? 'des sources secondaires' : 'une source secondaire'} (${titles.join(`${NBSP}; `)})`;
}

function conflictClause(f: Figure, lang: StatementLang): string {
  if (f.conflictsWith.length === 0) return '';
  return lang === 'en' ? '; another source gives a different figure' : `${NBSP}; une autre source donne un chiffre différent`;
}

/** "(Source: HR/98/91, agenda paragraph, 26 November 1998.)" / "(Source : …, non daté.)" */
export function citation(sources: Figure['sources'], lang: StatementLang): string {
  const one = (s: Figure['sources'][number]) =>
    [s.symbol ?? s.title, s.locator, s.date ? formatPartialDate(s.date, lang) : lang === 'en' ? 'undated' : 'non daté'].filter(Boolean).join(', ');
  const label = lang === 'en' ? (sources.length > 1 ? 'Sources:' : 'Source:') : `${sources.length > 1 ? 'Sources' : 'Source'}${NBSP}:`;
  return `(${label} ${sources.map(one).join(lang === 'en' ? '; ' : `${NBSP}; `)}.)`;
}

// ---- the brief ---------------------------------------------------------------------------------

/** Natural order of session names: HRC34 before HRC48, "VFTC Board 10" before "VFTC Board 11". */
const collator = new Intl.Collator('en', { numeric: true });

export function statementSentences(input: StatementInput): StatementSentence[] {
  const { country, lang, funds } = input;
  const iso3 = country.iso3.toUpperCase();
  const fundIndex = new Map(funds.map((fund, i) => [fund.id, i]));
  const fundById = new Map(funds.map((fund) => [fund.id, fund]));
  const S = stateForms(country, lang);

  const seen = new Set<string>();
  const donor: Figure[] = [];
  const beneficiary: Figure[] = [];
  for (const f of input.figures) {
    if (seen.has(f.id)) continue;
    if (f.donor?.iso3?.toUpperCase() === iso3) {
      seen.add(f.id);
      donor.push(f);
    } else if (f.countries.some((c) => c.iso3?.toUpperCase() === iso3 || c.id.toUpperCase() === iso3)) {
      seen.add(f.id);
      beneficiary.push(f);
    }
  }

  const byFund = (a: Figure, b: Figure) => (fundIndex.get(a.fund) ?? funds.length) - (fundIndex.get(b.fund) ?? funds.length);
  const byYear = (a: Figure, b: Figure) => (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER);
  donor.sort((a, b) => byFund(a, b) || byYear(a, b) || collator.compare(a.id, b.id));
  beneficiary.sort(
    (a, b) =>
      byFund(a, b) ||
      byYear(a, b) ||
      collator.compare(a.session ?? '', b.session ?? '') ||
      a.countries.length - b.countries.length ||
      collator.compare(a.id, b.id),
  );

  const sentence = (f: Figure, role: 'donor' | 'beneficiary'): StatementSentence => {
    const fund = fundById.get(f.fund);
    const F = fundForms(fund ? fund.shortName[lang] : f.fund, lang);
    const base = { f, lang, S, F, k: f.countries.length, V: valueText(f, lang) };
    const ctx: Ctx = { ...base, w: (extra = [], presence = false) => withNotes(when(f, F, lang, presence), extra, lang) };
    const claim =
      role === 'beneficiary' && f.attribution === 'unconfirmed'
        ? unconfirmedClaim(ctx)
        : lang === 'en'
          ? role === 'donor'
            ? donorEn(ctx)
            : beneficiaryEn(ctx)
          : role === 'donor'
            ? donorFr(ctx)
            : beneficiaryFr(ctx);
    // Tidy the joins only (ordinary spaces; the no-break spaces of French typography and of numbers stay).
    const tidy = claim.replace(/ {2,}/g, ' ').replace(/ ([,)])/g, '$1').trim();
    // Quoted elsewhere, where no markup isolates a title: no bidi override may reorder it (bidi.ts).
    const text = withoutBidiControls(`${tidy}${secondaryClause(f, lang)}${conflictClause(f, lang)}. ${citation(f.sources, lang)}`);
    return { text, figureIds: [f.id], sources: f.sources };
  };

  return [...donor.map((f) => sentence(f, 'donor')), ...beneficiary.map((f) => sentence(f, 'beneficiary'))];
}

/** The answer for a State with no recorded figure: said plainly, never as a zero. */
export function noRecordedFiguresMessage(country: StatementCountry, lang: StatementLang): string {
  if (lang === 'en') return `No figures are recorded for ${stateFormsEn(country.name.en).plain} in this dashboard.`;
  return `Aucun chiffre n'est enregistré pour ${stateFormsFr(country.name.fr).plain} dans ce tableau de bord.`;
}
