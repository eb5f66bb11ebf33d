// Imports a table of figures from a report: parse (off the main thread, outside any transaction:
// parseInWorker.ts, via importText.ts for pasted text and importRecords.ts for CSV and XLSX files;
// importPdf.ts for a report PDF's table, read in the PDF worker; importStatement.ts for its statement
// of income and expenditure) → plan → (commit). A dry run by default. A commit writes everything in one transaction, only when
// there are no errors, with an audit entry for every figure and source it creates; the same table
// again creates nothing (its rows come back as `existing`). The database refuses a second imported
// figure for the same thing from the same source (migration 0007), so imports that race create
// each figure once: a loser inserts nothing and reports the winner's figure as existing.

import { recordAudit, type Actor } from '../audit.js';
import type { ImportRequest, ImportResult, ImportSource } from '../contract/imports.js';
import type { Db, Queryable } from '../db/connection.js';
import { figureSnapshot, nextFigureId } from '../editing/figures.js';
import { insertSource, sourceSnapshot } from '../editing/sources.js';
import { InputError } from './csv.js';
import { findExistingFigures, insertImportedFigure } from './importedFigures.js';
import { givenSource, IMPORT_SOURCE, type ImportJob, type PlannedFigure, type TableReading } from './importReading.js';
import { preparePdfImport } from './importPdf.js';
import { readFigureTable } from './importRecords.js';
import { readPastedTable } from './importText.js';
import { parseInWorker } from './parseInWorker.js';
import { ImportLimitError } from './parseLimits.js';
import type { PastedTable } from './pastedTable.js';

/** Any constant: names the lock import commits take in turn (see commitImport). */
const IMPORT_LOCK = 5_118_203;
/** Transactions run again after losing a race; each round at least one racer commits. */
const MAX_ATTEMPTS = 6;

/** A table parsed and not yet planned against the database. */
type ParsedTable = { table: PastedTable } | { reading: TableReading } | { failed: InputError };

/**
 * How one import reads its table and what it cites, with its file already parsed (in a worker, before
 * any transaction opens, so a slow file never holds the database): a PDF's by importPdf.ts; a text,
 * CSV or XLSX file's here.
 */
export async function parseImport(db: Queryable, request: ImportRequest): Promise<ImportJob> {
  if (request.format === 'pdf') return preparePdfImport(request);
  let parsed: ParsedTable;
  try {
    if (request.format === 'text') parsed = { table: (await parseInWorker({ format: 'text', content: request.content })) as PastedTable };
    else parsed = { reading: await readFigureTable(db, request) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    parsed = { failed: error };
  }
  return {
    read: async (tx) => {
      if ('failed' in parsed) throw parsed.failed;
      return 'table' in parsed ? readPastedTable(tx, request, parsed.table) : parsed.reading;
    },
    citing: { source: givenSource(request), language: null, titleIs: 'description' },
    auditEntity: `${request.fund}/${request.year}/${request.metric}`,
  };
}

/** The source the import cites, if it is already in the database (matched on the URL of the copy read). */
async function existingImportSource(db: Queryable, source: ImportSource): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(`SELECT id FROM sources WHERE url = $1 AND status = 'cited' ORDER BY id LIMIT 1`, [source.url]);
  return row?.id ?? null;
}

