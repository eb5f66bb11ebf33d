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
} from './vocabulary.js';

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

// ---- donors -----------------------------------------------------------------------------------

/** Contribution statuses that mean a donor gave or is recorded as giving in a year (a bare pledge is not giving). */
const GIVING_STATUSES: readonly ContributionStatus[] = ['received', 'pledged_and_received', 'unspecified'];

const isDonorContribution = (f: FigureFacts, fund: string) => f.fund === fund && f.metric === 'contributions' && f.donorId !== null;

export interface DonorFundSummary {
  donorId: string;
  fund: string;
  /** Each year the donor has a yearly figure for: pledged, received, outstanding, and contributions as qualified. */
  years: (DonorYearFunding & { year: number; contributions: YearValue })[];
  /** Sum of the yearly received amounts; unknown when any of them is. */
  totalReceived: Quantity;
  /**
   * Sum of the yearly contributions as their sources qualify them (received, or given without saying
   * whether paid); unknown when any amount is not stated. Never a bare pledge.
   */
  totalContributions: Quantity;
  /** Every year's contributions are stated as received (not "paid or pledged, not stated"). */
  contributionsAllReceived: boolean;
  /** Sum of every pledge: each year's, and those a source gives without a year. */
  totalPledged: Quantity;
  /** Sum of the unpaid pledges; unknown when any pledge's payment is. */
  totalOutstanding: Quantity;
  /**
   * Pledges for which no payment is recorded (in their year, or undated): the amount pledged, which
   * is known even though whether it was paid is not.
   */
  pledgedPaymentNotRecorded: Quantity;
  /** Figures about this donor that are not one year's flow (cumulative presence, undated pledges): shown as stated. */
  otherFigureIds: string[];
}

export function donorFundSummary(figures: readonly FigureFacts[], fund: string, donorId: string): DonorFundSummary {
  const donorFigures = figures.filter((f) => f.donorId === donorId); // all the rules below read (linear per year)
  const own = donorFigures.filter((f) => isDonorContribution(f, fund));
  const years = [...new Set(own.filter(isYearly).map((f) => f.year as number))].sort((a, b) => a - b);
  const perYear = years.map((year) => ({
    year,
    ...donorYearFunding(donorFigures, fund, year, donorId),
    contributions: yearValue(donorFigures, { fund, year, donorId, metric: 'contributions', statuses: CONTRIBUTIONS_SERIES_STATUSES }),
  }));
  const undatedPledges = own.filter((f) => !isYearly(f) && f.status === 'pledged').map(quantityOfFigure);
  const received = perYear.filter((y) => y.received.figureIds.length > 0).map((y) => y.received);
  const contributions = perYear.filter((y) => y.contributions.figureIds.length > 0).map((y) => y.contributions);
  const pledged = [...perYear.filter((y) => y.pledged.figureIds.length > 0).map((y) => y.pledged), ...undatedPledges];
  const outstanding = perYear.filter((y) => y.pledged.figureIds.length > 0).map((y) => y.outstanding);
  const unpaidAsFarAsKnown = [
    ...perYear.filter((y) => y.pledged.figureIds.length > 0 && y.received.figureIds.length === 0).map((y) => y.pledged),
    ...undatedPledges,
  ];
  const total = (parts: Quantity[]) => (parts.length > 0 ? sum(parts) : unknownQuantity());
  return {
    donorId,
    fund,
    years: perYear,
    totalReceived: total(received),
    totalContributions: total(contributions),
    contributionsAllReceived: perYear.every((y) => y.contributions.figureIds.length === 0 || y.contributions.status === 'received'),
    totalPledged: total(pledged),
    totalOutstanding: total(outstanding),
    pledgedPaymentNotRecorded: total(unpaidAsFarAsKnown),
    otherFigureIds: own.filter((f) => !isYearly(f)).map((f) => f.id),
  };
}

export interface DonorStanding {
  donorId: string;
  received: YearValue;
  /** 1 = largest; among donors whose amount is known exactly. Null when this donor's amount is not. */
  rank: number | null;
  /** received ÷ the fund's received total for the year (unknown without that total). */
  share: Ratio;
}

export interface DonorRanking {
  fund: string;
  year: number;
  standings: DonorStanding[];
  /** Every donor recorded for the year has an exact amount, so the ranks are the full ranking. */
  complete: boolean;
}

