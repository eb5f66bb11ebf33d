// The funding chart's rows (rowsCore.ts) and their CSV. The CSV writer is kept out of rowsCore.ts so
// the overview cards draw their charts without loading it.

import { formatCentsAsPlainUsd } from '../../../server/contract/money.js';
import type { Figure } from '../../../server/contract/schemas.js';
import { toCsv } from '../../format/csv.js';
import { FUNDING_SERIES, type FundingSeries } from './config.js';
import type { FundingChartRow } from './rowsCore.js';

export { figuresInChart, fundingChartRows, type FundingChartRow } from './rowsCore.js';

/** Exactly the chart's data as CSV: one line per year and series, missing values empty and said to be missing. */
export function fundingChartCsv(rows: readonly FundingChartRow[], figuresById: ReadonlyMap<string, Figure>, labels: { series: (s: FundingSeries) => string; notRecorded: string }): string {
  type Line = { year: number; series: FundingSeries; cell: FundingChartRow['cells'][FundingSeries] };
  const lines: Line[] = rows.flatMap((row) => FUNDING_SERIES.map((series) => ({ year: row.year, series, cell: row.cells[series] })));
  const figuresOf = (line: Line) => (line.cell?.figureIds ?? []).map((id) => figuresById.get(id)).filter((f): f is Figure => f !== undefined);
  return toCsv(lines, [
    { header: 'year', value: (l) => l.year },
    { header: 'series', value: (l) => labels.series(l.series) },
    { header: 'value_usd', value: (l) => (l.cell?.value == null ? null : formatCentsAsPlainUsd(l.cell.value)) },
    { header: 'recorded', value: (l) => (l.cell ? 'yes' : labels.notRecorded) },
    { header: 'bound', value: (l) => l.cell?.bound ?? null },
    { header: 'approximate', value: (l) => (l.cell ? String(l.cell.approximate) : null) },
    { header: 'part_of_year', value: (l) => (l.cell ? String(l.cell.partialYear) : null) },
    { header: 'status', value: (l) => l.cell?.status ?? null },
    { header: 'sources_disagree', value: (l) => (l.cell ? String(l.cell.sourcesDisagree) : null) },
    { header: 'figure_ids', value: (l) => (l.cell?.figureIds ?? []).join(' ') },
    { header: 'as_of', value: (l) => figuresOf(l).map((f) => f.asOf ?? '').join(' ') },
    { header: 'sources', value: (l) => figuresOf(l).flatMap((f) => f.sources.map((s) => `${s.symbol ?? s.title}${s.locator ? `, ${s.locator}` : ''} <${s.url}>`)).join(' | ') },
  ], { comments: ['Values in US dollars. bound: exact, at_least (a lower bound or part of a year) or at_most. A year with no figure is missing, not zero.'] });
}
