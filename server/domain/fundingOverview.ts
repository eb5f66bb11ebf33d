// The overview card of a fund, from the funding module's rules (funding.ts): its yearly money values
// for the card chart and table, and the latest statement of each metric. Shaping only: every value
// here is one funding.ts decided.

import type { Metric } from '../contract/vocabulary.js';
import { METRICS } from '../contract/vocabulary.js';
import { fundFundingSeries, latestFundLevelFigure, type FigureFacts, type YearValue } from './funding.js';
import type { Quantity, Ratio } from './quantity.js';
import { citedCount } from './citedFigures.js';

export interface CardValue extends Quantity {
  sourcesDisagree: boolean;
  status: YearValue['status'];
  alternativeCount: number;
}

export interface CardQuantity extends Omit<Quantity, 'figureIds'> {
  figureCount: number;
}

export interface CardYear {
  year: number;
  contributions: CardValue;
  expenditure: CardValue;
  requirement: CardValue;
  outstanding: CardQuantity;
  gap: CardQuantity;
  coverage: Omit<Ratio, 'figureIds'>;
}

export interface FundCard {
  funding: CardYear[];
  /** Per metric: the id of its latest fund-level statement. */
  latestIds: Partial<Record<Metric, string>>;
  /** Every figure the card cites: its latest statements and its chart's chosen values. */
  citedIds: string[];
}

const cardValue = ({ alternativeIds, alternativeIdsOmitted, ...value }: YearValue): CardValue => ({
  ...value,
  alternativeCount: alternativeIds.length + (alternativeIdsOmitted ?? 0),
});
const cardQuantity = ({ figureIds, figureIdsOmitted, ...quantity }: Quantity): CardQuantity => ({
  ...quantity,
  figureCount: citedCount({ figureIds, ...(figureIdsOmitted === undefined ? {} : { figureIdsOmitted }) }),
});

/** The card of a fund: its funding series trimmed to what the card shows, and its latest statements. */
export function fundCard(figures: readonly FigureFacts[], fund: string): FundCard {
  return fundCardOf(fundFundingSeries(figures, fund), (metric) => latestFundLevelFigure(figures, fund, metric)?.id ?? null);
}

/** The card from the funding series and the latest statement of each metric (however they were computed). */
export function fundCardOf(series: ReturnType<typeof fundFundingSeries>, latestId: (metric: Metric) => string | null): FundCard {
  const funding = series.map(
    (y): CardYear => ({
      year: y.year,
      contributions: cardValue(y.contributions),
      expenditure: cardValue(y.expenditure),
      requirement: cardValue(y.requirement),
      outstanding: cardQuantity(y.outstanding),
      gap: cardQuantity(y.gap),
      coverage: { value: y.coverage.value, bound: y.coverage.bound, approximate: y.coverage.approximate },
    }),
  );
  const latestIds: FundCard['latestIds'] = {};
  for (const metric of METRICS) {
    const id = latestId(metric);
    if (id !== null) latestIds[metric] = id;
  }
  const chartIds = funding.flatMap((y) => [y.contributions, y.expenditure, y.requirement].flatMap((v) => v.figureIds));
  return { funding, latestIds, citedIds: [...new Set([...Object.values(latestIds), ...chartIds])] };
}
