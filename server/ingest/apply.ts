// Writes a validated dataset in one transaction: all of it, or (on any failure) nothing.

import type { Db, Queryable } from '../db/connection.js';
import { writeFigure } from '../editing/figures.js';
import { readDataset, type Dataset } from './dataset.js';
import { aliasesOf } from './files/entities.js';

export interface LoadSummary {
  funds: number;
  entities: number;
  sources: number;
  figures: number;
  conflicts: number;
  backlog: number;
  establishment: number;
  calls: number;
}

export async function isDatasetLoaded(db: Queryable): Promise<boolean> {
  const rows = await db.query<{ n: unknown }>('SELECT count(*) AS n FROM funds');
  return Number(rows[0]?.n ?? 0) > 0;
}

/**
 * Loads data/ into a database that holds no dataset yet (for prepareDatabase); null when one is there.
 * The files are read and checked before the write transaction opens: a bad row leaves nothing behind.
 */
export const loadDataDirWhenEmpty =
  (dataDir: string) =>
  async (db: Db): Promise<LoadSummary | null> =>
    (await isDatasetLoaded(db)) ? null : applyDataset(db, readDataset(dataDir));

/** Tables the dataset fills, children first (the order they are emptied in). */
const DATASET_TABLES = [
  'council_calls',
  'fund_establishment',
  'figure_conflicts',
  'figure_sources',
  'figure_countries',
  'source_backlog',
  'figures',
  'funds',
  'sources',
  'entity_aliases',
  'entities',
] as const;

/**
 * Writes the dataset. On a database that already holds one, `replace: true` is required: the
 * shipped dataset then replaces what is there (in the same transaction).
 */
export async function applyDataset(db: Db, dataset: Dataset, options: { replace?: boolean } = {}): Promise<LoadSummary> {
  return db.transaction(async (tx) => {
    if (await isDatasetLoaded(tx)) {
      if (!options.replace) throw new Error('the database already holds a dataset; load with --replace to replace it');
      for (const table of DATASET_TABLES) await tx.query(`DELETE FROM ${table}`);
    }
    for (const e of dataset.entities) {
      await tx.query('INSERT INTO entities (id, kind, iso3, name_en, name_fr, un_member) VALUES ($1, $2, $3, $4, $5, $6)', [e.id, e.kind, e.iso3, e.nameEn, e.nameFr, e.unMember]);
      // One statement per entity: a State has a dozen or more names in the six languages.
      const aliases = aliasesOf(e);
      await tx.query(
        'INSERT INTO entity_aliases (entity_id, alias, normalized) SELECT $1, a, n FROM unnest($2::text[], $3::text[]) AS t(a, n)',
        [e.id, aliases.map((a) => a.alias), aliases.map((a) => a.normalized)],
      );
    }
    for (const s of dataset.sources) {
      await tx.query(
        'INSERT INTO sources (id, kind, status, symbol, title, title_is, language, date, url, copy_read, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
        [s.id, s.kind, s.status, s.symbol, s.title, s.titleIs, s.language, s.date, s.url, s.copyRead, s.note],
      );
    }
    for (const f of dataset.funds) {
      await tx.query(
        'INSERT INTO funds (id, name_en, name_fr, short_name_en, short_name_fr, note) VALUES ($1, $2, $3, $4, $5, $6)',
        [f.id, f.nameEn, f.nameFr, f.shortNameEn, f.shortNameFr, f.note],
      );
    }
    for (const f of dataset.figures) await writeFigure(tx, f.id, f, 'insert');
    for (const c of dataset.conflicts) {
      await tx.query('INSERT INTO figure_conflicts (figure_a, figure_b, note) VALUES ($1, $2, $3)', [c.figureA, c.figureB, c.note]);
    }
    for (const [position, b] of dataset.backlog.entries()) {
      await tx.query(
        'INSERT INTO source_backlog (source_id, fund_id, year_from, year_to, metrics, locator, note, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [b.sourceId, b.fundId, b.yearFrom, b.yearTo, b.metrics, b.locator, b.note, position],
      );
    }
    for (const [position, e] of dataset.establishment.entries()) {
      await tx.query(
        'INSERT INTO fund_establishment (id, fund_id, date, body, instruments, source_id, locator, note, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [e.id, e.fundId, e.date, e.body, e.instruments.map((i) => `${i.kind}:${i.number}`), e.sourceId, e.locator, e.note, position],
      );
    }
    for (const [position, c] of dataset.calls.entries()) {
      await tx.query(
        'INSERT INTO council_calls (id, source_id, locator, adopted, body, call, fund_ids, reference, note, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
        [c.id, c.sourceId, c.locator, c.adopted, c.body, c.call, c.fundIds, c.reference, c.note, position],
      );
    }
    await tx.query(
      `INSERT INTO dataset_meta (key, value) VALUES ('loaded_at', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [new Date().toISOString()],
    );
    return {
      funds: dataset.funds.length,
      entities: dataset.entities.length,
      sources: dataset.sources.length,
      figures: dataset.figures.length,
      conflicts: dataset.conflicts.length,
      backlog: dataset.backlog.length,
      establishment: dataset.establishment.length,
      calls: dataset.calls.length,
    };
  });
}
