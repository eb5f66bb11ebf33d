// What the funding rules decide for one fund and one year, kept in the database (funding_cells,
// migration 0009) so that a fund's totals cost one row per year to read, whatever the number of figures.
//
// A cell is computed by the funding module from that fund-year's figures alone (every rule of a year
// reads only them: see fundFundingSeries), so the cells together give what the whole computation gives.
// Triggers give a (fund, year) a new version whenever a write touches one of its figures, their States or
// their recorded disagreements; a cell is used only if it was computed for the version its (fund, year)
// has now, and a reader recomputes exactly the cells a write touched. Bulk loads refresh every cell they
// touched (`refreshFundingCells`), so the first reader after a data load pays nothing.

import type { Queryable } from '../db/connection.js';
import { CITED_IDS_LISTED, listAtMost } from '../domain/citedFigures.js';
import {
  fundFundingSeries,
  latestFundLevelFigure,
  metricSeries,
  type FigureFacts,
  type FundYearFunding,
  type YearValue,
} from '../domain/funding.js';
import { METRICS, type Metric } from '../contract/vocabulary.js';
import { listFundFacts } from './fundFacts.js';

export interface FundingCell {
  fund: string;
  year: number;
  /** Every figure of the fund dated this year, whatever its period. */
  figureCount: number;
  /** The year's funding, when the fund as a whole has a money figure for it (as fundFundingSeries decides). */
  funding: FundYearFunding | null;
  /** Per metric: the fund-level yearly value, where there is one (as metricSeries decides). */
  series: Partial<Record<Metric, YearValue>>;
  /** Per metric, the year's latest fund-level statement: the latest of all years is the latest of these. */
  latestCandidates: FigureFacts[];
}

/** A fund's cells, ascending by year, and what no cell holds: its undated figures. */
export interface FundCells {
  fund: string;
  cells: FundingCell[];
  undatedCandidates: FigureFacts[];
  undatedCount: number;
}

/**
 * The cell of one fund-year from its own figures (every period: the rules pick the yearly ones, the
 * latest statement any but a multi-year average). Lists of ids are cut (citedFigures.ts) before they are kept.
 */
export function fundingCellOf(fund: string, year: number, figures: readonly FigureFacts[], limit = CITED_IDS_LISTED): FundingCell {
  const series: FundingCell['series'] = {};
  for (const metric of METRICS) {
    const point = metricSeries(figures, fund, metric)[0];
    if (point) series[metric] = point.value;
  }
  // latestFundLevelFigure orders by a total order (year, as-of date, id), so the latest over all years
  // is the latest among each year's own latest: one per metric is all a cell keeps.
  const newest = newestPerMetric(fund, figures);
  return listAtMost({ fund, year, figureCount: figures.length, funding: fundFundingSeries(figures, fund)[0] ?? null, series, latestCandidates: newest }, limit);
}

const newestPerMetric = (fund: string, candidates: readonly FigureFacts[]): FigureFacts[] =>
  METRICS.flatMap((metric) => latestFundLevelFigure(candidates, fund, metric) ?? []);

const YEARS_PER_BATCH = 6;

// Cells being computed by this process, so that a burst of readers after a write computes each once.
const inFlight = new Map<string, Promise<FundingCell[]>>();

interface VersionRow {
  fund_id: string;
  year: number;
  version: string;
  cell: FundingCell | string | null;
}

