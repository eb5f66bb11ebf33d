// Imports a table of figures from a report: read (importText.ts for pasted text, importRecords.ts
// for CSV and XLSX files, importPdf.ts for a report PDF's table, importStatement.ts for its statement
// of income and expenditure) → plan → (commit). A dry run by default. A commit writes everything in one
// transaction, only when there are no errors, with an audit entry for every figure and source it
// creates; the same table again creates nothing (its rows come back as `existing`).

import { recordAudit, type Actor } from '../audit.js';
import type { ImportRequest, ImportResult, ImportSource } from '../contract/imports.js';
import type { Db, Queryable } from '../db/connection.js';
import { figureSnapshot, nextFigureId, writeFigure } from '../editing/figures.js';
import { insertSource, sourceSnapshot } from '../editing/sources.js';
import { InputError } from './csv.js';
import { givenSource, IMPORT_SOURCE, type ImportJob, type PlannedFigure, type TableReading } from './importReading.js';
import { preparePdfImport } from './importPdf.js';
import { readFigureTable } from './importRecords.js';
import { readPastedTable } from './importText.js';

/** The source the import cites, if it is already in the database (matched on the URL of the copy read). */
async function existingImportSource(db: Queryable, source: ImportSource): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(`SELECT id FROM sources WHERE url = $1 AND status = 'cited' ORDER BY id LIMIT 1`, [source.url]);
  return row?.id ?? null;
}

/** A figure that already states the same thing from the same source. */
async function existingFigure(db: Queryable, planned: PlannedFigure, sourceId: string | null): Promise<string | null> {
  if (planned.givenId) {
    const [row] = await db.query<{ id: string }>('SELECT id FROM figures WHERE id = $1', [planned.givenId]);
    if (row) return row.id;
  }
  const sourceIds = planned.draft.sources.map((s) => (s.sourceId === IMPORT_SOURCE ? sourceId : s.sourceId)).filter((s): s is string => s !== null);
  if (sourceIds.length === 0) return null;
  const d = planned.draft;
  const [row] = await db.query<{ id: string }>(
    `SELECT f.id FROM figures f
      WHERE f.fund_id = $1 AND f.year IS NOT DISTINCT FROM $2 AND f.metric = $3 AND f.value IS NOT DISTINCT FROM $4
        AND f.status IS NOT DISTINCT FROM $5 AND f.donor_id IS NOT DISTINCT FROM $6 AND f.period = $7 AND f.precision = $8
        AND f.session IS NOT DISTINCT FROM $9
        AND EXISTS (SELECT 1 FROM figure_sources fs WHERE fs.figure_id = f.id AND fs.source_id = ANY($10::text[]))
      ORDER BY f.id LIMIT 1`,
    [d.fund, d.year, d.metric, d.value, d.status, d.donorId, d.period, d.precision, d.session, sourceIds],
  );
  return row?.id ?? null;
}

/** The job of a text, CSV or XLSX import: read in the transaction; a PDF's is prepared first (its worker). */
async function jobFor(request: ImportRequest): Promise<ImportJob> {
  if (request.format === 'pdf') return preparePdfImport(request);
  return {
    read: (db) => (request.format === 'text' ? readPastedTable(db, request) : readFigureTable(db, request)),
    citing: { source: givenSource(request), language: null, titleIs: 'description' },
    auditEntity: `${request.fund}/${request.year}/${request.metric}`,
  };
}

