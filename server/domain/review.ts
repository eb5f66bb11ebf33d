// The Board's review pack for a fund and a period: sources and uses of funds, their changes year on
// year, the donor base, what the money did, and how complete the record is — each missing money
// line with the documents known to hold it.

import type { BacklogEntry, Figure } from '../contract/schemas.js';
import { COUNT_METRICS, SOURCES_AND_USES, type Metric } from '../contract/vocabulary.js';
import { factsOf } from './figure.js';
import {
  CONTRIBUTIONS_SERIES_STATUSES,
  donorBase,
  yearOnYearChanges,
  yearResult,
  yearValue,
  type YearValue,
} from './funding.js';

/** What the money did: the activity metrics (the donor counts are the donor base's). */
export const ACTIVITY_METRICS: readonly Metric[] = COUNT_METRICS.filter(
  (m) => m !== 'number_of_donors' && m !== 'new_donors',
);

/** The not-yet-transcribed documents that cover a year and would fill a metric (an undated document covers no year). */
export function documentsFilling(
  backlog: readonly BacklogEntry[],
  metric: Metric,
  year: number,
): BacklogEntry[] {
  return backlog.filter(
    (b) =>
      b.metrics.includes(metric) &&
      (b.yearFrom === null || b.yearFrom <= year) &&
      (b.yearTo === null || b.yearTo >= year) &&
      (b.yearFrom !== null || b.yearTo !== null),
  );
}

/** Each money line of each year, recorded or not; a line not recorded comes with the documents that would fill it. */
export function completeness(
  sourcesAndUses: readonly { year: number; values: Record<string, YearValue> }[],
  backlog: readonly BacklogEntry[],
) {
  return sourcesAndUses.flatMap(({ year, values }) =>
    SOURCES_AND_USES.map((metric) => {
      const recorded = (values[metric]?.figureIds.length ?? 0) > 0;
      return { year, metric, recorded, documents: recorded ? [] : documentsFilling(backlog, metric, year) };
    }),
  );
}

export interface ReviewInput {
  fund: string;
  from: number;
  to: number;
  /** Every figure (the pack keeps the fund's). */
  figures: readonly Figure[];
  /** The fund's documents not yet transcribed. */
  backlog: readonly BacklogEntry[];
}

export function reviewPack({ fund, from, to, figures, backlog }: ReviewInput) {
  const facts = figures.map(factsOf);
  const inPeriod = (f: { year: number | null }) => f.year !== null && f.year >= from && f.year <= to;
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const sourcesAndUses = years.map((year) => ({
    year,
    values: Object.fromEntries(
      SOURCES_AND_USES.map((metric) => [
        metric,
        yearValue(facts, {
          fund,
          year,
          metric,
          ...(metric === 'contributions' ? { statuses: CONTRIBUTIONS_SERIES_STATUSES } : {}),
        }),
      ]),
    ),
  }));
  const ofFund = figures.filter((f) => f.fund === fund && inPeriod(f));
  const yearOnYear = yearOnYearChanges(facts, fund, SOURCES_AND_USES, from, to);
  const base = donorBase(facts, fund).filter(inPeriod);
  // Every amount in the pack carries its citation: the sources of each figure it rests on.
  const cited = new Set([
    ...sourcesAndUses.flatMap((s) => Object.values(s.values).flatMap((v) => [...v.figureIds, ...v.alternativeIds])),
    ...yearOnYear.flatMap((y) => y.change.figureIds),
    ...base.flatMap((y) => [...y.statedDonors.figureIds, ...y.statedNewDonors.figureIds, ...y.topFiveShare.figureIds]),
  ]);
  const citations = Object.fromEntries(figures.filter((f) => cited.has(f.id)).map((f) => [f.id, f.sources]));
  const results = sourcesAndUses.map(({ year, values }) => yearResult(year, values));
  const completenessList = completeness(sourcesAndUses, backlog);
  const undatedDocuments = backlog.filter((b) => b.yearFrom === null && b.yearTo === null);
  return {
    fund,
    from,
    to,
    sourcesAndUses,
    yearOnYear,
    donorBase: base,
    activities: ofFund.filter((f) => ACTIVITY_METRICS.includes(f.metric)),
    figures: ofFund.filter((f) => !ACTIVITY_METRICS.includes(f.metric) && f.donor === null),
    results,
    summary: reviewSummary(sourcesAndUses, results, completenessList, undatedDocuments),
    completeness: completenessList,
    undatedDocuments,
    citations,
  };
}

/**
 * What the pack's opening paragraph says, decided here so that every language says the same: how
 * many lines are recorded, the latest year whose contributions less expenditure is known (with the
 * figures it rests on, so each amount is cited), whether any balance is recorded, and how many
 * documents would fill what is missing.
 */
export function reviewSummary(
  sourcesAndUses: readonly { year: number; values: Record<string, YearValue> }[],
  results: readonly ReturnType<typeof yearResult>[],
  lines: ReturnType<typeof completeness>,
  undatedDocuments: readonly BacklogEntry[],
) {
  const latest = [...results].reverse().find((r) => r.contributionsLessExpenditure.value !== null) ?? null;
  const latestContributions = [...sourcesAndUses].reverse().find((s) => s.values.contributions?.value != null) ?? null;
  const valuesOf = (year: number) => sourcesAndUses.find((s) => s.year === year)!.values;
  const balances = sourcesAndUses.flatMap(({ values }) => [values.opening_balance, values.closing_balance]).filter((v) => v && v.value !== null);
  const documents = new Set([...lines.flatMap((l) => l.documents), ...undatedDocuments].map((d) => d.source.id));
  return {
    linesRecorded: lines.filter((l) => l.recorded).length,
    linesTotal: lines.length,
    latestResult: latest
      ? {
          year: latest.year,
          contributions: valuesOf(latest.year).contributions!,
          expenditure: valuesOf(latest.year).expenditure!,
          difference: latest.contributionsLessExpenditure,
        }
      : null,
    /** Said when no year has a result: the latest contributions recorded in the period, as qualified as its figure. */
    latestContributions: latestContributions ? { year: latestContributions.year, value: latestContributions.values.contributions! } : null,
    balancesRecorded: balances.length,
    documentsToRead: documents.size,
  };
}
