// The one module that does funding arithmetic. Every view (API, web, exports) gets
// received, pledged, outstanding, expenditure, requirement, gap and coverage from here.
//
// Rules (see data/README.md for the fields):
// - Only figures that describe (part of) one year's flow enter a yearly value: `calendar_year`
//   and `year_to_date`. Cumulative totals, multi-year averages, session and point-in-time
//   figures are never plotted or summed as a year's value.
// - A fund-level yearly value is one figure, not a sum: several fund-level figures for the same
//   fund, year and metric are alternative statements of the same thing (the best one is chosen,
//   the others are reported as alternatives, and a disagreement is flagged).
// - A year-to-date figure stands for its year only as a lower bound; a rounded one makes it approximate.
// - outstanding = pledged − received (per donor, never below 0);
//   gap = requirement − received − outstanding (floored at 0, the rest is `surplus`);
//   coverage = received ÷ requirement. Gap and coverage are unknown where the requirement is.

import {
  floorAtZero,
  negate,
  ratio,
  subtract,
  sum,
  unknownAsAtLeastZero,
  unknownQuantity,
  type Quantity,
  type Ratio,
} from './quantity.js';
import {
  YEARLY_PERIODS,
  type ContributionStatus,
  type Metric,
  type Period,
  type Precision,
  type Unit,
} from '../contract/vocabulary.js';

/** What the arithmetic needs to know of a figure. */
export interface FigureFacts {
  id: string;
  fund: string;
  year: number | null;
  metric: Metric;
  value: number | null;
  unit: Unit;
  status: ContributionStatus | null;
  precision: Precision;
  period: Period;
  periodStart: number | null;
  asOf: string | null;
  donorId: string | null;
  countryIds: readonly string[];
  session: string | null;
  conflictsWith: readonly string[];
}

/** A yearly value with the figures that could have stood for it. */
export interface YearValue extends Quantity {
  /** Other fund-level figures for the same thing, not used. */
  alternativeIds: string[];
  /** Alternatives `alternativeIds` does not list (see citedFigures.ts). */
  alternativeIdsOmitted?: number;
  /** The chosen figure or an alternative is recorded as disagreeing with another source. */
  sourcesDisagree: boolean;
  /** For contributions: the status the chosen figure has. */
  status: ContributionStatus | null;
}

export function quantityOfFigure(figure: FigureFacts): Quantity {
  const partialYear = figure.period === 'year_to_date';
  return {
    value: figure.value,
    bound: figure.value === null ? 'exact' : figure.precision === 'lower_bound' || partialYear ? 'at_least' : 'exact',
    approximate: figure.precision === 'rounded',
    partialYear,
    figureIds: [figure.id],
  };
}

export const isYearly = (figure: FigureFacts): boolean => figure.year !== null && YEARLY_PERIODS.includes(figure.period);

/** A figure about the fund as a whole (not one donor's, one country's or one session's). */
export const isFundLevel = (figure: FigureFacts): boolean =>
  figure.donorId === null && figure.countryIds.length === 0 && figure.session === null;

const PRECISION_RANK: Record<Precision, number> = { exact: 0, rounded: 1, lower_bound: 2 };

/** Best first: a whole year over a part, exact over rounded over "more than", the latest statement, then id. */
function compareCandidates(a: FigureFacts, b: FigureFacts): number {
  const byPeriod = Number(a.period === 'year_to_date') - Number(b.period === 'year_to_date');
  if (byPeriod !== 0) return byPeriod;
  const byKnown = Number(a.value === null) - Number(b.value === null);
  if (byKnown !== 0) return byKnown;
  const byPrecision = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
  if (byPrecision !== 0) return byPrecision;
  const byAsOf = (b.asOf ?? '').localeCompare(a.asOf ?? '');
  if (byAsOf !== 0) return byAsOf;
  return a.id.localeCompare(b.id);
}

