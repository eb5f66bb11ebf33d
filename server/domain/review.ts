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
  return {
    fund,
    from,
    to,
    sourcesAndUses,
    yearOnYear,
    donorBase: base,
    activities: ofFund.filter((f) => ACTIVITY_METRICS.includes(f.metric)),
    figures: ofFund.filter((f) => !ACTIVITY_METRICS.includes(f.metric) && f.donor === null),
    completeness: completeness(sourcesAndUses, backlog),
    undatedDocuments: backlog.filter((b) => b.yearFrom === null && b.yearTo === null),
    citations,
  };
}
