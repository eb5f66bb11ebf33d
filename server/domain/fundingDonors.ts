// Funding arithmetic for donors: each donor's pledges, payments and unpaid pledges, its rank and
// share, and a fund's donor base. Part of the one funding module (funding.ts re-exports it), with its
// rules: a bare pledge is never giving; an amount a source states is never shown as unknown.

import {
  CONTRIBUTIONS_SERIES_STATUSES,
  groupBy,
  isFundLevel,
  isYearly,
  quantityOfFigure,
  yearsWithFigures,
  yearValue,
  donorYearFunding,
  type DonorYearFunding,
  type FigureFacts,
  type YearValue,
} from './funding.js';
import { ratio, sum, unknownQuantity, type Quantity, type Ratio } from './quantity.js';
import type { ContributionStatus } from '../contract/vocabulary.js';

/** Contribution statuses that mean a donor gave or is recorded as giving in a year (a bare pledge is not giving). */
const GIVING_STATUSES: readonly ContributionStatus[] = ['received', 'pledged_and_received', 'unspecified'];

const isDonorContribution = (f: FigureFacts, fund: string) => f.fund === fund && f.metric === 'contributions' && f.donorId !== null;

export interface DonorFundSummary {
  donorId: string;
  fund: string;
  /** Each year the donor has a yearly figure for: pledged, received, outstanding, and contributions as qualified. */
  years: (DonorYearFunding & { year: number; contributions: YearValue; pledgedPaymentNotRecorded: Quantity })[];
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
  const perYear = years.map((year) => {
    const funding = donorYearFunding(donorFigures, fund, year, donorId);
    const contributions = yearValue(donorFigures, { fund, year, donorId, metric: 'contributions', statuses: CONTRIBUTIONS_SERIES_STATUSES });
    // A pledge with no payment or contribution of any kind recorded for its year: its amount is
    // stated; whether it was paid is not known (never "unknown" for the amount itself).
    const noPaymentRecorded = funding.pledged.figureIds.length > 0 && funding.received.figureIds.length === 0 && contributions.figureIds.length === 0;
    return { year, ...funding, contributions, pledgedPaymentNotRecorded: noPaymentRecorded ? funding.pledged : unknownQuantity() };
  });
  const undatedPledges = own.filter((f) => !isYearly(f) && f.status === 'pledged').map(quantityOfFigure);
  const received = perYear.filter((y) => y.received.figureIds.length > 0).map((y) => y.received);
  const contributions = perYear.filter((y) => y.contributions.figureIds.length > 0).map((y) => y.contributions);
  const pledged = [...perYear.filter((y) => y.pledged.figureIds.length > 0).map((y) => y.pledged), ...undatedPledges];
  const outstanding = perYear.filter((y) => y.pledged.figureIds.length > 0).map((y) => y.outstanding);
  const unpaidAsFarAsKnown = [...perYear.filter((y) => y.pledgedPaymentNotRecorded.figureIds.length > 0).map((y) => y.pledgedPaymentNotRecorded), ...undatedPledges];
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


/** Why a fund's donors are not ranked for a year, said as it is. */
export type RankingWithheldReason = 'fund_total_unknown' | 'no_exact_amounts';

export interface FundYearRanking extends DonorRanking {
  /** Null when the ranking stands: the fund's received total is known and at least one amount is exact. */
  withheldReason: RankingWithheldReason | null;
  /** The fund's received total for the year, against which shares are taken. */
  fundReceived: YearValue;
  /** Per donor without a rank: why (a pledge alone, no amount stated, an amount that is not exact). */
  notRanked: { donorId: string; reason: NotRankedReason }[];
}

/**
 * A fund's donor ranking for every year with a donor's contribution or pledge recorded, newest first.
 * A ranking is shown only where the amounts ranked are exact and the fund's total is known (so a share
 * and "out of how many" mean something); otherwise the reason is given instead of a guessed order.
 */
export function fundDonorRankings(figures: readonly FigureFacts[], fund: string): FundYearRanking[] {
  const own = figures.filter((f) => isDonorContribution(f, fund) && isYearly(f));
  const years = [...new Set(own.map((f) => f.year as number))].sort((a, b) => b - a);
  const byYear = groupBy(
    figures.filter((f) => f.fund === fund),
    (f) => f.year,
  );
  return years.map((year) => {
    const yearFigures = byYear.get(year) ?? [];
    const ranking = donorRanking(yearFigures, fund, year);
    const fundReceived = yearValue(yearFigures, { fund, year, metric: 'contributions', statuses: ['received'] });
    const ranked = ranking.standings.filter((s) => s.rank !== null);
    const withheldReason: RankingWithheldReason | null = fundReceived.value === null ? 'fund_total_unknown' : ranked.length === 0 ? 'no_exact_amounts' : null;
    const pledgeOnly = [...new Set(own.filter((f) => f.year === year).map((f) => f.donorId as string))].filter((d) => !ranking.standings.some((s) => s.donorId === d));
    const notRanked = [
      ...ranking.standings
        .filter((s) => s.rank === null)
        .map((s) => ({ donorId: s.donorId, reason: (s.received.value === null ? 'amount_not_stated' : 'amount_not_exact') as NotRankedReason })),
      ...pledgeOnly.sort().map((donorId) => ({ donorId, reason: 'pledge_only' as NotRankedReason })),
    ];
    return { ...ranking, standings: withheldReason === null ? ranked : [], withheldReason, fundReceived, notRanked };
  });
}
