// Chart rows from the funding module's yearly values: one row per year from the first to the last year
// with a figure, so a missing year is an empty slot on the axis, never a zero. (Their CSV: rows.ts.)

import type { Figure, FundDetail } from '../../../server/contract/schemas.js';
import { FUNDING_SERIES, type FundingSeries } from './config.js';

/** What a chart cell reads of the funding module's value (the fund page's and the overview card's both have it). */
type YearValue = Pick<FundDetail['funding'][number]['contributions'], 'value' | 'bound' | 'approximate' | 'partialYear' | 'figureIds' | 'sourcesDisagree' | 'status'>;
type FundingYear = { year: number } & Record<FundingSeries, YearValue>;

export interface FundingChartRow {
  year: number;
  /** Cents per series; null when no figure is recorded. */
  values: Record<FundingSeries, number | null>;
  /** The funding module's value behind each cell, with its qualifiers and figure ids. */
  cells: Record<FundingSeries, YearValue | null>;
  /** No series has a figure for this year. */
  empty: boolean;
}

export function fundingChartRows(funding: readonly FundingYear[]): FundingChartRow[] {
  const byYear = new Map(funding.map((f) => [f.year, f]));
  const years = funding.map((f) => f.year);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: FundingChartRow[] = [];
  for (let year = first; year <= last; year++) {
    const entry = byYear.get(year);
    const cells = Object.fromEntries(
      FUNDING_SERIES.map((series) => {
        const cell = entry?.[series] ?? null;
        return [series, cell && cell.value !== null ? cell : null];
      }),
    ) as Record<FundingSeries, YearValue | null>;
    const values = Object.fromEntries(FUNDING_SERIES.map((s) => [s, cells[s]?.value ?? null])) as Record<FundingSeries, number | null>;
    rows.push({ year, values, cells, empty: FUNDING_SERIES.every((s) => cells[s] === null) });
  }
  return rows;
}

/** The figures drawn in the chart (for its sources list and CSV). */
export function figuresInChart(rows: readonly FundingChartRow[], figuresById: ReadonlyMap<string, Figure>): Figure[] {
  const ids = new Set(rows.flatMap((row) => FUNDING_SERIES.flatMap((s) => row.cells[s]?.figureIds ?? [])));
  return [...ids].map((id) => figuresById.get(id)).filter((f): f is Figure => f !== undefined);
}

