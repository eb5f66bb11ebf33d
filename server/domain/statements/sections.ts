// The brief in its sections: the sentences a delegation can quote as the State's own record, the
// context (records that name the State without giving its own figure), and the figures about each
// whole fund that any delegation can quote. No sentence appears twice.

import type { Figure } from '../../contract/schemas.js';
import { finishSentence, writtenSentences, type WrittenSentence } from './brief.js';
import { valueText } from './format.js';
import { fundForms } from './grammar.js';
import { isContext, ownOccasions } from './shown.js';
import { fundWideEn } from './sentences.en.js';
import { fundWideFr } from './sentences.fr.js';
import type { StatementFund, StatementInput, StatementLang, StatementSentence } from './types.js';
import { when, withNotes } from './when.js';

export interface BriefSections {
  /** The State's own record as donor and beneficiary: quotable as it stands. */
  sentences: StatementSentence[];
  /**
   * Not to be quoted as the State's own figures: a source that names the State in connection with a
   * fund without saying the fund paid, and a total shared with other States where the State's own
   * count for the same session is in `sentences`.
   */
  context: StatementSentence[];
}

/** Sentences with the same words are one sentence, citing every figure and source behind it. */
function withoutDuplicates(
  sentences: readonly StatementSentence[],
  seen = new Map<string, StatementSentence>(),
): StatementSentence[] {
  const out: StatementSentence[] = [];
  for (const s of sentences) {
    const earlier = seen.get(s.text);
    if (earlier) {
      earlier.figureIds.push(...s.figureIds.filter((id) => !earlier.figureIds.includes(id)));
      continue;
    }
    const copy = { ...s, figureIds: [...s.figureIds] };
    seen.set(s.text, copy);
    out.push(copy);
  }
  return out;
}

/**
 * The State's figures in their sections. `own` is the occasions of the State's own counts among all its
 * figures, when only some of them are given (see shown.ts); by default, among those given.
 */
export function briefSections(input: StatementInput, own?: ReadonlySet<string>): BriefSections {
  const written = writtenSentences(input);
  const classified = (w: WrittenSentence) => ({ ...w.figure, role: w.role, countryCount: w.figure.countries.length });
  const ownOccasionSet = own ?? ownOccasions(written.map(classified));
  const inContext = (w: WrittenSentence) => isContext(classified(w), ownOccasionSet);
  const seen = new Map<string, StatementSentence>();
  const sentences = withoutDuplicates(
    written.filter((w) => !inContext(w)).map((w) => w.sentence),
    seen,
  );
  const context = withoutDuplicates(
    written.filter(inContext).map((w) => w.sentence),
    seen,
  );
  return { sentences, context };
}

/** What a fund-wide figure may be: counts of people and countries supported, money allocated, over the years. */
export const FUND_WIDE_METRICS: ReadonlySet<Figure['metric']> = new Set([
  'delegates',
  'fellows',
  'participants',
  'beneficiaries',
  'countries_supported',
  'funds_allocated',
]);
const METRIC_ORDER = [...FUND_WIDE_METRICS];

/** The date a figure holds at, for "latest": its as-of date, else its year; null when the source gives neither. */
const heldAt = (f: Figure) => f.asOf ?? (f.year !== null ? String(f.year) : null);

/**
 * Per fund and metric, the latest running total the data holds about the whole fund, and every
 * undated one (an undated total cannot be placed before or after it): each as its source states it.
 */
export function fundWideSentences(
  figures: readonly Figure[],
  funds: readonly StatementFund[],
  lang: StatementLang,
): StatementSentence[] {
  const candidates = figures.filter(
    (f) =>
      f.donor === null &&
      f.countries.length === 0 &&
      f.period === 'cumulative' &&
      f.value !== null &&
      f.attribution !== 'unconfirmed' &&
      FUND_WIDE_METRICS.has(f.metric),
  );
  const groups = new Map<string, Figure[]>();
  for (const f of candidates)
    groups.set(`${f.fund}|${f.metric}`, [...(groups.get(`${f.fund}|${f.metric}`) ?? []), f]);
  const chosen: Figure[] = [];
  for (const group of groups.values()) {
    const dated = group.filter((f) => heldAt(f) !== null);
    const latest = dated.reduce<string | null>(
      (max, f) => (max === null || heldAt(f)! > max ? heldAt(f) : max),
      null,
    );
    chosen.push(...dated.filter((f) => heldAt(f) === latest), ...group.filter((f) => heldAt(f) === null));
  }
  const fundIndex = (id: string) => {
    const i = funds.findIndex((fund) => fund.id === id);
    return i < 0 ? funds.length : i;
  };
  chosen.sort(
    (a, b) =>
      fundIndex(a.fund) - fundIndex(b.fund) ||
      METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) ||
      (heldAt(b) ?? '').localeCompare(heldAt(a) ?? '') ||
      a.id.localeCompare(b.id),
  );
  return withoutDuplicates(
    chosen.map((f) => {
      const fund = funds.find((x) => x.id === f.fund);
      const F = fundForms(fund ? fund.shortName[lang] : f.fund, lang);
      const w = (extra: string[] = []) => withNotes(when(f, F, lang, false), extra, lang);
      const ctx = { f, F, V: valueText(f, lang), w };
      return finishSentence(lang === 'en' ? fundWideEn(ctx) : fundWideFr(ctx), f, lang);
    }),
  );
}