async function plan(db: Queryable, request: ImportRequest, job: ImportJob): Promise<{ result: ImportResult; planned: PlannedFigure[]; source: ImportSource }> {
  const result: ImportResult = { rows: [], errors: [], reconciliation: null, committed: false, created: 0, existing: 0, sourceId: null };
  let planned: PlannedFigure[] = [];
  try {
    const reading = await job.read(db);
    result.rows.push(...reading.rows);
    result.errors.push(...reading.errors);
    result.reconciliation = reading.reconciliation;
    if (reading.checks) result.checks = reading.checks;
    planned = reading.planned;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result.errors.push({ line: error.line, column: error.column, message: error.field ? `${error.field}: ${error.reason}` : error.reason });
  }
  if ((request.format === 'text' || request.format === 'pdf') && request.metric === 'contributions' && request.status === null) {
    const message = 'status is required for contributions: received, pledged, pledged_and_received or unspecified';
    result.errors.push({ line: 1, column: 1, message });
  }
  if (planned.length === 0 && result.errors.length === 0) result.errors.push({ line: 1, column: 1, message: 'no figure found in the table' });
  const source = job.citing.source;
  const sourceId = await existingImportSource(db, source);
  const existing = await findExistingFigures(db, planned, sourceId);
  for (const [index, p] of planned.entries()) {
    const found = existing[index] ?? null;
    p.row.state = found ? 'existing' : 'new';
    p.row.figureId = found?.id ?? p.givenId;
    if (found && p.givenId && found.id === p.givenId && !found.sameValues) {
      const message = `figure ${found.id} already exists with other values; edit it instead of importing it`;
      result.errors.push({ line: p.row.line, column: 1, message });
    }
  }
  result.existing = planned.filter((p) => p.row.state === 'existing').length;
  return { result, planned, source };
}

/** Another transaction created what this one was about to: run it again, against what is there now. */
class LostRace extends Error {}
/** Unique violation, deadlock, serialization failure: the transaction can simply be run again. */
const isLostRace = (error: unknown) => ['23505', '40P01', '40001'].includes(String((error as { code?: unknown } | null)?.code));

async function commitImport(tx: Queryable, actor: Actor, request: ImportRequest, job: ImportJob): Promise<ImportResult> {
  // Commits take turns from here (the parse is done, so a turn is short): a second import of a new
  // document finds the first's source instead of racing it for the source's id. Taken first, before
  // any row or the figure-id lock, so that no two imports wait on each other in a cycle (a lock per
  // document did deadlock with the figure-id lock). The unique index still decides which figures
  // exist, against any writer.
  await tx.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
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
    const outcome = await insertImportedFigure(tx, id, { ...p.draft, sources });
    if (!outcome.inserted) {
      // Another import committed this figure since the plan (or its id): it is there, not new.
      if (outcome.existingId === null) throw new LostRace();
      p.row.state = 'existing';
      p.row.figureId = outcome.existingId;
      continue;
    }
    await recordAudit(tx, actor, { action: 'create', entity: 'figure', entityId: id, before: null, after: await figureSnapshot(tx, id) });
    p.row.figureId = id;
  }
  const created = toCreate.filter((p) => p.row.state === 'new');
  result.created = created.length;
  result.existing = planned.length - created.length;
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
      created: created.map((p) => p.row.figureId),
      existing: planned.filter((p) => p.row.state === 'existing').map((p) => p.row.figureId),
      reconciliation: result.reconciliation,
    },
  });
  return result;
}

/**
 * `given` is the job of imports that are no table of donors (importStatement.ts); `request` then only
 * says the format, fund and year for the audit entry and the checks above.
 */
export async function runImport(
  db: Db,
  actor: Actor,
  request: ImportRequest,
  options: { commit: boolean },
  given?: ImportJob,
): Promise<ImportResult> {
  // Parsed before any transaction opens: a long parse holds no connection and no lock.
  const job = given ?? (await parseImport(db, request));
  if (!options.commit) return (await plan(db, request, job)).result;
  return commitParsedImport(db, actor, request, job);
}

/** Commits a parsed table: in one transaction, run again if it lost a race to another import. */
export async function commitParsedImport(db: Db, actor: Actor, request: ImportRequest, job: ImportJob): Promise<ImportResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => commitImport(tx, actor, request, job));
    } catch (error) {
      if (!(error instanceof LostRace || isLostRace(error))) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new ImportLimitError('busy', 'Other imports of the same figures kept committing first; try again.');
    }
  }
}
