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
