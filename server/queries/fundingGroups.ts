// What the funding rules read, grouped in the database: a fund's yearly figures grouped by fund, year,
// metric, status and donor with every qualifier the rules compare (period, precision, as-of date,
// known or not, fund-level or not), each group with its figure ids and values aggregated alongside.
// The rules themselves stay in domain/funding.ts, which reads the groups back (factsFromGroups), so a
// total computed here is the one computed from the figures themselves (test/db/fundingGroups.test.ts).

import type { Queryable } from '../db/connection.js';
import { textArray, toSafeInteger } from '../db/values.js';
import type { FactGroup } from '../domain/figure.js';
import type { FigureFacts } from '../domain/funding.js';

interface GroupRowDb {
  fund_id: string;
  year: number;
  metric: FigureFacts['metric'];
  status: FigureFacts['status'];
  donor_id: string | null;
  unit: FigureFacts['unit'];
  has_session: boolean;
  has_countries: boolean;
  period: FigureFacts['period'];
  precision: FigureFacts['precision'];
  as_of: string | null;
  ids: unknown;
  vals: unknown;
  conflicted: unknown;
}

/** Yearly figures (of one fund, or of all), grouped as the funding rules compare them. */
export async function listFundingGroups(db: Queryable, fund: string | null = null): Promise<FactGroup[]> {
  const rows = await db.query<GroupRowDb>(
    `WITH yearly AS (
       SELECT f.id, f.fund_id, f.year, f.metric, f.status, f.donor_id, f.unit, f.period, f.precision, f.as_of, f.value,
              f.session IS NOT NULL AS has_session,
              EXISTS (SELECT 1 FROM figure_countries fc WHERE fc.figure_id = f.id) AS has_countries,
              EXISTS (SELECT 1 FROM figure_conflicts c WHERE c.figure_a = f.id OR c.figure_b = f.id) AS conflicted
         FROM figures f
        WHERE ($1::text IS NULL OR f.fund_id = $1) AND f.year IS NOT NULL AND f.period IN ('calendar_year', 'year_to_date'))
     SELECT fund_id, year, metric, status, donor_id, unit, has_session, has_countries, period, precision, as_of,
            array_agg(id ORDER BY id) AS ids,
            array_agg(value ORDER BY id) AS vals,
            COALESCE(array_agg(id ORDER BY id) FILTER (WHERE conflicted), '{}') AS conflicted
       FROM yearly
      GROUP BY fund_id, year, metric, status, donor_id, unit, has_session, has_countries, period, precision, as_of, value IS NULL
      ORDER BY fund_id, year, metric`,
    [fund],
  );
  return rows.map((r) => ({
    fund: r.fund_id,
    year: r.year,
    metric: r.metric,
    status: r.status,
    donorId: r.donor_id,
    unit: r.unit,
    hasSession: r.has_session,
    hasCountries: r.has_countries,
    period: r.period,
    precision: r.precision,
    asOf: r.as_of,
    ids: textArray(r.ids),
    values: (r.vals as unknown[]).map(toSafeInteger),
    conflictedIds: textArray(r.conflicted),
  }));
}

/**
 * Per metric, the fund-level statements (any period but a multi-year average) that tie for the most
 * recent year and as-of date: the candidates of latestFundLevelFigure, which breaks the tie.
 */
export async function listLatestCandidates(db: Queryable, fund: string): Promise<FigureFacts[]> {
  const rows = await db.query<{
    id: string; fund_id: string; year: number | null; metric: FigureFacts['metric']; value: unknown; unit: FigureFacts['unit'];
    status: FigureFacts['status']; precision: FigureFacts['precision']; period: FigureFacts['period']; period_start: number | null;
    as_of: string | null; session: string | null; conflicts_with: unknown;
  }>(
    `SELECT * FROM (
       SELECT f.id, f.fund_id, f.year, f.metric, f.value, f.unit, f.status, f.precision, f.period, f.period_start, f.as_of, f.session,
              ARRAY(SELECT CASE WHEN c.figure_a = f.id THEN c.figure_b ELSE c.figure_a END FROM figure_conflicts c
                     WHERE c.figure_a = f.id OR c.figure_b = f.id) AS conflicts_with,
              rank() OVER (PARTITION BY f.metric ORDER BY COALESCE(f.year, 0) DESC, COALESCE(f.as_of, '') COLLATE "C" DESC) AS newest
         FROM figures f
        WHERE f.fund_id = $1 AND f.donor_id IS NULL AND f.value IS NOT NULL AND f.period <> 'multi_year_average'
          AND NOT EXISTS (SELECT 1 FROM figure_countries fc WHERE fc.figure_id = f.id)) ranked
      WHERE newest = 1`,
    [fund],
  );
  return rows.map((r) => ({
    id: r.id,
    fund: r.fund_id,
    year: r.year,
    metric: r.metric,
    value: toSafeInteger(r.value),
    unit: r.unit,
    status: r.status,
    precision: r.precision,
    period: r.period,
    periodStart: r.period_start,
    asOf: r.as_of,
    donorId: null,
    countryIds: [],
    session: r.session,
    conflictsWith: textArray(r.conflicts_with).sort(),
  }));
}
