// What a reader of an imported table (importText.ts, importRecords.ts, importPdf.ts, importStatement.ts)
// hands to the planner (importTable.ts).

import type { ImportRequest, ImportResult, ImportRow, ImportSource } from '../contract/imports.js';
import type { Language, TitleKind } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import type { FigureDraft } from '../domain/figure.js';

/** Stands for the request's source in drafts until it is found or created. */
export const IMPORT_SOURCE = '__import_source__';

/** A row of the table with the figure it would create. */
export interface PlannedFigure {
  row: ImportRow;
  draft: FigureDraft;
  /** A figure id given in the CSV/XLSX file, if any. */
  givenId: string | null;
}

/** Every row read (with or without an error), the errors with their line and column, and the figures planned. */
export interface TableReading {
  rows: ImportRow[];
  errors: ImportResult['errors'];
  reconciliation: ImportResult['reconciliation'];
  planned: PlannedFigure[];
  /** A statement's checks of its own totals. */
  checks?: ImportResult['checks'];
}

/** The source an import cites, with what is known of it beyond the request's fields. */
export interface Citing {
  source: ImportSource;
  language: Language | null;
  titleIs: TitleKind;
}

/**
 * How one import reads its table and what it cites. A PDF's is prepared (the file read in its worker)
 * before any transaction opens, so a slow file never holds the database.
 */
export interface ImportJob {
  read: (db: Queryable) => Promise<TableReading>;
  citing: Citing;
  /** What the import's audit entry names: fund/year/metric, or fund/year/statement. */
  auditEntity: string;
}

/** A request that is valid in form but not against its file (a table id the PDF lacks): a 400 naming the field. */
export class ImportFieldError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ImportFieldError';
  }
}

/** The source a text, CSV or XLSX import cites: the request's (the schema requires it for them). */
export function givenSource(request: Pick<ImportRequest, 'source' | 'format'>): ImportSource {
  if (!request.source) throw new Error(`an import of format ${request.format} reached the reader without its source`);
  return request.source;
}

/**
 * The figure one row of a donor table states: the request's fund, year, metric, status and period,
 * the row's donor and amount, citing the import's source at the row's locator.
 */
export function donorFigureDraft(
  request: Pick<ImportRequest, 'fund' | 'year' | 'metric' | 'status' | 'period' | 'asOf'>,
  row: { value: number; donorId: string; precision: FigureDraft['precision']; locator: string | null },
): FigureDraft {
  return {
    fund: request.fund,
    year: request.year,
    metric: request.metric,
    value: row.value,
    unit: 'usd_cents',
    status: request.metric === 'contributions' ? request.status : null,
    precision: row.precision,
    period: request.period,
    periodStart: null,
    asOf: request.asOf,
    donorId: row.donorId,
    countryIds: [],
    scope: null,
    session: null,
    attribution: 'direct',
    basis: 'reported',
    note: null,
    sources: [{ sourceId: IMPORT_SOURCE, locator: row.locator }],
  };
}
