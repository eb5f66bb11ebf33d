// CSV cells a spreadsheet cannot run: shared by the server's dataset download and the web's CSV files.
// Pure (no I/O), so both sides can use it; quoting is papaparse's.

import Papa from 'papaparse';

/** What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @, a tab or a carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet shows as written: a leading ' when it would otherwise start a formula. */
export function formulaSafeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

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
