// Reads a table pasted from a report PDF: one donor per line, its amount at the end, in English or
// French number formats, with headers, blank lines, footnote markers and a closing total line.
// Pure: no database. Anything it cannot read with certainty is an error naming line and column —
// never a guess (a dash is not read as zero; a line with two numbers is not split by guessing).

export interface PastedRow {
  line: number;
  donorName: string;
  valueCents: number;
}

export interface PastedTotal {
  line: number;
  label: string;
  valueCents: number;
}

export interface LineIssue {
  line: number;
  column: number;
  message: string;
}

export interface PastedTable {
  rows: PastedRow[];
  total: PastedTotal | null;
  errors: LineIssue[];
  /** Lines read as headers, section titles or footnotes. */
  skipped: { line: number; text: string }[];
}

const SPACES = /[\u00a0\u202f\u2007\u2009\u200a]/g;
const TOTAL_LINE = /^(grand\s+total|total(\s+g[ée]n[ée]ral)?|total\s+(des\s+)?contributions(\s+(re[çc]ues|received))?|total\s+contributions(\s+received)?|sous-total|subtotal)\b/i;
const SUBTOTAL = /^(sous-total|subtotal)\b/i;
/** Footnote markers: "a/", "1/", "*", "†", superscripts, "(a)", "[1]". */
const FOOTNOTES = /(?:\s|^)(?:[a-z]{1,2}|\d{1,2})\/(?=\s|$)|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s\([a-z\d]\)(?=\s|$)|\s\[\w{1,2}\](?=\s|$)/gi;
const CURRENCY_BEFORE = /(?:US\s?\$|USD|\$)\s*$/i;
const CURRENCY_AFTER = /\s*(?:\$\s?US|US\$|USD|dollars?)$/i;

/**
 * Plain amount text → cents, by the rules of printed tables: one kind of group separator
 * (space, comma, dot or apostrophe) between groups of three; a final comma or dot followed by one
 * or two digits is a decimal mark. "1,250,000", "1 250 000", "1.250.000", "1.250.000,50" → cents.
 */