/** Donors of one fund and year, ranked by what they are recorded to have paid. */
export function donorRanking(figures: readonly FigureFacts[], fund: string, year: number): DonorRanking {
  const yearFigures = figures.filter((f) => f.fund === fund && f.year === year); // all the rules below read
  const byDonor = groupBy(yearFigures, (f) => f.donorId);
  const donors = [
    ...new Set(yearFigures.filter((f) => isDonorContribution(f, fund) && isYearly(f) && f.status !== 'pledged').map((f) => f.donorId as string)),
  ].sort();
  const fundReceived = yearValue(yearFigures, { fund, year, metric: 'contributions', statuses: ['received'] });
  const entries = donors.map((donorId) => ({ donorId, received: yearValue(byDonor.get(donorId) ?? [], { fund, year, donorId, metric: 'contributions', statuses: GIVING_STATUSES }) }));
  const exact = entries.filter((e) => e.received.value !== null && e.received.bound === 'exact' && !e.received.approximate);
  const ordered = [...exact].sort((a, b) => (b.received.value as number) - (a.received.value as number) || a.donorId.localeCompare(b.donorId));
  // Equal amounts share a rank (1, 2, 2, 4).
  const rankOf = (value: number) => 1 + ordered.filter((e) => (e.received.value as number) > value).length;
  const standings = entries
    .map((e) => ({
      donorId: e.donorId,
      received: e.received,
      rank: exact.includes(e) ? rankOf(e.received.value as number) : null,
      share: ratio(e.received, fundReceived),
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.donorId.localeCompare(b.donorId));
  return { fund, year, standings, complete: exact.length === entries.length };
}

/** Why a donor has no rank for a year, said as it is. */
export type NotRankedReason = 'pledge_only' | 'amount_not_stated' | 'amount_not_exact';

export interface DonorYearStanding {
  year: number;
  rank: number | null;
  /** Set when rank is null. */
  notRankedReason: NotRankedReason | null;
  /** The donor's contributions ÷ the fund's received total; unknown without that total. */
  share: Ratio | null;
  /** The fund's received total for the year is known (a share can be given). */
  fundTotalKnown: boolean;
  donorsRecorded: number;
  /** Every donor recorded for the year has an exact amount. */
  complete: boolean;
}

/** One donor's place among a fund's donors in a year, or the plain reason it has none. */
export function donorYearStanding(figures: readonly FigureFacts[], fund: string, year: number, donorId: string): DonorYearStanding {
  const ranking = donorRanking(figures, fund, year);
  const standing = ranking.standings.find((s) => s.donorId === donorId) ?? null;
  const fundTotalKnown = yearValue(figures, { fund, year, metric: 'contributions', statuses: ['received'] }).value !== null;
  const notRankedReason: NotRankedReason | null =
    standing === null ? 'pledge_only' : standing.rank !== null ? null : standing.received.value === null ? 'amount_not_stated' : 'amount_not_exact';
  return {
    year,
    rank: standing?.rank ?? null,
    notRankedReason,
    share: standing?.share ?? null,
    fundTotalKnown,
    donorsRecorded: ranking.standings.length,
    complete: ranking.complete,
  };
}

export interface DonorBaseYear {
  year: number;
  /** The number of donors a source states for the year. */
  statedDonors: YearValue;
  /** The number of new donors a source states for the year. */
  statedNewDonors: YearValue;
  /** Donors with a contribution recorded for the year in this dataset (records may be incomplete). */
  recordedDonors: string[];
  /** Recorded this year and in no earlier year of the records. */
  firstRecorded: string[];
  /** Recorded this year, not the year before, but in some earlier year. */
  returning: string[];
  /** Recorded the year before, not this year. */
  lapsed: string[];
  /** The five largest recorded payments ÷ the fund's received total; unknown unless every recorded donor's amount and the total are known. */
  topFiveShare: Ratio;
}

/** A fund's donor base year by year: what sources state, and what the recorded contributions show. */
export function donorBase(figures: readonly FigureFacts[], fund: string): DonorBaseYear[] {
  const byYear = new Map<number, Set<string>>();
  for (const f of figures) {
    if (isDonorContribution(f, fund) && isYearly(f) && f.status !== null && GIVING_STATUSES.includes(f.status)) {
      byYear.set(f.year as number, (byYear.get(f.year as number) ?? new Set()).add(f.donorId as string));
    }
  }
  const statedYears = yearsWithFigures(figures.filter(isFundLevel), fund, ['number_of_donors', 'new_donors']);
  const years = [...new Set([...byYear.keys(), ...statedYears])].sort((a, b) => a - b);
  if (years.length === 0) return [];
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const out: DonorBaseYear[] = [];
  const seen = new Set<string>();
  for (let year = first; year <= last; year++) {
    const recorded = [...(byYear.get(year) ?? [])].sort();
    const previous = byYear.get(year - 1) ?? new Set<string>();
    const ranking = donorRanking(figures, fund, year);
    const fundReceived = yearValue(figures, { fund, year, metric: 'contributions', statuses: ['received'] });
    const topFive = ranking.complete && recorded.length > 0 ? sum(ranking.standings.slice(0, 5).map((s) => s.received)) : unknownQuantity();
    out.push({
      year,
      statedDonors: yearValue(figures, { fund, year, metric: 'number_of_donors' }),
      statedNewDonors: yearValue(figures, { fund, year, metric: 'new_donors' }),
      recordedDonors: recorded,
      firstRecorded: recorded.filter((d) => !seen.has(d)),
      returning: recorded.filter((d) => seen.has(d) && !previous.has(d)),
      lapsed: [...previous].filter((d) => !recorded.includes(d)).sort(),
      topFiveShare: ratio(topFive, fundReceived),
    });
    for (const d of recorded) seen.add(d);
  }
  return out;
}

/** States (from `stateIds`) with no contribution of any kind recorded for the fund — which is not proof they never gave. */
export function statesWithoutRecordedContribution(figures: readonly FigureFacts[], fund: string, stateIds: readonly string[]): string[] {
  const donors = new Set(figures.filter((f) => isDonorContribution(f, fund)).map((f) => f.donorId as string));
  return stateIds.filter((id) => !donors.has(id));
}

// ---- reviews over a period -----------------------------------------------------------------------

/** Sources and uses of funds, in the order a statement of income and expenditure gives them. */
export const SOURCES_AND_USES: readonly Metric[] = ['opening_balance', 'contributions', 'other_income', 'expenditure', 'programme_support_costs', 'closing_balance'];

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
