// The figures an import finds already there, and the one way it adds a figure: an INSERT that the
// database turns into nothing when the same figure from the same source is already there (the
// unique index figures_imported_once, migration 0007) — never a check followed by an insert.

import type { Queryable } from '../db/connection.js';
import type { FigureDraft } from '../domain/figure.js';
import { writeFigure } from '../editing/figures.js';
import { IMPORT_SOURCE, type PlannedFigure } from './importReading.js';

/** What identifies a figure from a source, as the unique index and the existing-figure match read it. */
const identity = (f: { fund: string; year: number | null; metric: string; value: number | null; status: string | null; donorId: string | null; period: string; precision: string; session: string | null }) =>
  JSON.stringify([f.fund, f.year, f.metric, f.value, f.status, f.donorId, f.period, f.precision, f.session]);

interface FoundFigure {
  id: string;
  /** For a figure named by id in the file: whether the stored one holds the same value, metric, year and donor. */
  sameValues: boolean;
}

type StoredRow = {
  id: string;
  fund_id: string;
  year: number | null;
  metric: string;
  value: string | number | null;
  status: string | null;
  donor_id: string | null;
  period: string;
  precision: string;
  session: string | null;
  source_ids: string[];
};

const SELECT_STORED = `SELECT f.id, f.fund_id, f.year, f.metric, f.value, f.status, f.donor_id, f.period, f.precision, f.session,
       coalesce(array_agg(fs.source_id) FILTER (WHERE fs.source_id IS NOT NULL), '{}') AS source_ids
  FROM figures f LEFT JOIN figure_sources fs ON fs.figure_id = f.id`;

const draftOf = (r: StoredRow) => ({
  fund: r.fund_id,
  year: r.year === null ? null : Number(r.year),
  metric: r.metric,
  value: r.value === null ? null : Number(r.value),
  status: r.status,
  donorId: r.donor_id,
  period: r.period,
  precision: r.precision,
  session: r.session,
});

/**
 * For each planned figure, the stored figure that already states it: the one named by its id, else
 * one that states the same thing (fund, year, metric, value, status, donor, period, precision,
 * session) citing one of its sources. Two queries for the whole table, whatever its length.
 */
export async function findExistingFigures(db: Queryable, planned: readonly PlannedFigure[], importSourceId: string | null): Promise<(FoundFigure | null)[]> {
  if (planned.length === 0) return [];
  const sourcesOf = (p: PlannedFigure) =>
    p.draft.sources.map((s) => (s.sourceId === IMPORT_SOURCE ? importSourceId : s.sourceId)).filter((s): s is string => s !== null);
  const givenIds = planned.map((p) => p.givenId).filter((id): id is string => id !== null);
  const byId = new Map(
    givenIds.length === 0
      ? []
      : (await db.query<StoredRow>(`${SELECT_STORED} WHERE f.id = ANY($1::text[]) GROUP BY f.id`, [givenIds])).map((r) => [r.id, r]),
  );
  const funds = [...new Set(planned.map((p) => p.draft.fund))];
  const sourceIds = [...new Set(planned.flatMap(sourcesOf))];
  const byIdentity = new Map<string, StoredRow[]>();
  if (sourceIds.length > 0) {
    const rows = await db.query<StoredRow>(
      `${SELECT_STORED}
        WHERE f.fund_id = ANY($1::text[]) AND EXISTS (SELECT 1 FROM figure_sources s WHERE s.figure_id = f.id AND s.source_id = ANY($2::text[]))
        GROUP BY f.id ORDER BY f.id`,
      [funds, sourceIds],
    );
    for (const row of rows) {
      const key = identity(draftOf(row));
      byIdentity.set(key, [...(byIdentity.get(key) ?? []), row]);
    }
  }
  return planned.map((p) => {
    const named = p.givenId ? byId.get(p.givenId) : undefined;
    if (named) {
      const stored = draftOf(named);
      const sameValues = stored.value === p.draft.value && stored.metric === p.draft.metric && stored.year === p.draft.year && stored.donorId === p.draft.donorId;
      return { id: named.id, sameValues };
    }
    const wanted = new Set(sourcesOf(p));
    const match = (byIdentity.get(identity(p.draft)) ?? []).find((r) => r.source_ids.some((s) => wanted.has(s)));
    return match ? { id: match.id, sameValues: true } : null;
  });
}

/**
 * Inserts an imported figure (its sources already resolved), or nothing when the database holds the
 * same figure from the same source, or a figure with this id, already (false). The figure's first
 * source is the one it was imported from.
 */
export async function insertImportedFigure(tx: Queryable, id: string, d: FigureDraft): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO figures (id, fund_id, year, metric, value, unit, status, precision, period, period_start, as_of, donor_id, scope, session, note, attribution, basis, imported_from)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     ON CONFLICT DO NOTHING RETURNING id`,
    [id, d.fund, d.year, d.metric, d.value, d.unit, d.status, d.precision, d.period, d.periodStart, d.asOf, d.donorId, d.scope, d.session, d.note, d.attribution, d.basis, d.sources[0]?.sourceId ?? null],
  );
  if (inserted.length === 0) return false;
  // The row is there; its countries and sources are written the one way every figure's are.
  await writeFigure(tx, id, d, 'update');
  return true;
}
