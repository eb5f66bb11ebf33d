// What a fund's first screen answers, decided here with the rest of the funding rules (funding.ts
// re-exports it): the latest statement of each money figure, what came in less what went out, the
// trend of contributions over the years known, and the gap — or, where no requirement is published,
// what is known instead. Never a guessed number: an unknown part leaves the result unknown.

import {
  fundFundingSeries,
  latestFundLevelFigure,
  receivedLessSpent,
  type FigureFacts,
  type FundYearFunding,
  type YearValue,
} from './funding.js';
import { subtract, unknownQuantity, type Quantity, type Ratio } from './quantity.js';
import { COUNT_METRICS, MONEY_METRICS, type Metric, type MoneyMetric } from '../contract/vocabulary.js';

export interface LatestFigure<M extends Metric = Metric> {
  metric: M;
  /** The most recent fund-level statement of the metric, whatever its period. */
  figureId: string;
  /** Its year; null when the source gives none. */
  year: number | null;
}
export type LatestMoney = LatestFigure<MoneyMetric>;

export interface ReceivedAndSpent {
  year: number;
  received: YearValue;
  spent: YearValue;
  /** received − spent: positive when more came in than went out. */
  difference: Quantity;
}

/** How a series moved from its first known year to its last. */
export type TrendDirection = 'up' | 'down' | 'flat' | 'unclear';

export interface Trend {
  /** The years with a known amount, ascending. */
  points: { year: number; value: YearValue }[];
  /** last − first, as much as the qualifiers allow (unknown when they allow nothing). */
  change: Quantity;
  direction: TrendDirection | null;
}

export type GapAnswer =
  | { kind: 'known'; year: number; requirement: YearValue; received: YearValue; gap: Quantity; surplus: Quantity; coverage: Ratio }
  | { kind: 'requirement_only'; year: number; requirement: YearValue }
  | { kind: 'no_requirement'; knownInstead: LatestFigure[] };

export interface FundGlance {
  latestMoney: LatestMoney[];
  /** Every year with received or spending recorded, newest first. */
  receivedAndSpent: ReceivedAndSpent[];
  /** The newest year in which both are known, or null. */
  latestBalancedYear: number | null;
  contributionsTrend: Trend;
  gap: GapAnswer;
}

/** The direction a change shows, only where its qualifiers leave no doubt ("at least −5" says nothing). */
export function trendDirection(change: Quantity): TrendDirection {
  const { value, bound } = change;
  if (value === null) return 'unclear';
  if (value > 0 && bound !== 'at_most') return 'up';
  if (value < 0 && bound !== 'at_least') return 'down';
  if (value === 0 && bound === 'exact' && !change.approximate) return 'flat';
  return 'unclear';
}

export function trendOf(points: readonly { year: number; value: YearValue }[]): Trend {
  const known = points.filter((p) => p.value.value !== null).sort((a, b) => a.year - b.year);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || known.length < 2) return { points: known, change: unknownQuantity(), direction: null };
  // A part-year value is only a floor for its year: a change to it can still say "rose", never "fell".
  const change = subtract(last.value, first.value);
  return { points: known, change, direction: trendDirection(change) };
}

function gapAnswer(funding: readonly FundYearFunding[], known: readonly LatestFigure[]): GapAnswer {
  const withRequirement = funding.filter((y) => y.requirement.value !== null);
  const newest = withRequirement[withRequirement.length - 1];
  if (newest) {
    if (newest.gap.value === null) return { kind: 'requirement_only', year: newest.year, requirement: newest.requirement };
    return { kind: 'known', year: newest.year, requirement: newest.requirement, received: newest.received, gap: newest.gap, surplus: newest.surplus, coverage: newest.coverage };
  }
  return { kind: 'no_requirement', knownInstead: known.filter((m) => m.metric !== 'requirement') };
}

/**
 * The answers of a fund's first screen, from its figures: `figures` feed the yearly series (the grouped
 * yearly facts will do); `latestCandidates` are the statements of any period the latest is chosen from.
 */
export function fundGlance(figures: readonly FigureFacts[], fund: string, latestCandidates: readonly FigureFacts[] = figures): FundGlance {
  const own = figures.filter((f) => f.fund === fund);
  return fundGlanceOf(fundFundingSeries(own, fund), latestCandidates, fund);
}

/** The same answers from the fund's funding series (however it was computed) and its latest-statement candidates. */
export function fundGlanceOf(funding: readonly FundYearFunding[], latestCandidates: readonly FigureFacts[], fund: string): FundGlance {
  const ownCandidates = latestCandidates.filter((f) => f.fund === fund);
  const latest = <M extends Metric>(metrics: readonly M[]): LatestFigure<M>[] =>
    metrics.flatMap((metric) => {
      const newest = latestFundLevelFigure(ownCandidates, fund, metric);
      return newest ? [{ metric, figureId: newest.id, year: newest.year }] : [];
    });
  const latestMoney = latest(MONEY_METRICS);
  const receivedAndSpent = funding
    .filter((y) => y.received.figureIds.length > 0 || y.expenditure.figureIds.length > 0)
    .map((y) => ({ year: y.year, received: y.received, spent: y.expenditure, difference: receivedLessSpent(y.received, y.expenditure) }))
    .reverse();
  const contributions = funding.filter((y) => y.contributions.value !== null);
  return {
    latestMoney,
    receivedAndSpent,
    latestBalancedYear: receivedAndSpent.find((y) => y.difference.value !== null)?.year ?? null,
    contributionsTrend: trendOf(contributions.map((y) => ({ year: y.year, value: y.contributions }))),
    // Where no requirement is published: every other latest statement, money and counts (delegates, countries…).
    gap: gapAnswer(funding, [...latestMoney, ...latest(COUNT_METRICS)]),
  };
}
