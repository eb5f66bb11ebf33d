// The donors' views: who is recorded to have given to which fund, one donor's record with its rank
// and share each year, and a fund's donor base. The arithmetic is funding.ts's; this decides what
// each view holds and in what order.

import type { EntityRef, Figure } from '../contract/schemas.js';
import { FUND_IDS } from '../contract/vocabulary.js';
import { factsOf } from './figure.js';
import {
  donorBase,
  donorFundSummary,
  donorYearStanding,
  fundDonorRankings,
  groupBy,
  statesWithoutRecordedContribution,
  type DonorFundSummary,
  type FigureFacts,
} from './funding.js';

/** Donors with a contribution recorded for any fund, in the order first met. */
export const contributingDonorIds = (facts: readonly FigureFacts[]): string[] => [
  ...new Set(
    facts.filter((f) => f.metric === 'contributions' && f.donorId !== null).map((f) => f.donorId as string),
  ),
];

/** A summary holds something: a year's pledge or payment, or a figure that is not one year's flow. */
const isRecorded = (summary: DonorFundSummary) =>
  summary.years.length > 0 || summary.otherFigureIds.length > 0;

/** Donor × fund: each contributing donor's summary per fund (null where nothing is recorded), donors by English name. */
export function donorMatrix(facts: readonly FigureFacts[], refs: ReadonlyMap<string, EntityRef>) {
  // Each donor's own figures, once: a summary reads only those (donors × figures otherwise).
  const factsByDonor = groupBy(facts, (f) => f.donorId);
  const donors = contributingDonorIds(facts)
    .map((donorId) => ({
      donor: refs.get(donorId)!,
      funds: Object.fromEntries(
        FUND_IDS.map((fund) => {
          const summary = donorFundSummary(factsByDonor.get(donorId) ?? [], fund, donorId);
          return [fund, isRecorded(summary) ? summary : null];
        }),
      ),
    }))
    .sort((a, b) => a.donor.name.en.localeCompare(b.donor.name.en));
  return { donors };
}

/** One donor: per fund where it is recorded, its pledges and payments, and its rank and share each year. */
export function donorProfile(figures: readonly Figure[], donor: EntityRef) {
  const facts = figures.map(factsOf);
  const own = figures.filter((f) => f.donor?.id === donor.id && f.metric === 'contributions');
  const funds = FUND_IDS.map((fund) => {
    const summary = donorFundSummary(facts, fund, donor.id);
    const rankings = summary.years.map((y) => donorYearStanding(facts, fund, y.year, donor.id));
    return { fund, summary, rankings };
  }).filter((f) => isRecorded(f.summary));
  return { donor, funds, figures: own };
}

/** A fund's donor base by year, the States (of `stateIds`) with no recorded contribution, and every entity they name. */
export function fundDonorBase(facts: readonly FigureFacts[], fund: string, stateIds: readonly string[]) {
  const years = donorBase(facts, fund);
  const withoutRecordedContribution = statesWithoutRecordedContribution(facts, fund, stateIds);
  const rankings = fundDonorRankings(facts, fund);
  const named = [
    ...new Set([
      ...years.flatMap((y) => [...y.recordedDonors, ...y.lapsed]),
      ...withoutRecordedContribution,
      ...rankings.flatMap((r) => [...r.standings.map((s) => s.donorId), ...r.notRanked.map((n) => n.donorId)]),
    ]),
  ];
  return { years, withoutRecordedContribution, named, rankings };
}
