// What the import page needs to know about a table read from a report: which cell is wrong, where the
// page breaks fall, and a first guess at which column holds names and which amounts.

import type { DocumentReading } from '../../../server/contract/imports.js';

export type DocumentTable = DocumentReading['tables'][number];
export type CellError = DocumentTable['errors'][number];

/** The errors by cell, keyed "row:column" with both counted from 1, as the server counts them. */
export function errorsByCell(table: DocumentTable): Map<string, CellError> {
  return new Map(table.errors.map((e) => [`${e.row}:${e.column}`, e]));
}

/** The indexes of the rows that start a new page (a table continued over a page break). */
export function pageBreakRows(table: DocumentTable): Set<number> {
  const breaks = new Set<number>();
  table.rowPages.forEach((page, i) => {
    if (i > 0 && page !== table.rowPages[i - 1]) breaks.add(i);
  });
  return breaks;
}

/** The last page a table reaches. */
export const lastPage = (table: DocumentTable) => Math.max(table.page, ...table.rowPages);

/**
 * A first mapping for the editor to check: names in the first column that holds no amounts, the
 * amount in the first amount column (reports print the year reported on before the year before).
 */
export function guessColumns(table: DocumentTable): { nameColumn: number; amountColumn: number } {
  const numeric = new Set(table.numericColumns);
  const nameColumn = table.columns.findIndex((_, i) => !numeric.has(i));
  const name = Math.max(nameColumn, 0);
  const after = [...numeric].filter((i) => i > name).sort((a, b) => a - b);
  const amountColumn = after[0] ?? table.numericColumns[0] ?? table.columns.length - 1;
  return { nameColumn: name, amountColumn: Math.max(amountColumn, 0) };
}

const yearIn = (text: string | null | undefined) => [...(text ?? '').matchAll(/\b(19[89]\d|20\d\d)\b/g)].map((m) => Number(m[1])).at(-1) ?? null;

/** The year the figures are for, when the table says it: the amount column's header ("2023"), else the caption ("… in 2023"). */
export function guessYear(table: DocumentTable, amountColumn: number): number | null {
  return yearIn(table.columns[amountColumn]) ?? yearIn(table.caption);
}
