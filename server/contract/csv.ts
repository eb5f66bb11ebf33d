// CSV cells a spreadsheet cannot run: shared by the server's dataset download and the web's CSV files.
// Pure (no I/O), so both sides can use it; quoting is papaparse's.

import Papa from 'papaparse';
import { withoutBidiControls } from './bidi.js';

/** What a spreadsheet runs as a formula when a cell starts with it (OWASP's list, and the full-width forms some spreadsheets accept). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell's text made safe to open: no bidirectional controls, and a leading ' before anything a spreadsheet would run. */
export function spreadsheetText(text: string): string {
  const plain = withoutBidiControls(text);
  return FORMULA_START.test(plain) ? `'${plain}` : plain;
}

/** The one cell rule, under the name the dataset download uses. */
export const formulaSafeCell = spreadsheetText;

/**
 * A table as RFC 4180 CSV text (comma, CRLF, header first): every cell made formula-safe, and null
 * written as an empty cell (unknown), never as 0.
 */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  const safe = (cells: readonly (string | null)[]) => cells.map((cell) => formulaSafeCell(cell ?? ''));
  const text = Papa.unparse({ fields: safe(header), data: rows.map(safe) }, { header: true, newline: '\r\n', quotes: false });
  // papaparse ends a header-only table with a line break of its own; every line here ends with exactly one.
  return `${text.replace(/(\r\n)+$/, '')}\r\n`;
}