/** Choose the value that stands for one year among alternative statements of the same thing. */
export function chooseYearValue(candidates: readonly FigureFacts[], statusOrder: readonly ContributionStatus[] = []): YearValue {
  const ranked = [...candidates].sort((a, b) => {
    if (statusOrder.length > 0) {
      const byStatus = statusOrder.indexOf(a.status as ContributionStatus) - statusOrder.indexOf(b.status as ContributionStatus);
      if (byStatus !== 0) return byStatus;
    }
    return compareCandidates(a, b);
  });
  const [chosen, ...others] = ranked;
  if (!chosen) return { ...unknownQuantity(), alternativeIds: [], sourcesDisagree: false, status: null };
  // Recorded disagreement of the chosen figure with any source, or two candidates with different values.
  const recordedConflict = chosen.conflictsWith.length > 0;
  const differentValues = new Set(ranked.filter((f) => f.status === chosen.status).map((f) => f.value)).size > 1;
  return {
    ...quantityOfFigure(chosen),
    alternativeIds: others.map((f) => f.id),
    sourcesDisagree: recordedConflict || differentValues,
    status: chosen.status,
  };
}

export interface YearQuery {
  fund: string;
  year: number;
  metric: Metric;
  /** For contributions: which statuses count, in order of preference. */
  statuses?: readonly ContributionStatus[];
  /** One donor's figures instead of the fund-level ones. */
  donorId?: string;
}

