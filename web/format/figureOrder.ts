// The order of figure tables: newest first, so the figure a reader most likely wants is on top.

/** What the order reads of a figure. */
export interface Dated {
  year: number | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when the source does not date it. */
  asOf: string | null;
}

/** Descending, with unknown (null) after every known value. */
function descendingNullsLast<T extends number | string>(a: T | null, b: T | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/**
 * Newest first: by year (latest first, figures with no year last), then by as-of date (latest
 * first, undated last). Partial dates compare as text, which orders them by time ("2024-11" after
 * "2024-03"); a year alone comes after the dates within it. Ties keep the order they came in.
 */
export function newestFirst<F extends Dated>(figures: readonly F[]): F[] {
  return [...figures].sort((a, b) => descendingNullsLast(a.year, b.year) || descendingNullsLast(a.asOf, b.asOf));
}
