// The figures an import finds already there, and the one way it adds a figure: an INSERT that the
// database turns into nothing when the same figure from the same source is already there (its
// import key under the unique index figures_imported_once, migration 0007) — never a check
// followed by an insert.

import type { Queryable } from '../db/connection.js';
import type { FigureDraft } from '../domain/figure.js';
import { writeFigure } from '../editing/figures.js';
import { IMPORT_SOURCE, type PlannedFigure } from './importReading.js';

type Identity = Pick<FigureDraft, 'fund' | 'year' | 'metric' | 'value' | 'status' | 'donorId' | 'period' | 'precision' | 'session' | 'scope' | 'periodStart' | 'asOf' | 'attribution' | 'basis' | 'countryIds'>;

/**
 * What a figure states, as one text: two figures from one source with the same key are the same
 * figure (the import key of migration 0007, and what an import matches stored figures on). Every
 * field that tells two figures apart is in it: the shipped data has figures that differ only in
 * their beneficiary State, or their scope.
 */
export const importKey = (f: Identity) =>
  JSON.stringify([f.fund, f.year, f.metric, f.value, f.status, f.donorId, f.period, f.precision, f.session, f.scope, f.periodStart, f.asOf, f.attribution, f.basis, [...f.countryIds].sort()]);

interface FoundFigure {
  id: string;
  /** For a figure named by id in the file: whether the stored one holds the same value, metric, year and donor. */
  sameValues: boolean;
}

type StoredRow = {
  id: string;
  fund_id: FigureDraft['fund'];
  year: number | null;
  metric: FigureDraft['metric'];
  value: string | number | null;
  status: FigureDraft['status'];
  donor_id: string | null;
  period: FigureDraft['period'];
  precision: FigureDraft['precision'];
  session: string | null;
  scope: string | null;
  period_start: number | null;
  as_of: string | null;
  attribution: FigureDraft['attribution'];
  basis: FigureDraft['basis'];
  country_ids: string[];
  source_ids: string[];
};

const SELECT_STORED = `SELECT f.id, f.fund_id, f.year, f.metric, f.value, f.status, f.donor_id, f.period, f.precision, f.session,
       f.scope, f.period_start, f.as_of, f.attribution, f.basis,
       coalesce((SELECT array_agg(c.entity_id) FROM figure_countries c WHERE c.figure_id = f.id), '{}') AS country_ids,
       coalesce((SELECT array_agg(s.source_id) FROM figure_sources s WHERE s.figure_id = f.id), '{}') AS source_ids
  FROM figures f`;

const draftOf = (r: StoredRow): Identity => ({
  fund: r.fund_id,
  year: r.year === null ? null : Number(r.year),
  metric: r.metric,
  value: r.value === null ? null : Number(r.value),
  status: r.status,
  donorId: r.donor_id,
  period: r.period,
  precision: r.precision,
  session: r.session,
  scope: r.scope,
  periodStart: r.period_start === null ? null : Number(r.period_start),
  asOf: r.as_of,
  attribution: r.attribution,
  basis: r.basis,
  countryIds: r.country_ids,
});

/**
 * For each planned figure, the stored figure that already states it: the one named by its id, else
 * one with the same import key citing one of its sources. Two queries for the whole table, whatever
 * its length.
 */
export async function findExistingFigures(db: Queryable, planned: readonly PlannedFigure[], importSourceId: string | null): Promise<(FoundFigure | null)[]> {
  if (planned.length === 0) return [];
  const sourcesOf = (p: PlannedFigure) =>
    p.draft.sources.map((s) => (s.sourceId === IMPORT_SOURCE ? importSourceId : s.sourceId)).filter((s): s is string => s !== null);
  const givenIds = planned.map((p) => p.givenId).filter((id): id is string => id !== null);
  const byId = new Map(
    givenIds.length === 0
      ? []
      : (await db.query<StoredRow>(`${SELECT_STORED} WHERE f.id = ANY($1::text[])`, [givenIds])).map((r) => [r.id, r]),
  );
  const funds = [...new Set(planned.map((p) => p.draft.fund))];
  const sourceIds = [...new Set(planned.flatMap(sourcesOf))];
  const byIdentity = new Map<string, StoredRow[]>();
  if (sourceIds.length > 0) {
    const rows = await db.query<StoredRow>(
      `${SELECT_STORED}
        WHERE f.fund_id = ANY($1::text[]) AND EXISTS (SELECT 1 FROM figure_sources s WHERE s.figure_id = f.id AND s.source_id = ANY($2::text[]))
        ORDER BY f.id`,
      [funds, sourceIds],
    );
    for (const row of rows) {
      const key = importKey(draftOf(row));
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
    const match = (byIdentity.get(importKey(p.draft)) ?? []).find((r) => r.source_ids.some((s) => wanted.has(s)));
    return match ? { id: match.id, sameValues: true } : null;
  });
}

/**
 * Inserts an imported figure (its sources already resolved; the first is the one it is imported
 * from). When the database holds a figure with the same import key from that source already, it
 * inserts nothing and answers that figure's id (it may have been edited since: importing the same
 * statement again must still not add it twice); when the id is taken, it inserts nothing and
 * answers null.
 */
export async function insertImportedFigure(tx: Queryable, id: string, d: FigureDraft): Promise<{ inserted: true } | { inserted: false; existingId: string | null }> {
  const importedFrom = d.sources[0]?.sourceId ?? null;
  const key = importKey(d);
  const inserted = await tx.query(
    `INSERT INTO figures (id, fund_id, year, metric, value, unit, status, precision, period, period_start, as_of, donor_id, scope, session, note, attribution, basis, imported_from, import_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
     ON CONFLICT DO NOTHING RETURNING id`,
    [id, d.fund, d.year, d.metric, d.value, d.unit, d.status, d.precision, d.period, d.periodStart, d.asOf, d.donorId, d.scope, d.session, d.note, d.attribution, d.basis, importedFrom, key],
  );
  if (inserted.length === 0) {
    const [holder] = await tx.query<{ id: string }>('SELECT id FROM figures WHERE imported_from = $1 AND import_key = $2', [importedFrom, key]);
    return { inserted: false, existingId: holder?.id ?? null };
  }
  // The row is there; its countries and sources are written the one way every figure's are.
  await writeFigure(tx, id, d, 'update');
  return { inserted: true };
}
