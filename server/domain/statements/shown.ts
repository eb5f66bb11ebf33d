// Which of a State's figures the brief writes out. A State named by thousands of figures would get a
// brief of megabytes that no delegation reads: each section (the State's own record, the context)
// writes out its newest figures only, and says how many more there are and where they are all listed.
// The section a figure belongs to is decided here, from a few fields of every figure about the State,
// so that a figure left out never changes what a shown one is said to be.

import type { Figure } from '../../contract/schemas.js';
import { formatNumber, NBSP } from './format.js';
import { stateFormsEn, stateFormsFr } from './grammar.js';
import type { StatementCountry, StatementLang } from './types.js';

/** Figures written out per section at most; the shipped data stays far below it (about 1 KB of answer each). */
export const SHOWN_PER_SECTION = 100;

export type StateRole = 'donor' | 'beneficiary';

/** What decides a figure's section and its place in "newest first", without its sources or names. */
export type FigureHead = Pick<Figure, 'id' | 'fund' | 'metric' | 'period' | 'session' | 'year' | 'basis' | 'asOf' | 'attribution'> & {
  role: StateRole;
  /** How many beneficiary States the figure names. */
  countryCount: number;
};

type Occasion = Pick<Figure, 'fund' | 'metric' | 'period' | 'session' | 'year' | 'basis'>;

/** The same occasion: a shared total is context when the State's own count for it is known. */
export const occasion = (f: Occasion) => [f.fund, f.metric, f.period, f.session ?? '', f.year ?? '', f.basis ?? ''].join('|');

type Classified = Occasion & Pick<FigureHead, 'role' | 'attribution' | 'countryCount'>;

/** The occasions for which the State's own count (a confirmed figure naming it alone) is recorded. */
export function ownOccasions(figures: Iterable<Classified>): Set<string> {
  const own = new Set<string>();
  for (const f of figures) if (f.role === 'beneficiary' && f.attribution !== 'unconfirmed' && f.countryCount === 1) own.add(occasion(f));
  return own;
}

/**
 * Context, not the State's own record: a source naming the State without saying the fund paid, or a
 * total shared with other States when the State's own count for the same occasion is recorded.
 */
export const isContext = (f: Classified, own: ReadonlySet<string>) =>
  f.role === 'beneficiary' && (f.attribution === 'unconfirmed' || (f.countryCount > 1 && own.has(occasion(f))));

/** Newest first, as the figure lists page them: year, as-of date, id, all descending (text byte by byte); no year or date last. */
function newestFirst(heads: readonly FigureHead[]): FigureHead[] {
  // The byte forms once per figure, not once per comparison: a State may be named by thousands of figures.
  const keyed = heads.map((head) => ({ head, asOf: Buffer.from(head.asOf ?? ''), id: Buffer.from(head.id) }));
  keyed.sort((a, b) => (b.head.year ?? -1) - (a.head.year ?? -1) || Buffer.compare(b.asOf, a.asOf) || Buffer.compare(b.id, a.id));
  return keyed.map((k) => k.head);
}

export interface ShownFigures {
  /** The figures to write out. */
  ids: string[];
  /** The occasions of the State's own counts, among all its figures (shown or not). */
  own: Set<string>;
  /** Figures of each section left out. */
  notShown: { sentences: number; context: number };
}

/** The newest `perSection` figures of each section; the rest counted. */
export function chooseShownFigures(heads: readonly FigureHead[], perSection = SHOWN_PER_SECTION): ShownFigures {
  const own = ownOccasions(heads);
  const sorted = newestFirst(heads);
  const ids: string[] = [];
  const notShown = { sentences: 0, context: 0 };
  const shown = { sentences: 0, context: 0 };
  for (const head of sorted) {
    const section = isContext(head, own) ? 'context' : 'sentences';
    if (shown[section] < perSection) {
      shown[section] += 1;
      ids.push(head.id);
    } else notShown[section] += 1;
  }
  return { ids, own, notShown };
}

/** Said after a brief that leaves figures out: how many, and that the figure lists hold every one. */
export function notShownMessage(country: StatementCountry, notShown: ShownFigures['notShown'], lang: StatementLang, perSection = SHOWN_PER_SECTION): string {
  const n = notShown.sentences + notShown.context;
  const count = formatNumber(n, lang);
  if (lang === 'en') {
    const S = stateFormsEn(country.name.en);
    return `This brief writes out the newest ${perSection} figures of each section; ${count} more ${n === 1 ? 'figure' : 'figures'} about ${S.plain} ${n === 1 ? 'is' : 'are'} recorded in this dashboard and listed, newest first, with every figure about ${S.plain}.`;
  }
  const S = stateFormsFr(country.name.fr);
  return `Ce document reprend les ${perSection}${NBSP}chiffres les plus récents de chaque section${NBSP}; ${count}${NBSP}autre${n === 1 ? '' : 's'} chiffre${n === 1 ? '' : 's'} concernant ${S.plain} ${n === 1 ? 'est enregistré' : 'sont enregistrés'} dans ce tableau de bord et ${n === 1 ? 'figure' : 'figurent'}, du plus récent au plus ancien, dans la liste de tous les chiffres concernant ${S.plain}.`;
}
