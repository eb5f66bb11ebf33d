// CSV for the "Download CSV" buttons: one helper so every view writes the same dialect.
//
// - `toCsv` is pure (no DOM): rows + columns → text, RFC 4180 (comma, CRLF, fields quoted when
//   they hold a comma, quote or line break; quotes doubled), header row first, via papaparse.
// - Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab/CR) are
//   prefixed with ' (formulaSafeCell, shared with the server's dataset download), so a downloaded file cannot execute anything.
// - `comments` become final lines "# …", unquoted, after the data: papaparse and most CSV readers
//   skip them when told that "#" starts a comment (Papa.parse(text, { comments: '#' })).
// - `downloadCsv` is the browser part: saves the text as a UTF-8 file with a byte-order mark, so
//   spreadsheet programs read accented names (French, "Côte d’Ivoire") correctly.

import Papa from 'papaparse';
import { formulaSafeCell } from '../../server/contract/csv.js';
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

const cellText = (value: string | number | null): string => formulaSafeCell(value === null ? '' : typeof value === 'number' ? String(value) : value);

/** Rows as CSV text: a header row, one line per row, then the comment lines. No byte-order mark. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], options: CsvOptions = {}): string {
  const body = Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((row) => columns.map((c) => cellText(c.value(row)))) },
    { header: true, newline: '\r\n', quotes: false },
  );
  // papaparse ends a header-only file with a line break of its own; every line here ends with exactly one.
  const lines = body.replace(/(\r\n)+$/, '');
  const comments = (options.comments ?? []).map((text) => `# ${text.replace(/[\r\n]+/g, ' ')}`);
  return [lines, ...comments].join('\r\n') + '\r\n';
}

/** Integer US cents as dollars the way data/ writes them (plain digits, ".cc" only when there are cents). */
export { formatCentsAsPlainUsd as centsToDollarsText } from '../../server/contract/money.js';

/** A file name made safe for every OS: accents dropped, then only letters, digits, dots, dashes and underscores. */
export function csvFilename(stem: string): string {
  const plain = stem.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return `${plain.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'data'}.csv`;
}

/** Browser only: offers `text` as a download named `filename` (UTF-8 with a byte-order mark). */
export function downloadCsv(filename: string, text: string): void {
  download(filename, `\ufeff${text}`, 'text/csv;charset=utf-8');
}
