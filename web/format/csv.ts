// CSV for the "Download CSV" buttons: one helper so every view writes the same dialect.
//
// - `toCsv` is pure (no DOM): rows + columns → text, RFC 4180 (comma, CRLF, every field quoted,
//   quotes doubled), header row first, via papaparse.
// - Every cell — data, header and comment alike — goes through `spreadsheetText`: text a spreadsheet
//   would run as a formula (starting with = + - @, a tab or a carriage return, or their full-width
//   forms) gets a leading ', and bidirectional control characters (which can make "gnp.exe" read
//   "exe.png") are removed. XLSX cells use the same function (export/document.ts).
// - `comments` become final lines, each one quoted cell "# …" after the data: a spreadsheet shows them
//   as text in the first column, never as a formula, whatever a source title or the page address holds.
//   `isCommentRow` tells them apart when reading the file back.
// - `downloadCsv` is the browser part: saves the text as a UTF-8 file with a byte-order mark, so
//   spreadsheet programs read accented names (French, "Côte d’Ivoire") correctly.

import Papa from 'papaparse';
import { withoutBidiControls } from '../../server/contract/bidi.js';
import { spreadsheetText } from '../../server/contract/csv.js';
import { download } from '../export/download.js';

export interface CsvColumn<Row> {
  /** The header cell. */
  header: string;
  /** The cell for a row: a string as it should appear, a number (written with a dot, no grouping), or null for an empty cell. */
  value: (row: Row) => string | number | null;
}

export interface CsvOptions {
  /** Lines written after the data as "# text" (line breaks in a comment become spaces). */
  comments?: readonly string[];
}

export { spreadsheetText };

const cellText = (value: string | number | null): string => (value === null ? '' : spreadsheetText(typeof value === 'number' ? String(value) : value));

const unparse = (data: string[][]) => Papa.unparse(data, { newline: '\r\n', quotes: true, escapeFormulae: false });

/** One comment line: a single quoted cell "# text", which starts with # and so is never a formula (line breaks become spaces). */
export function csvCommentLine(text: string): string {
  return unparse([[`# ${withoutBidiControls(text).replace(/[\r\n]+/g, ' ')}`]]);
}

/** Rows as CSV text: a header row, one line per row, then the comment lines. No byte-order mark. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], options: CsvOptions = {}): string {
  const body = unparse([columns.map((c) => cellText(c.header)), ...rows.map((row) => columns.map((c) => cellText(c.value(row))))]);
  const comments = (options.comments ?? []).map(csvCommentLine);
  return [body, ...comments].join('\r\n') + '\r\n';
}

/** A row read back from a file toCsv wrote that is one of its comment lines. */
export const isCommentRow = (row: readonly string[]) => row.length === 1 && (row[0] ?? '').startsWith('# ');

/** Integer US cents as dollars the way data/ writes them (plain digits, ".cc" only when there are cents). */
export { formatCentsAsPlainUsd as centsToDollarsText } from '../../server/contract/money.js';

/** A file name made safe for every OS (in filenames.ts, which a page can use without the CSV writer). */
export { csvFilename } from './filenames.js';

/** Browser only: offers `text` as a download named `filename` (UTF-8 with a byte-order mark). */
export function downloadCsv(filename: string, text: string): void {
  download(filename, `\ufeff${text}`, 'text/csv;charset=utf-8');
}
