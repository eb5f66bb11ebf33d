// Read model of the whole-dataset download (GET /api/dataset.zip): every table as CSV, read from the
// database (so edits are in it) in one consistent snapshot, with datapackage.json, zipped.

import { strToU8, zipSync, type Zippable } from 'fflate';
import { csvTable } from '../contract/csv.js';
import { formatCentsAsPlainUsd } from '../contract/money.js';
import type { Db, Queryable } from '../db/connection.js';
import { toSafeInteger } from '../db/values.js';
import { DATASET_TABLES, datasetPackage } from '../domain/datasetPackage.js';

type Cell = string | null;
type Row = Record<string, unknown>;

/** Text of a database value as the CSV files of data/ write it: null stays null (an empty cell, unknown). */
function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(';');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** text[] comes back as an array from both drivers; aggregated lists too. */
const list = (value: unknown): Cell => cell(value);

/** Money as data/ writes it (plain US dollars, ".cc" only with cents), from integer cents; counts as whole numbers. */
function figureValue(value: unknown, unit: unknown): Cell {
  const n = toSafeInteger(value);
  if (n === null) return null;
  return unit === 'usd_cents' ? formatCentsAsPlainUsd(n) : String(n);
}

/** Up to five sources per figure (the editing API's limit), as source, locator, source_2, locator_2, … */
const FIGURE_SOURCE_SLOTS = 5;

async function figureRows(q: Queryable): Promise<Row[]> {
  const rows = await q.query<Row>(
    `SELECT f.*,
            (SELECT array_agg(fc.entity_id ORDER BY fc.entity_id) FROM figure_countries fc WHERE fc.figure_id = f.id) AS countries,
            (SELECT array_agg(fs.source_id ORDER BY fs.position) FROM figure_sources fs WHERE fs.figure_id = f.id) AS source_ids,
            (SELECT array_agg(COALESCE(fs.locator, '') ORDER BY fs.position) FROM figure_sources fs WHERE fs.figure_id = f.id) AS locators
       FROM figures f ORDER BY f.fund_id, f.id`,
  );
  return rows.map((r) => {
    const sourceIds = (r.source_ids as string[] | null) ?? [];
    const locators = (r.locators as string[] | null) ?? [];
    const sources: Row = {};
    for (let i = 0; i < FIGURE_SOURCE_SLOTS; i++) {
      const suffix = i === 0 ? '' : `_${i + 1}`;
      sources[`source${suffix}`] = sourceIds[i] ?? null;
      sources[`locator${suffix}`] = locators[i] || null;
    }
    return {
      ...r,
      fund: r.fund_id,
      value: figureValue(r.value, r.unit),
      unit: r.unit === 'usd_cents' ? 'usd' : r.unit,
      donor: r.donor_id,
      countries: list(r.countries),
      ...sources,
    };
  });
}

/** Each table's rows, keyed by the column names of DATASET_TABLES. */
async function readTables(q: Queryable): Promise<Record<string, Row[]>> {
  return {
    funds: await q.query('SELECT * FROM funds ORDER BY id'),
    figures: await figureRows(q),
    sources: await q.query('SELECT * FROM sources ORDER BY id'),
    conflicts: await q.query('SELECT * FROM figure_conflicts ORDER BY figure_a, figure_b'),
    backlog: await q.query(
      `SELECT source_id AS source, fund_id AS fund, year_from, year_to, metrics, locator, note
         FROM source_backlog ORDER BY fund_id, source_id, position`,
    ),
    establishment: await q.query(
      `SELECT id, fund_id AS fund, date, body, instruments, source_id AS source, locator, note
         FROM fund_establishment ORDER BY fund_id, position`,
    ),
    council_calls: await q.query(
      `SELECT id, source_id AS source, locator, adopted, body, call, fund_ids AS funds, reference, note
         FROM council_calls ORDER BY position, id`,
    ),
    entities: await q.query(
      `SELECT e.*, (SELECT array_agg(a.alias ORDER BY a.alias) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases
         FROM entities e ORDER BY e.id`,
    ),
  };
}

/** The tables as CSV text, by file name (figures.csv…), in one snapshot of the database. */
export async function datasetCsvFiles(db: Db): Promise<{ files: Record<string, string>; dataVersion: string }> {
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables = await readTables(tx);
    const version = await tx.query<{ version: unknown }>('SELECT version FROM data_version');
    const files: Record<string, string> = {};
    for (const table of DATASET_TABLES) {
      const header = table.fields.map((f) => f.name);
      files[`${table.name}.csv`] = csvTable(
        header,
        (tables[table.name] ?? []).map((row) => header.map((name) => cell(row[name]))),
      );
    }
    return { files, dataVersion: String(version[0]?.version ?? '0') };
  });
}

/** The ZIP: every table as CSV (UTF-8) and datapackage.json describing them. */
export async function datasetZip(db: Db, now: Date = new Date()): Promise<Uint8Array> {
  const { files, dataVersion } = await datasetCsvFiles(db);
  const entries: Zippable = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  entries['datapackage.json'] = strToU8(`${JSON.stringify(datasetPackage({ dataVersion, created: now.toISOString() }), null, 2)}\n`);
  // Entries carry the time they were made; level 6 is zlib's default balance of size and speed.
  return zipSync(entries, { level: 6, mtime: now });
}
