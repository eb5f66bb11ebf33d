// What the funding arithmetic reads of a fund's figures (FigureFacts), without their sources: the
// rules need ids, values and qualifiers, and a fund's every citation is not read to compute its totals.

import type { Queryable } from '../db/connection.js';
import { toSafeInteger, textArray } from '../db/values.js';
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
  country_ids: unknown;
  conflicts_with: unknown;
}

/** Every figure of a fund as the funding rules read it. */
export async function listFundFacts(db: Queryable, fund: string): Promise<FigureFacts[]> {
  const rows = await db.query<FactRowDb>(
    `SELECT f.id, f.fund_id, f.year, f.metric, f.value, f.unit, f.status, f.precision, f.period, f.period_start, f.as_of,
            f.donor_id, f.session,
            ARRAY(SELECT fc.entity_id FROM figure_countries fc WHERE fc.figure_id = f.id ORDER BY fc.entity_id) AS country_ids,
            ARRAY(SELECT CASE WHEN c.figure_a = f.id THEN c.figure_b ELSE c.figure_a END FROM figure_conflicts c
                   WHERE c.figure_a = f.id OR c.figure_b = f.id) AS conflicts_with
       FROM figures f
      WHERE f.fund_id = $1
      ORDER BY f.fund_id, f.year NULLS LAST, f.metric, f.id`,
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
    donorId: r.donor_id,
    countryIds: textArray(r.country_ids),
    session: r.session,
    conflictsWith: textArray(r.conflicts_with).sort(),
  }));
}
