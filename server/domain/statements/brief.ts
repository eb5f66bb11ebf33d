// The statement brief: what the recorded figures say about one State, as donor and as beneficiary,
// written as sentences a delegation can quote in English or French. Pure: figures in, sentences out.
//
// Every qualifier a figure carries is said in words, never dropped: "more than" (lower bound),
// "about" (rounded), part of a year, cumulative since a year, an average per year, a session, a date
// the figure is stated as of, pledged rather than paid, a secondary source, sources that disagree.
// A number that several States share is never given as this State's own. Each sentence ends with its
// citation (symbol or title, locator, date).

import type { Figure } from '../../contract/schemas.js';
import { formatPartialDate, NBSP, valueText } from './format.js';
import { fundForms, stateForms, stateFormsEn, stateFormsFr } from './grammar.js';
import { METRIC_LABEL, type Ctx } from './labels.js';
import { locatorIn } from './locators.js';
import { beneficiaryEn, donorEn, PLAN_NOTE_EN } from './sentences.en.js';
import { beneficiaryFr, donorFr, PLAN_NOTE_FR } from './sentences.fr.js';
import type { StatementCountry, StatementInput, StatementLang, StatementSentence } from './types.js';
import { when, withNotes } from './when.js';
import { withoutBidiControls } from '../../contract/bidi.js';

const PEOPLE_METRICS: ReadonlySet<string> = new Set(['delegates', 'fellows', 'participants', 'beneficiaries']);

/**
 * A figure whose source names the State in connection with a fund without saying the fund paid for
 * it: the sentence says exactly that, and claims no support.
 */
function unconfirmedClaim(c: Ctx): string {
  const { f, S, F, k, lang } = c;
  const label = METRIC_LABEL[lang][f.metric];
  const period = c.w(f.value === null ? [lang === 'en' ? 'number not stated' : 'nombre non indiqué'] : [], f.value === null);
  // The number the source gives, with its precision word; shared by all the States named when several are.
  const shared = k > 1 ? (lang === 'en' ? ', a total for all the States named' : `, total pour l'ensemble des États nommés`) : '';
  const what = f.value === null ? label : `${label}${lang === 'en' ? ':' : `${NBSP}:`} ${c.V}${shared}`;
  if (lang === 'en') {
    const named = k > 1 ? `${S.subject} is among the ${k} States that the source names` : `The source names ${S.plain}`;
    return `${named} in connection with ${F.the} (${what}) ${period}; the source does not say that the Fund paid for this`;
  }
  const named = k > 1 ? `${S.subject} ${S.plural ? 'figurent' : 'figure'} parmi les ${k} États que la source cite` : `La source cite ${S.plain}`;
  return `${named} en lien avec ${F.the} (${what}) ${period}${NBSP}; la source ne dit pas que le Fonds l'a financé`;
}

// ---- qualifiers about the sources, and the citation ---------------------------------------------

function secondaryClause(f: Figure, lang: StatementLang): string {
  if (!f.secondary) return '';
  const titles = f.sources.filter((s) => s.kind === 'secondary').map((s) => sourceTitle(s, lang));
  const several = titles.length > 1;
  if (lang === 'en') return `, according to ${several ? 'secondary sources' : 'a secondary source'} (${titles.join('; ')})`;
  return `, selon ${several ? 'des sources secondaires' : 'une source secondaire'} (${titles.join(`${NBSP}; `)})`;
}

function conflictClause(f: Figure, lang: StatementLang): string {
  if (f.conflictsWith.length === 0) return '';
  return lang === 'en' ? '; another source gives a different figure' : `${NBSP}; une autre source donne un chiffre différent`;
}

/**
 * A printed title in the language's quotation marks, in the language the document prints it; our
 * description of a document in square brackets (written in English: a French brief says so).
 */
export function sourceTitle(s: Pick<Figure['sources'][number], 'title' | 'titleIs'>, lang: StatementLang): string {
  if (s.titleIs === 'description') return lang === 'en' ? `[${s.title}]` : `[${s.title}] (description en anglais)`;
  return lang === 'en' ? `“${s.title}”` : `«${NBSP}${s.title}${NBSP}»`;
}

