// What the funding rules read of a fund's figures, for some of its years (or its undated ones): each
// figure's facts (domain/funding.ts FigureFacts), nothing of its sources or names. The rules read a
// figure's States and session only for whether it has any, so a marker stands for them.

import type { Queryable } from '../db/connection.js';
import { textArray, toSafeInteger } from '../db/values.js';
import type { FigureFacts } from '../domain/funding.js';

interface FactRowDb {
  id: string;
  fund_id: string;
  year: number | null;
  metric: FigureFacts['metric'];
  value: unknown;
  unit: FigureFacts['unit'];
  status: FigureFacts['status'];
  precision: FigureFacts['precision'];
  period: FigureFacts['period'];
  period_start: number | null;
  as_of: string | null;
  donor_id: string | null;
  session: string | null;
  has_countries: boolean;
  conflicts_with: unknown;
}

/** A marker for "one or more": the rules test a figure's States for presence only. */
export const SOME_STATES: readonly string[] = ['(some)'];

/** The facts of a fund's figures dated in `years`, or of its undated figures (`years` null), every period. */
export async function listFundFacts(db: Queryable, fund: string, years: readonly number[] | null): Promise<FigureFacts[]> {
  const rows = await db.query<FactRowDb>(
    `SELECT f.id, f.fund_id, f.year, f.metric, f.value, f.unit, f.status, f.precision, f.period, f.period_start, f.as_of, f.donor_id, f.session,
            EXISTS (SELECT 1 FROM figure_countries fc WHERE fc.figure_id = f.id) AS has_countries,
            ARRAY(SELECT CASE WHEN c.figure_a = f.id THEN c.figure_b ELSE c.figure_a END FROM figure_conflicts c
                   WHERE c.figure_a = f.id OR c.figure_b = f.id ORDER BY 1) AS conflicts_with
       FROM figures f
      WHERE f.fund_id = $1 AND (CASE WHEN $2::int[] IS NULL THEN f.year IS NULL ELSE f.year = ANY ($2::int[]) END)
      ORDER BY f.id`,
    [fund, years === null ? null : [...years]],
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
    donorId: r.donor_id,
    countryIds: r.has_countries ? SOME_STATES : [],
    session: r.session,
    conflictsWith: textArray(r.conflicts_with),
  }));
}
