// A figure in the domain. It has two shapes here, each for one job:
// - FigureDraft / FigureRecord: a figure as it is stored (a row of `figures` with its countries and
//   sources). The loader reads data/ into records, an import or an edit form makes drafts; the
//   figure rules (figureRules.ts) check drafts; editing/figures.ts writes them.
// - FigureFacts (funding.ts): what the arithmetic reads of a stored figure, conflicts included.
// The API's shapes (Figure out, FigureInput in) are in server/contract/; factsOf below is the one
// mapping from the API's Figure to the facts, and toDraft (editing/figures.ts) the one from FigureInput.

import type { Figure } from '../contract/schemas.js';
import type {
  Attribution,
  Basis,
  ContributionStatus,
  FundId,
  Metric,
  Period,
  Precision,
  Unit,
} from '../contract/vocabulary.js';
import type { FigureFacts } from './funding.js';

/** A figure before it has an id: everything that is stored about it. */
export interface FigureDraft {
  fund: FundId;
  year: number | null;
  metric: Metric;
  /** Integer US cents for money, a count otherwise; null when the source gives no number. */
  value: number | null;
  unit: Unit;
  status: ContributionStatus | null;
  precision: Precision;
  period: Period;
  periodStart: number | null;
  asOf: string | null;
  donorId: string | null;
  /** The beneficiary States (ISO3) the figure is about. */
  countryIds: readonly string[];
  scope: string | null;
  session: string | null;
  attribution: Attribution;
  /** planned: a count announced before the session; reported: stated after the fact. */
  basis: Basis;
  note: string | null;
  /** In the order the figure cites them. */
  sources: readonly { sourceId: string; locator: string | null }[];
}

/** A stored figure. */
export interface FigureRecord extends FigureDraft {
  id: string;
}

/** What the funding arithmetic needs of a figure the API serves. */
export function factsOf(figure: Figure): FigureFacts {
  return {
    id: figure.id,
    fund: figure.fund,
    year: figure.year,
    metric: figure.metric,
    value: figure.value,
    unit: figure.unit,
    status: figure.status,
    precision: figure.precision,
    period: figure.period,
    periodStart: figure.periodStart,
    asOf: figure.asOf,
    donorId: figure.donor?.id ?? null,
    countryIds: figure.countries.map((c) => c.id),
    session: figure.session,
    conflictsWith: figure.conflictsWith,
  };
}

/**
 * Yearly figures alike in everything the funding rules compare but their ids and values, as the
 * database groups them (queries/fundingGroups.ts): fund, year, metric, status, donor, unit, period,
 * precision, as-of date, and whether the figure is one session's or names beneficiary States.
 */
export interface FactGroup {
  fund: string;
  year: number;
  metric: FigureFacts['metric'];
  status: FigureFacts['status'];
  donorId: string | null;
  unit: FigureFacts['unit'];
  hasSession: boolean;
  hasCountries: boolean;
  period: FigureFacts['period'];
  precision: FigureFacts['precision'];
  asOf: string | null;
  /** The group's figures, and each one's value (same order). */
  ids: readonly string[];
  values: readonly (number | null)[];
  /** Those of its figures recorded as disagreeing with another source. */
  conflictedIds: readonly string[];
}

/**
 * The groups read back as the facts the rules read. What a group does not carry (which session, which
 * States, which figure a conflict is with) the rules only test for presence, so a marker stands for it.
 */
export function factsFromGroups(groups: readonly FactGroup[]): FigureFacts[] {
  return groups.flatMap((g) => {
    const conflicted = new Set(g.conflictedIds);
    return g.ids.map((id, i) => ({
      id,
      fund: g.fund,
      year: g.year,
      metric: g.metric,
      value: g.values[i] ?? null,
      unit: g.unit,
      status: g.status,
      precision: g.precision,
      period: g.period,
      periodStart: null,
      asOf: g.asOf,
      donorId: g.donorId,
      countryIds: g.hasCountries ? ['(some)'] : [],
      session: g.hasSession ? '(some)' : null,
      conflictsWith: conflicted.has(id) ? ['(some)'] : [],
    }));
  });
}