async function plan(db: Queryable, request: ImportRequest, job: ImportJob): Promise<{ result: ImportResult; planned: PlannedFigure[]; source: ImportSource }> {
  const result: ImportResult = { rows: [], errors: [], reconciliation: null, committed: false, created: 0, existing: 0, sourceId: null };
  let planned: PlannedFigure[] = [];
  try {
    const reading: TableReading = await job.read(db);
    result.rows.push(...reading.rows);
    result.errors.push(...reading.errors);
    result.reconciliation = reading.reconciliation;
    if (reading.checks) result.checks = reading.checks;
    planned = reading.planned;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result.errors.push({ line: error.line, column: error.column, message: error.reason });
  }
  if ((request.format === 'text' || request.format === 'pdf') && request.metric === 'contributions' && request.status === null) {
    const message = 'status is required for contributions: received, pledged, pledged_and_received or unspecified';
    result.errors.push({ line: 1, column: 1, message });
  }
  if (planned.length === 0 && result.errors.length === 0) result.errors.push({ line: 1, column: 1, message: 'no figure found in the table' });
  const source = job.citing.source;
  const sourceId = await existingImportSource(db, source);
  for (const p of planned) {
    const existing = await existingFigure(db, p, sourceId);
    p.row.state = existing ? 'existing' : 'new';
    p.row.figureId = existing ?? p.givenId;
    if (existing && p.givenId && existing === p.givenId && !(await sameAsStored(db, p, existing))) {
      const message = `figure ${existing} already exists with other values; edit it instead of importing it`;
      result.errors.push({ line: p.row.line, column: 1, message });
    }
  }
  result.existing = planned.filter((p) => p.row.state === 'existing').length;
  return { result, planned, source };
}

/** Whether a figure named by id in an import file holds the same value as the stored one. */
async function sameAsStored(db: Queryable, p: PlannedFigure, id: string): Promise<boolean> {
  const stored = await figureSnapshot(db, id);
  if (stored === null) return false;
  const { value, metric, year, donorId } = p.draft;
  return stored.value === value && stored.metric === metric && stored.year === year && (stored.donor?.id ?? null) === donorId;
}

/**
 * `job` is given by imports that are no table of donors (importStatement.ts); `request` then only says
 * the format, fund and year for the audit entry and the checks above.
 */
export async function runImport(
  db: Db,
  actor: Actor,
  request: ImportRequest,
  options: { commit: boolean },
  given?: ImportJob,
): Promise<ImportResult> {
  const job = given ?? (await jobFor(request));
  if (!options.commit) return (await plan(db, request, job)).result;
  return db.transaction(async (tx) => {
    const { result, planned, source } = await plan(tx, request, job);
    if (result.errors.length > 0) return result;
    const toCreate = planned.filter((p) => p.row.state === 'new');
    let sourceId = await existingImportSource(tx, source);
    if (toCreate.length > 0 && sourceId === null) {
      sourceId = await insertSource(tx, {
        kind: source.kind,
        status: 'cited',
        symbol: source.symbol,
        title: source.title,
        language: job.citing.language,
        date: source.date,
        titleIs: job.citing.titleIs,
        url: source.url,
        copyRead: null,
        note: null,
      });
      await recordAudit(tx, actor, { action: 'create', entity: 'source', entityId: sourceId, before: null, after: await sourceSnapshot(tx, sourceId) });
    }
    for (const p of toCreate) {
      const id = p.givenId ?? (await nextFigureId(tx, p.draft.fund));
      const sources = p.draft.sources.map((s) => ({ ...s, sourceId: s.sourceId === IMPORT_SOURCE ? (sourceId as string) : s.sourceId }));
      await writeFigure(tx, id, { ...p.draft, sources }, 'insert');
      await recordAudit(tx, actor, { action: 'create', entity: 'figure', entityId: id, before: null, after: await figureSnapshot(tx, id) });
      p.row.figureId = id;
    }
    result.created = toCreate.length;
    result.committed = true;
    result.sourceId = sourceId;
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'import',
      entityId: job.auditEntity,
      before: null,
      after: {
        format: request.format,
        source: sourceId,
        created: toCreate.map((p) => p.row.figureId),
        existing: planned.filter((p) => p.row.state === 'existing').map((p) => p.row.figureId),
        reconciliation: result.reconciliation,
      },
    });
    return result;
  });
}
