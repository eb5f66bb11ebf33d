// Money is integer US cents from the moment it is read: no floating point ever touches it.

const PLAIN_USD = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "23266101" or "1200000.5" → cents; null when the text is not plain digits with up to two decimals. */
export function parseUsdToCents(text: string): number | null {
  const match = PLAIN_USD.exec(text);
  if (!match) return null;
  const dollars = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const value = dollars * 100 + cents;
  return Number.isSafeInteger(value) ? value : null;
}

/** Cents → "23266101" / "1200000.50", the inverse of parseUsdToCents, for files and exports. */
export function formatCentsAsPlainUsd(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100);
  const rest = abs % 100;
  return rest === 0 ? `${sign}${dollars}` : `${sign}${dollars}.${String(rest).padStart(2, '0')}`;
}

