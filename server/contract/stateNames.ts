// How State names read inside a sentence, in English and French: "the Netherlands", "du Danemark",
// "des Maldives". Shared by the statement brief (server/domain/statements.ts) and the web, which
// names the State the same way in its headings.

import type { StatementLang } from './vocabulary.js';
const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

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

// Fund names with their articles, as a sentence needs them: "the LDC/SIDS Trust Fund", "au Fonds PMA/PEID".

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
