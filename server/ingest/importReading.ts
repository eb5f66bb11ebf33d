// What a reader of an imported table (importText.ts, importRecords.ts) hands to the planner (importTable.ts).

import type { ImportResult, ImportRow } from '../contract/imports.js';
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