/**
 * "(Source: HR/98/91, 2nd paragraph, 26 November 1998.)" / "(Source : …, non daté.)". A title the
 * document prints is quoted; a title we wrote to describe a document is in square brackets, never
 * passed off as the document's own.
 */
export function citation(sources: Figure['sources'], lang: StatementLang): string {
  const name = (s: Figure['sources'][number]) => s.symbol ?? sourceTitle(s, lang);
  const one = (s: Figure['sources'][number]) =>
    [name(s), s.locator ? locatorIn(s.locator, lang) : null, s.date ? formatPartialDate(s.date, lang) : lang === 'en' ? 'undated' : 'non daté'].filter(Boolean).join(', ');
  const label = lang === 'en' ? (sources.length > 1 ? 'Sources:' : 'Source:') : `${sources.length > 1 ? 'Sources' : 'Source'}${NBSP}:`;
  return `(${label} ${sources.map(one).join(lang === 'en' ? '; ' : `${NBSP}; `)}.)`;
}

export interface WrittenSentence {
  role: 'donor' | 'beneficiary';
  figure: Figure;
  sentence: StatementSentence;
}

// ---- the brief ---------------------------------------------------------------------------------

/** Natural order of session names: HRC34 before HRC48, "VFTC Board 10" before "VFTC Board 11". */
const collator = new Intl.Collator('en', { numeric: true });

/** Each sentence with the figure it was written from and the State's role in it. */
export function writtenSentences(input: StatementInput): WrittenSentence[] {
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
    // The people sentences say a plan in their own words; every other sentence gets the plan note here.
    const planNote = f.basis === 'planned' && (!PEOPLE_METRICS.has(f.metric) || f.attribution === 'unconfirmed') ? [lang === 'en' ? PLAN_NOTE_EN : PLAN_NOTE_FR] : [];
    const ctx: Ctx = { ...base, w: (extra = [], presence = false) => withNotes(when(f, F, lang, presence), [...planNote, ...extra], lang) };
    const planText = lang === 'en' ? PLAN_NOTE_EN : PLAN_NOTE_FR;
    const worded =
      role === 'beneficiary' && f.attribution === 'unconfirmed'
        ? unconfirmedClaim(ctx)
        : lang === 'en'
          ? role === 'donor'
            ? donorEn(ctx)
            : beneficiaryEn(ctx)
          : role === 'donor'
            ? donorFr(ctx)
            : beneficiaryFr(ctx);
    // Whatever the sentence's own structure, a plan is said to be one.
    const claim = f.basis === 'planned' && !worded.includes(planText) ? `${worded} (${planText})` : worded;
    return finishSentence(claim, f, lang);
  };

  return [
    ...donor.map((f) => ({ role: 'donor' as const, figure: f, sentence: sentence(f, 'donor') })),
    ...beneficiary.map((f) => ({ role: 'beneficiary' as const, figure: f, sentence: sentence(f, 'beneficiary') })),
  ];
}

/** A claim made a sentence: tidy joins, the source qualifiers, then the citation. */
export function finishSentence(claim: string, f: Figure, lang: StatementLang): StatementSentence {
  // Tidy the joins only (ordinary spaces; the no-break spaces of French typography and of numbers stay).
  const tidy = claim.replace(/ {2,}/g, ' ').replace(/ ([,)])/g, '$1').trim();
  // Quoted elsewhere, where no markup isolates a title: no bidi override may reorder it (contract/bidi.ts).
  const text = withoutBidiControls(`${tidy}${secondaryClause(f, lang)}${conflictClause(f, lang)}. ${citation(f.sources, lang)}`);
  return { text, figureIds: [f.id], sources: f.sources };
}

/** One sentence per figure about the State, donor figures first, then beneficiary figures. */
export function statementSentences(input: StatementInput): StatementSentence[] {
  return writtenSentences(input).map((w) => w.sentence);
}

/** Said for a State with no recorded figure of its own (never as a zero); the fund-wide figures and the calls follow it. */
export function noRecordedFiguresMessage(country: StatementCountry, lang: StatementLang): string {
  if (lang === 'en') return `No figure about ${stateFormsEn(country.name.en).plain} as a donor or as a beneficiary is recorded in this dashboard.`;
  return `Aucun chiffre concernant ${stateFormsFr(country.name.fr).plain} en tant que donateur ou bénéficiaire n'est enregistré dans ce tableau de bord.`;
}
