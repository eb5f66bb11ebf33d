// Values as database drivers give them back.

/** Values read back from a database driver (pg gives bigint as text, PGlite as number) → a safe integer. */
export function toSafeInteger(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n =
    typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? Number(value) : (value as number);
  if (typeof n !== 'number' || !Number.isSafeInteger(n))
    throw new RangeError(`not a safe integer from the database: ${String(value)}`);
  return n;
}

/** A text[] read back from a database driver (both give an array); anything else is a bug. */
export function textArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  throw new TypeError(`expected a text[] from the database, got ${typeof value}`);
}
