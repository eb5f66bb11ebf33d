// How a table cell reads: a number as UN documents print it, a dash for none, or text. A "number"
// holding letters (OCR of a scan: "13 60O") is its own kind, so it is reported and never read as a number.

export type CellKind = 'empty' | 'none' | 'number' | 'ocr' | 'text';

const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
const NONE = /^[–—−-]+$/;
// Letters OCR puts where digits were; a run of these alone ("UOO") is a number misread, not a word.
const DIGIT_LOOKALIKES = /^[OoIilLUuSsBZzDQG+\\'`^|~]+$/;

/** Text with its thousands separators made plain spaces and its sign and parentheses set apart. */
function unwrap(text: string): { body: string; negative: boolean } {
  let body = text.replace(SPACES, ' ').trim().replace(/^(?:US\s?)?\$\s?/, '');
  let negative = false;
  const parens = /^\((.*)\)$/.exec(body);
  if (parens) {
    body = parens[1]!.trim();
    negative = true;
  } else if (/^[-−–]\s?\d/.test(body)) {
    body = body.replace(/^[-−–]\s?/, '');
    negative = true;
  }
  return { body, negative };
}

const GROUPED = /^\d{1,3}(?:([ ,.])\d{3})*(?:([.,])\d+)?$/;
const PLAIN = /^\d+(?:[.,]\d+)?$/;

/** The digits of a number and where its decimal separator is, or null when the text is no number. */
function digitsOf(body: string, language: string | null): { whole: string; fraction: string } | null {
  if (PLAIN.test(body)) {
    const [whole, fraction = ''] = body.split(/[.,]/);
    // "1,250" is one thousand two hundred and fifty in English, 1.25 in French.
    if (/^\d{1,3},\d{3}$/.test(body) && language !== 'fr') return { whole: body.replace(',', ''), fraction: '' };
    return { whole: whole!, fraction };
  }
  const grouped = GROUPED.exec(body);
  if (!grouped) return null;
  const thousands = grouped[1];
  const decimal = grouped[2];
  if (thousands && decimal && thousands === decimal) return null;
  const lastSeparator = decimal ? body.lastIndexOf(decimal) : -1;
  const whole = (lastSeparator >= 0 ? body.slice(0, lastSeparator) : body).replace(/[ ,.]/g, '');
  const fraction = lastSeparator >= 0 ? body.slice(lastSeparator + 1) : '';
  return { whole, fraction };
}

export function classifyCell(text: string, language: string | null = null): CellKind {
  const trimmed = text.replace(SPACES, ' ').trim();
  if (trimmed === '') return 'empty';
  if (NONE.test(trimmed)) return 'none';
  const { body } = unwrap(trimmed);
  if (digitsOf(body, language)) return 'number';
  const compact = body.replace(/[ ,.]/g, '');
  const letters = compact.replace(/\d/g, '');
  const digits = compact.length - letters.length;
  if (compact.length <= 15 && /[A-Za-z]/.test(letters) && DIGIT_LOOKALIKES.test(letters) && (digits > 0 || letters.length >= 2)) {
    return 'ocr';
  }
  return 'text';
}

/** A cell's amount in integer cents, the table's unit applied; null for none or not a number. */
export function amountCents(text: string, multiplier = 1, language: string | null = null): number | null {
  if (classifyCell(text, language) !== 'number') return null;
  const { body, negative } = unwrap(text);
  const digits = digitsOf(body, language);
  if (!digits) return null;
  // Decimal shifting on the digit string, so 4 663.6 thousands is exactly 466 360 000 cents.
  const scale = Math.round(Math.log10(multiplier)) + 2;
  const fraction = digits.fraction.padEnd(scale, '0');
  if (fraction.length > scale && /[1-9]/.test(fraction.slice(scale))) return null;
  const cents = Number(`${digits.whole}${fraction.slice(0, scale)}`);
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

const UNITS: [RegExp, number][] = [
  [/\b(?:in\s+)?thousands\s+of\s+(?:United\s+States\s+|US\s+)?dollars\b/i, 1000],
  [/\b(?:in\s+)?millions\s+of\s+(?:United\s+States\s+|US\s+)?dollars\b/i, 1_000_000],
  [/\b(?:en\s+)?milliers\s+de\s+dollars\b/i, 1000],
  [/\b(?:en\s+)?millions\s+de\s+dollars\b/i, 1_000_000],
  [/\b(?:in\s+)?(?:United\s+States\s+|US\s+)dollars\b/i, 1],
  [/\b(?:en\s+)?dollars\s+des\s+[ÉE]tats-Unis\b/i, 1],
];

/** The unit a caption or header states, e.g. "(Thousands of United States dollars)" → 1000. */
export function unitOf(text: string): { multiplier: number; text: string } | null {
  for (const [pattern, multiplier] of UNITS) {
    const match = pattern.exec(text);
    if (match) return { multiplier, text: match[0] };
  }
  return null;
}

const TOTAL = /^(?:grand\s+)?(?:sub-?\s?)?total\b|^total\s+(?:partiel|général|des)\b|^sous-total\b/i;
export const isTotalLabel = (label: string) => TOTAL.test(label.trim());
