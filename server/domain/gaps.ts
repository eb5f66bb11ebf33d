// The donors' gap view: every fund's yearly funding, and which funds are furthest from their
// published requirement. A fund is ranked only where a requirement is published: no gap is guessed.

import type { BacklogEntry, Fund } from '../contract/schemas.js';
import type { FundId } from '../contract/vocabulary.js';
import { fundFundingSeries, type FigureFacts, type FundYearFunding } from './funding.js';

export interface FundGaps {
  fund: Fund;
  years: FundYearFunding[];
  /** The latest year with a published requirement, or null when none is published. */
  latestWithRequirement: FundYearFunding | null;
  /** The documents known to hold the fund's requirement, not yet transcribed. */
  requirementDocuments: BacklogEntry[];
}

/** Funds with a known latest gap, largest first; funds without a published requirement are not ranked. */
export function rankByLatestGap(rows: readonly Pick<FundGaps, 'fund' | 'latestWithRequirement'>[]): FundId[] {
  const known = rows.flatMap((r) =>
    r.latestWithRequirement?.gap.value != null
      ? [{ id: r.fund.id, gap: r.latestWithRequirement.gap.value }]
      : [],
  );
  return known.sort((a, b) => b.gap - a.gap).map((r) => r.id);
}

export function fundGaps(facts: readonly FigureFacts[], funds: readonly Fund[], backlog: readonly BacklogEntry[]) {
  return fundGapsOf((fund) => fundFundingSeries(facts, fund), funds, backlog);
}

/** The same from each fund's funding series, however it was computed. */
export function fundGapsOf(seriesOf: (fund: string) => FundYearFunding[], funds: readonly Fund[], backlog: readonly BacklogEntry[]) {
  const rows = funds.map((fund): FundGaps => {
    const years = seriesOf(fund.id);
    const withRequirement = years.filter((y) => y.requirement.value !== null);
    return {
      fund,
      years,
      latestWithRequirement: withRequirement[withRequirement.length - 1] ?? null,
      requirementDocuments: backlog.filter((b) => b.fund === fund.id && b.metrics.includes('requirement')),
    };
  });
  return { funds: rows, ranking: rankByLatestGap(rows) };
}