export function parseAmount(text: string): number | null {
  const t = text.replace(SPACES, ' ').trim();
  if (!/^\d[\d ,.']*$/.test(t)) return null;
  let integer = t;
  let fraction = '';
  const decimal = /^(.*\d)[.,](\d{1,2})$/.exec(t);
  if (decimal) {
    integer = decimal[1] as string;
    fraction = decimal[2] as string;
  }
  const separators = new Set(integer.replace(/\d/g, ''));
  if (separators.size > 1) return null;
  const [separator] = [...separators];
  if (separator !== undefined) {
    const groups = integer.split(separator);
    if (!/^\d{1,3}$/.test(groups[0] as string) || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
    // "1,25" is a decimal, but "1.250,5" mixes marks in a way no table prints: refuse it.
    if (decimal && t[integer.length] === separator) return null;
  } else if (!/^\d+$/.test(integer)) {
    return null;
  }
  const dollars = Number(integer.replace(/\D/g, ''));
  const cents = dollars * 100 + Number(fraction.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}

interface FoundAmount {
  valueCents: number;
  /** Index in the line where the amount (with its currency sign) starts. */
  start: number;
}

// Nothing below runs a regular expression that can backtrack over the whole line: a pasted line can
// be 80 KB of digits and spaces, and "[\d ,.']*$" tried from every position is quadratic.

/** An amount is at most this long ("9 999 999 999 999,99" with its separators and a currency sign). */
const MAX_AMOUNT_CHARS = 32;
const AMOUNT_CHARS = new Set([...'0123456789 ,.\'']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Where the run of digits and separators that ends the line starts (at a digit), or -1: one pass from the end. */
function amountTailStart(line: string): number {
  if (!isDigit(line[line.length - 1])) return -1;
  let start = line.length;
  while (start > 0 && AMOUNT_CHARS.has(line[start - 1] as string)) start--;
  while (!isDigit(line[start])) start++;
  return start;
}

/** The line without the characters of `chars` at its end (a loop, not a backtracking /[…]+$/). */
function trimEndOf(line: string, chars: string): string {
  let end = line.length;
  while (end > 0 && chars.includes(line[end - 1] as string)) end--;
  return line.slice(0, end);
}
const WHITESPACE = ' \t\n\r\v\f\u00a0\u202f\u2007\u2009\u200a';

/** The amount at the end of a line, taking the leftmost start that still parses. */
function amountAtEnd(line: string): FoundAmount | null | 'unreadable' {
  const tailStart = amountTailStart(line);
  if (tailStart < 0) return null;
  // Only the last characters can hold an amount: starts further left would not be a safe integer.
  for (let start = Math.max(tailStart, line.length - MAX_AMOUNT_CHARS); start < line.length; start++) {
    // An amount starts at the run's start or after a space, never inside "1,25,000".
    if (!isDigit(line[start]) || (start > tailStart && line[start - 1] !== ' ')) continue;
    const valueCents = parseAmount(line.slice(start));
    if (valueCents !== null) {
      const before = CURRENCY_BEFORE.exec(line.slice(Math.max(0, start - 24), start));
      return { valueCents, start: before ? start - before[0].length : start };
    }
  }
  return 'unreadable';
}

export function parsePastedTable(text: string): PastedTable {
  const table: PastedTable = { rows: [], total: null, errors: [], skipped: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const error = (column: number, message: string) => table.errors.push({ line, column, message });
    let clean = raw.replace(SPACES, ' ').replace(/\t+/g, '  ').replace(FOOTNOTES, ' ').trimEnd();
    // A currency written after the amount ("160 000 $US") is dropped before looking for the amount.
    const currency = CURRENCY_AFTER.exec(clean.slice(-12));
    if (currency) clean = clean.slice(0, clean.length - currency[0].length).trimEnd();
    if (clean.endsWith('$')) clean = clean.slice(0, -1).trimEnd();
    if (clean.trim() === '') return;
    const found = amountAtEnd(clean);
    const column = (at: number) => {
      // Columns count in the line as pasted: find the same text in the raw line.
      const probe = clean.slice(at).trim().slice(0, 6);
      const position = probe ? raw.replace(SPACES, ' ').indexOf(probe) : -1;
      return (position >= 0 ? position : at) + 1;
    };
    if (found === null) {
      if ('-–—'.includes(clean[clean.length - 1] as string) && table.rows.length > 0) {
        error(clean.length, 'a dash is not read as zero: enter 0 if the source means nothing was given, or remove the line');
        return;
      }
      table.skipped.push({ line, text: raw.trim() });
      return;
    }
    if (found === 'unreadable') {
      const at = Math.max(amountTailStart(clean), 0);
      error(column(at), `"${clean.slice(at).trim()}" is not an amount this reader can be sure of (use one separator for thousands, e.g. 1,250,000 or 1 250 000)`);
      return;
    }
    const label = trimEndOf(clean.slice(0, found.start), `${WHITESPACE}.:·…_-`).trim();
    if (isDigit(label[label.length - 1]) && /[\d]{2,}/.test(label.slice(-6))) {
      error(column(found.start), 'this line holds more than one number; paste a single amount column');
      return;
    }
    if (label === '') {
      error(1, 'an amount without a donor name');
      return;
    }
    if (SUBTOTAL.test(label)) {
      table.skipped.push({ line, text: raw.trim() });
      return;
    }
    if (TOTAL_LINE.test(label)) {
      if (table.total) error(1, `a second total line (the first is on line ${table.total.line})`);
      else table.total = { line, label, valueCents: found.valueCents };
      return;
    }
    if (table.total) {
      error(1, `a donor line after the total line (line ${table.total.line})`);
      return;
    }
    table.rows.push({ line, donorName: label, valueCents: found.valueCents });
  });
  return table;
}
