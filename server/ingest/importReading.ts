// What a reader of an imported table (importText.ts, importRecords.ts) hands to the planner (importTable.ts).

import type { ImportRequest, ImportResult, ImportRow, ImportSource } from '../contract/imports.js';
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
}

/** The source a text, CSV or XLSX import cites: the request's (the schema requires it for them). */
export function givenSource(request: Pick<ImportRequest, 'source' | 'format'>): ImportSource {
  if (!request.source) throw new Error(`an import of format ${request.format} reached the reader without its source`);
  return request.source;
}