/** The cells of one fund, or of every fund, recomputing those a write has touched since they were kept. */
export async function readFundingCells(db: Queryable, fund: string | null = null): Promise<Map<string, FundCells>> {
  const [rows, undated] = await Promise.all([
    db.query<VersionRow>(
      `SELECT v.fund_id, v.year, v.version::text AS version, c.cell
         FROM funding_cell_versions v
         LEFT JOIN funding_cells c ON c.fund_id = v.fund_id AND c.year = v.year AND c.version = v.version
        WHERE $1::text IS NULL OR v.fund_id = $1
        ORDER BY v.fund_id, v.year`,
      [fund],
    ),
    db.query<{ fund_id: string; n: unknown }>(
      `SELECT fund_id, count(*) AS n FROM figures WHERE year IS NULL AND ($1::text IS NULL OR fund_id = $1) GROUP BY fund_id`,
      [fund],
    ),
  ]);
  const stale = new Map<string, { year: number; version: string }[]>();
  for (const r of rows) if (r.cell === null) stale.set(r.fund_id, [...(stale.get(r.fund_id) ?? []), { year: r.year, version: r.version }]);
  const computed = new Map<string, FundingCell>();
  // A few years at a time, one batch after another: after a bulk load every cell is stale, and one
  // pass over a whole fund would hold pool connections for seconds while other requests wait for one.
  for (const [fundId, years] of stale) {
    for (let i = 0; i < years.length; i += YEARS_PER_BATCH) {
      for (const cell of await computeCells(db, fundId, years.slice(i, i + YEARS_PER_BATCH))) computed.set(`${fundId}:${cell.year}`, cell);
    }
  }
  const funds = fund === null ? [...new Set([...rows.map((r) => r.fund_id), ...undated.map((u) => u.fund_id)])] : [fund];
  const out = new Map<string, FundCells>();
  await Promise.all(
    funds.map(async (fundId) => {
      const undatedCount = Number(undated.find((u) => u.fund_id === fundId)?.n ?? 0);
      out.set(fundId, {
        fund: fundId,
        cells: rows
          .filter((r) => r.fund_id === fundId)
          .map((r) => (r.cell === null ? computed.get(`${fundId}:${r.year}`)! : typeof r.cell === 'string' ? (JSON.parse(r.cell) as FundingCell) : r.cell))
          .filter((c) => c.figureCount > 0),
        undatedCandidates: undatedCount > 0 ? newestPerMetric(fundId, await listFundFacts(db, fundId, null)) : [],
        undatedCount,
      });
    }),
  );
  return out;
}

function computeCells(db: Queryable, fund: string, years: readonly { year: number; version: string }[]): Promise<FundingCell[]> {
  const key = `${fund}:${years.map((y) => `${y.year}@${y.version}`).join(',')}`;
  const running = inFlight.get(key);
  if (running) return running;
  const work = computeAndKeep(db, fund, years).finally(() => inFlight.delete(key));
  inFlight.set(key, work);
  return work;
}

async function computeAndKeep(db: Queryable, fund: string, years: readonly { year: number; version: string }[]): Promise<FundingCell[]> {
  const yearList = years.map((y) => y.year);
  // One read of the years' figures; each cell is then what the funding module decides from its own.
  const facts = await listFundFacts(db, fund, yearList);
  const cells = yearList.map((year) => {
    return fundingCellOf(fund, year, facts.filter((f) => f.year === year));
  });
  // Kept for the version read above; a newer version (a write since) is never overwritten by an older cell.
  await db.query(
    `INSERT INTO funding_cells (fund_id, year, version, cell)
     SELECT $1, y, v, c::json FROM unnest($2::int[], $3::bigint[], $4::text[]) AS t(y, v, c)
     ON CONFLICT (fund_id, year) DO UPDATE SET version = EXCLUDED.version, cell = EXCLUDED.cell
      WHERE funding_cells.version < EXCLUDED.version`,
    [fund, yearList, years.map((y) => y.version), cells.map((c) => JSON.stringify(c))],
  );
  return cells;
}

/** Compute every cell a write left stale now, so that the next reader finds them kept (after bulk loads). */
export async function refreshFundingCells(db: Queryable): Promise<void> {
  await readFundingCells(db);
}

// ---- what the views read from the cells: the funding module's answers, assembled by year --------------

/** fundFundingSeries, from the cells. */
export const fundingSeriesOf = (cells: FundCells): FundYearFunding[] => cells.cells.flatMap((c) => (c.funding ? [c.funding] : []));

/** metricSeries for every metric, from the cells. */
export function metricSeriesOf(cells: FundCells): Partial<Record<Metric, { year: number; value: YearValue }[]>> {
  // Metrics in vocabulary order, years ascending: the order the whole computation gives.
  const series: Partial<Record<Metric, { year: number; value: YearValue }[]>> = {};
  for (const metric of METRICS) {
    const points = cells.cells.flatMap((cell) => (cell.series[metric] ? [{ year: cell.year, value: cell.series[metric] }] : []));
    if (points.length > 0) series[metric] = points;
  }
  return series;
}

/** Every candidate of the latest statement of a metric: each year's own, and the undated ones. */
export const latestCandidatesOf = (cells: FundCells): FigureFacts[] => [...cells.cells.flatMap((c) => c.latestCandidates), ...cells.undatedCandidates];

/** latestFundLevelFigure, from the cells. */
export const latestIdOf = (cells: FundCells, metric: Metric): string | null => latestFundLevelFigure(latestCandidatesOf(cells), cells.fund, metric)?.id ?? null;

/** How many figures the fund has. */
export const figureCountOf = (cells: FundCells): number => cells.cells.reduce((n, c) => n + c.figureCount, cells.undatedCount);
