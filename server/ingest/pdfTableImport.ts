// What the PDF imports (importPdf.ts for a donor table, importStatement.ts for a statement) share: the
// requested table read from the PDF, the source the document makes, and its cells read as amounts.

import type { ImportSource } from '../contract/imports.js';
import { LANGUAGES, type Language } from '../contract/vocabulary.js';
import { amountCents, classifyCell } from './pdf/numbers.js';
import { readPdf, type PdfReading, type Table } from './pdf/index.js';
import { ImportFieldError, type Citing } from './importReading.js';

export interface RequestedTable {
  document: PdfReading['document'];
  table: Table;
  /** The amounts' multiplier ("thousands of United States dollars" → 1000); 1 when the table states none. */
  multiplier: number;
}

/** Reads the PDF (in its worker) and finds the table and columns the request names; a 400 naming the field if absent. */
export async function readRequestedTable(
  content: string,
  tableId: string,
  columns: readonly { field: string; index: number }[],
): Promise<RequestedTable> {
  const reading = await readPdf(Buffer.from(content, 'base64'));
  const table = reading.tables.find((t) => t.id === tableId);
  if (!table) {
    const ids = reading.tables.map((t) => t.id);
    throw new ImportFieldError('table', `the PDF has no table "${tableId}" (its tables: ${ids.length > 0 ? ids.join(', ') : 'none'})`);
  }
  for (const { field, index } of columns) {
    if (index >= table.columns.length) {
      throw new ImportFieldError(field, `table ${tableId} has columns 0 to ${table.columns.length - 1}; there is no column ${index}`);
    }
  }
  return { document: reading.document, table, multiplier: table.unit?.multiplier ?? 1 };
}

/** undocs.org serves every official language; a document in another one is linked in English. */
const languageOf = (language: string | null): Language =>
  LANGUAGES.includes(language as Language) ? (language as Language) : 'en';

/**
 * The source the figures cite: the request's, or else the document itself (an official report, its
 * symbol, title and date, its undocs.org address), which needs the symbol page 1 states.
 */
export function documentCiting(document: PdfReading['document'], given: ImportSource | undefined): Citing {
  if (given) return { source: given, language: null, titleIs: 'description' };
  const symbol = document.symbol;
  if (!symbol) {
    throw new ImportFieldError(
      'source',
      'is required: the PDF states no document symbol on its first page, so it cannot be cited by itself; give the source (kind, title, url)',
    );
  }
  const language = languageOf(document.language);
  return {
    source: {
      kind: 'official_report',
      title: (document.title ?? symbol).slice(0, 1000),
      symbol,
      locator: null,
      url: `https://undocs.org/${language}/${encodeURI(symbol)}`,
      date: document.date,
    },
    language: document.language === null ? null : language,
    titleIs: document.title ? 'published' : 'description',
  };
}

/** Where in the document a figure was read: the source's own locator if given, else "page N, <caption>". */
export function figureLocator(citing: Citing, page: number, caption: string | null): string {
  return (citing.source.locator ?? `page ${page}${caption ? `, ${caption}` : ''}`).slice(0, 500);
}

export type CellAmount =
  | { kind: 'amount'; cents: number; stepCents: number }
  | { kind: 'none' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

/** A cell as an amount in cents, the table's unit applied: "–" is none (never 0), parentheses negative. */
export function cellAmount(table: RequestedTable, language: string | null, row: number, column: number): CellAmount {
  const text = table.table.rows[row]?.[column] ?? '';
  const page = table.table.rowPages[row] ?? table.table.page;
  const where = `page ${page}, row ${row + 1}, column ${column + 1}${table.table.columns[column] ? ` ("${table.table.columns[column]}")` : ''}`;
  const kind = classifyCell(text, language);
  if (kind === 'empty') return { kind: 'empty' };
  if (kind === 'none') return { kind: 'none' };
  if (kind === 'ocr') return { kind: 'error', message: `${where}: "${text}" holds letters where digits should be (a misread scan?); it is not read as a number` };
  if (kind === 'text') return { kind: 'error', message: `${where}: "${text}" is not an amount` };
  const cents = amountCents(text, table.multiplier, language);
  if (cents === null) return { kind: 'error', message: `${where}: "${text}" is not an amount in whole cents` };
  // Rounded printing (thousands): each amount may be off by half its last printed digit.
  const decimals = /[.,](\d{1,2})\)?$/.exec(text.trim())?.[1]?.length ?? 0;
  const stepCents = table.multiplier > 1 ? (table.multiplier * 100) / 10 ** decimals : 0;
  return { kind: 'amount', cents, stepCents };
}

// Footnote markers printed after a name: "a/", "1/", "*", "†", superscripts, "(a)", "[1]", and a
// superscript letter set apart ("Angola a"), which no name ends with.
const FOOTNOTES = /(?:\s|^)(?:[a-z]{1,2}|\d{1,2})\/(?=\s|$)|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s\([a-z\d]\)(?=\s|$)|\s\[\w{1,2}\](?=\s|$)|\s[a-z](?:,\s?[a-z])*$/g;

/** A donor name as a table cell prints it, without its footnote markers and extra spaces. */
export const donorNameOf = (cell: string) => cell.replace(FOOTNOTES, ' ').replace(/\s+/g, ' ').trim();

/** Where a row sits, for messages: "page 3, row 5". */
export const rowPlace = (table: RequestedTable, row: number) => `page ${table.table.rowPages[row] ?? table.table.page}, row ${row + 1}`;