/** Figures grouped by a key, each group in the original order (so every choice among them is unchanged). */
export function groupBy<F, K>(figures: readonly F[], key: (f: F) => K): Map<K, F[]> {
  const groups = new Map<K, F[]>();
  for (const f of figures) {
    const k = key(f);
    const group = groups.get(k);
    if (group) group.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

/** The value for one fund, year and metric (fund-level, or one donor's). */
export function yearValue(figures: readonly FigureFacts[], query: YearQuery): YearValue {
  const candidates = figures.filter(
    (f) =>
      f.fund === query.fund &&
      f.year === query.year &&
      f.metric === query.metric &&
      isYearly(f) &&
      (query.donorId === undefined ? isFundLevel(f) : f.donorId === query.donorId && f.session === null) &&
      (query.statuses === undefined || (f.status !== null && query.statuses.includes(f.status))),
  );
  return chooseYearValue(candidates, query.statuses ?? []);
}

/** Contributions as the sources qualify them: received if known, else what the source says. Never a bare pledge. */
export const CONTRIBUTIONS_SERIES_STATUSES: readonly ContributionStatus[] = ['received', 'unspecified', 'pledged_and_received'];

export interface DonorYearFunding {
  donorId: string;
  pledged: YearValue;
  received: YearValue;
  /** pledged − received, never below 0; unknown when either is. */
  outstanding: Quantity;
}

/** One donor's pledges, payments and what is still unpaid, for one fund and year. */
export function donorYearFunding(figures: readonly FigureFacts[], fund: string, year: number, donorId: string): DonorYearFunding {
  const pledged = yearValue(figures, { fund, year, donorId, metric: 'contributions', statuses: ['pledged'] });
  const received = yearValue(figures, { fund, year, donorId, metric: 'contributions', statuses: ['received'] });
  return { donorId, pledged, received, outstanding: outstandingPledge(pledged, received) };
}

/** pledged − received, never below 0. Unknown unless both are known. */
export function outstandingPledge(pledged: Quantity, received: Quantity): Quantity {
  if (pledged.value === null || received.value === null) return unknownQuantity([...pledged.figureIds, ...received.figureIds]);
  return floorAtZero(subtract(pledged, received));
}

export interface FundYearFunding {
  year: number;
  /** What came in, as qualified as its source (see `contributions.status`). */
  contributions: YearValue;
  /** Contributions whose source says they were received (paid). */
  received: YearValue;
  /** Fund-level pledges, where a source states them. */
  pledged: YearValue;
  /**
   * Unpaid pledges, from donor-level pledges and payments. Unknown when no pledge is recorded for
   * the year or any recorded pledge's payment is unknown; otherwise at least the sum (other pledges
   * may be unrecorded).
   */
  outstanding: Quantity;
  expenditure: YearValue;
  requirement: YearValue;
  /** requirement − received − outstanding, floored at 0; unknown without a requirement. */
  gap: Quantity;
  /** How far received + outstanding exceed the requirement; unknown without a requirement. */
  surplus: Quantity;
  /** received ÷ requirement; unknown without a requirement. */
  coverage: Ratio;
}

/** Unpaid pledges to a fund for a year, summed over the donors with a recorded pledge. */
export function fundOutstanding(figures: readonly FigureFacts[], fund: string, year: number): Quantity {
  const pledgingDonors = [
    ...new Set(
      figures
        .filter((f) => f.fund === fund && f.year === year && f.metric === 'contributions' && f.status === 'pledged' && f.donorId !== null && isYearly(f))
        .map((f) => f.donorId as string),
    ),
  ].sort();
  if (pledgingDonors.length === 0) return unknownQuantity();
  // Each donor's own figures first: the rules below read only those, and a scan of every figure per
  // donor would make this quadratic in the number of figures.
  const byDonor = groupBy(figures, (f) => f.donorId);
  const total = sum(pledgingDonors.map((donorId) => donorYearFunding(byDonor.get(donorId) ?? [], fund, year, donorId).outstanding));
  return total.value === null || total.bound === 'at_most' ? { ...total, value: null, bound: 'exact' } : { ...total, bound: 'at_least' };
}

/** requirement − received − outstanding, split into a gap (≥ 0) and a surplus (≥ 0). */
export function gapAndSurplus(requirement: Quantity, received: Quantity, outstanding: Quantity): { gap: Quantity; surplus: Quantity } {
  if (requirement.value === null || received.value === null) {
    const ids = [...requirement.figureIds, ...received.figureIds, ...outstanding.figureIds];
    return { gap: unknownQuantity(ids), surplus: unknownQuantity(ids) };
  }
  // Unpaid pledges are never negative, so unknown ones still leave a true upper bound on the gap.
  const shortfall = subtract(subtract(requirement, received), unknownAsAtLeastZero(outstanding));
  return { gap: floorAtZero(shortfall), surplus: floorAtZero(negate(shortfall)) };
}

export function fundYearFunding(figures: readonly FigureFacts[], fund: string, year: number): FundYearFunding {
  const contributions = yearValue(figures, { fund, year, metric: 'contributions', statuses: CONTRIBUTIONS_SERIES_STATUSES });
  const received = yearValue(figures, { fund, year, metric: 'contributions', statuses: ['received'] });
  const pledged = yearValue(figures, { fund, year, metric: 'contributions', statuses: ['pledged'] });
  const outstanding = fundOutstanding(figures, fund, year);
  const expenditure = yearValue(figures, { fund, year, metric: 'expenditure' });
  const requirement = yearValue(figures, { fund, year, metric: 'requirement' });
  const { gap, surplus } = gapAndSurplus(requirement, received, outstanding);
  return {
    year,
    contributions,
    received,
    pledged,
    outstanding,
    expenditure,
    requirement,
    gap,
    surplus,
    coverage: ratio(received, requirement),
  };
}

/** The years a fund has any yearly figure for, ascending. */
export function yearsWithFigures(figures: readonly FigureFacts[], fund: string, metrics?: readonly Metric[]): number[] {
  const years = figures
    .filter((f) => f.fund === fund && isYearly(f) && (metrics === undefined || metrics.includes(f.metric)))
    .map((f) => f.year as number);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Funding for every year the fund as a whole has a yearly money figure for. */
export function fundFundingSeries(figures: readonly FigureFacts[], fund: string): FundYearFunding[] {
  // Years with a fund-level money figure; one donor's pledge alone does not make a fund-level year.
  const years = yearsWithFigures(figures.filter(isFundLevel), fund, ['contributions', 'expenditure', 'requirement']);
  // Every rule of a year reads only that fund's figures for that year: hand each year just those (linear, not years × figures).
  const byYear = groupBy(
    figures.filter((f) => f.fund === fund),
    (f) => f.year,
  );
  return years.map((year) => fundYearFunding(byYear.get(year) ?? [], fund, year));
}

export interface MetricPoint {
  year: number;
  value: YearValue;
}

/** One metric's fund-level yearly values, for the years that have one. */
export function metricSeries(figures: readonly FigureFacts[], fund: string, metric: Metric): MetricPoint[] {
  const statuses = metric === 'contributions' ? CONTRIBUTIONS_SERIES_STATUSES : undefined;
  return yearsWithFigures(
    figures.filter((f) => isFundLevel(f)),
    fund,
    [metric],
  )
    .map((year) => ({ year, value: yearValue(figures, { fund, year, metric, ...(statuses ? { statuses } : {}) }) }))
    .filter((point) => point.value.figureIds.length > 0);
}

/**
 * The most recent fund-level statement of a metric, whatever its period (a cumulative total or a
 * session count included): what an overview card shows as "latest known". Selection, not arithmetic.
 */
export function latestFundLevelFigure<F extends FigureFacts>(figures: readonly F[], fund: string, metric: Metric): F | null {
  const candidates = figures.filter(
    (f) => f.fund === fund && f.metric === metric && f.donorId === null && f.countryIds.length === 0 && f.value !== null && f.period !== 'multi_year_average',
  );
  const latestKey = (f: FigureFacts) => `${f.year ?? 0}`.padStart(4, '0') + (f.asOf ?? '');
  return [...candidates].sort((a, b) => latestKey(b).localeCompare(latestKey(a)) || a.id.localeCompare(b.id))[0] ?? null;
}

// ---- donors: in fundingDonors.ts (the same rules, one file per subject), re-exported here ----------
export * from './fundingDonors.js';
export * from './fundingGlance.js';

// ---- reviews over a period -----------------------------------------------------------------------

export interface YearOnYear {
  metric: Metric;
  year: number;
  change: Quantity;
  /** |change| ÷ the previous year's value; the direction is change's sign. */
  relative: Ratio;
}

/** The change of each metric from one year to the next, where both years have a value. */
export function yearOnYearChanges(figures: readonly FigureFacts[], fund: string, metrics: readonly Metric[], from: number, to: number): YearOnYear[] {
  const out: YearOnYear[] = [];
  for (const metric of metrics) {
    // Contributions as the sources qualify them (received, or not stated): the same line as the review shows.
    const statuses = metric === 'contributions' ? CONTRIBUTIONS_SERIES_STATUSES : undefined;
    for (let year = from + 1; year <= to; year++) {
      const before = yearValue(figures, { fund, year: year - 1, metric, ...(statuses ? { statuses } : {}) });
      const after = yearValue(figures, { fund, year, metric, ...(statuses ? { statuses } : {}) });
      if (before.value === null || after.value === null) continue;
      const change = subtract(after, before);
      out.push({ metric, year, change, relative: change.value !== null && change.value >= 0 ? ratio(change, before) : ratio(negate(change), before) });
    }
  }
  return out;
}

/**
 * What a year's sources-and-uses lines add up to. Every line is computed from the recorded lines only
 * and is unknown when any line it needs is unknown: never a number made from unknown parts.
 */
export interface YearResult {
  year: number;
  /** Contributions (as the series counts them) less expenditure; other income and support costs are not in it. */
  contributionsLessExpenditure: Quantity;
  /** Opening balance + contributions + other income − expenditure − programme support costs. */
  impliedClosingBalance: Quantity;
}

/** received − expenditure for one year; unknown unless both are known, qualifiers ("at least") carried. */
export function receivedLessSpent(received: Quantity, expenditure: Quantity): Quantity {
  if (received.value === null || expenditure.value === null) return unknownQuantity([...new Set([...received.figureIds, ...expenditure.figureIds])].sort());
  return subtract(received, expenditure);
}

export function yearResult(year: number, lines: Readonly<Partial<Record<Metric, Quantity>>>): YearResult {
  const line = (metric: Metric) => lines[metric] ?? unknownQuantity();
  // sum() is unknown as soon as one part is.
  return {
    year,
    contributionsLessExpenditure: receivedLessSpent(line('contributions'), line('expenditure')),
    impliedClosingBalance: sum([
      line('opening_balance'),
      line('contributions'),
      line('other_income'),
      negate(line('expenditure')),
      negate(line('programme_support_costs')),
    ]),
  };
}
export * from './fundingOverview.js';
