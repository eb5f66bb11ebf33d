// Arithmetic on numbers that carry what the sources let us know about them.
// A Quantity is never rounder, surer or more complete than the figures it came from:
// unknown stays unknown (null, never 0), a lower bound makes its sum a lower bound,
// a rounded figure makes its sum approximate, a partial year makes it partial.

export type Bound = 'exact' | 'at_least' | 'at_most';

export interface Quantity {
  /** Integer US cents or a whole count; null when unknown. */
  value: number | null;
  /** How `value` relates to the true value. */
  bound: Bound;
  /** A rounded figure went into it ("about"). */
  approximate: boolean;
  /** A part-year (year-to-date) figure stands for a whole year in it. */
  partialYear: boolean;
  /** The figures it was computed from, so every computed number can be cited. */
  figureIds: string[];
  /** Figures it was computed from that `figureIds` does not list (see citedFigures.ts). */
  figureIdsOmitted?: number;
}

export const unknownQuantity = (figureIds: string[] = []): Quantity => ({
  value: null,
  bound: 'exact',
  approximate: false,
  partialYear: false,
  figureIds,
});

export const exactQuantity = (value: number, figureIds: string[] = []): Quantity => ({
  value,
  bound: 'exact',
  approximate: false,
  partialYear: false,
  figureIds,
});

export const isKnown = (q: Quantity): q is Quantity & { value: number } => q.value !== null;

function assertSafeInteger(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  return value;
}

const uniqueIds = (qs: readonly Quantity[]): string[] => [...new Set(qs.flatMap((q) => q.figureIds))].sort();

/** How bounds combine in a sum: exact parts keep the others' bound; opposite bounds leave no bound at all. */
function combineBounds(bounds: readonly Bound[]): Bound | 'none' {
  const below = bounds.includes('at_least');
  const above = bounds.includes('at_most');
  if (below && above) return 'none';
  if (below) return 'at_least';
  if (above) return 'at_most';
  return 'exact';
}

/** The sum of parts. Unknown if any part is unknown or there are no parts. */
export function sum(parts: readonly Quantity[]): Quantity {
  const figureIds = uniqueIds(parts);
  if (parts.length === 0 || parts.some((q) => q.value === null)) return unknownQuantity(figureIds);
  const bound = combineBounds(parts.map((q) => q.bound));
  if (bound === 'none') return unknownQuantity(figureIds);
  const value = assertSafeInteger(parts.reduce((acc, q) => acc + (q.value as number), 0));
  return {
    value,
    bound,
    approximate: parts.some((q) => q.approximate),
    partialYear: parts.some((q) => q.partialYear),
    figureIds,
  };
}

const flip = (bound: Bound): Bound => (bound === 'at_least' ? 'at_most' : bound === 'at_most' ? 'at_least' : 'exact');

export function negate(q: Quantity): Quantity {
  return q.value === null ? q : { ...q, value: q.value === 0 ? 0 : -q.value, bound: flip(q.bound) };
}

export function subtract(a: Quantity, b: Quantity): Quantity {
  return sum([a, negate(b)]);
}

/** max(0, q), keeping what can still be said about it. */
export function floorAtZero(q: Quantity): Quantity {
  if (q.value === null) return q;
  if (q.value >= 0) return q;
  // True value ≤ negative ⇒ floored value is exactly 0; true value ≥ negative ⇒ floored ≥ 0; exact ⇒ 0.
  if (q.bound === 'at_most' || q.bound === 'exact') return { ...q, value: 0, bound: 'exact' };
  return { ...q, value: 0, bound: 'at_least' };
}

/**
 * For non-negative amounts only: an unknown amount is at least 0. Used where a sum must still say
 * something true (a gap is at most requirement − received when outstanding pledges are unknown).
 */
export function unknownAsAtLeastZero(q: Quantity): Quantity {
  return q.value === null ? { ...q, value: 0, bound: 'at_least' } : q;
}

export interface Ratio {
  /** A fraction (0.5 = 50 %); null when unknown or undefined. Not money, so a float is fine. */
  value: number | null;
  bound: Bound;
  approximate: boolean;
  figureIds: string[];
  figureIdsOmitted?: number;
}

/** numerator ÷ denominator, for positive denominators; a bounded denominator bounds the ratio the other way. */
export function ratio(numerator: Quantity, denominator: Quantity): Ratio {
  const figureIds = uniqueIds([numerator, denominator]);
  if (numerator.value === null || denominator.value === null || denominator.value <= 0 || numerator.value < 0) {
    return { value: null, bound: 'exact', approximate: false, figureIds };
  }
  const bound = combineBounds([numerator.bound, flip(denominator.bound)]);
  if (bound === 'none') return { value: null, bound: 'exact', approximate: false, figureIds };
  return {
    value: numerator.value / denominator.value,
    bound,
    approximate: numerator.approximate || denominator.approximate,
    figureIds,
  };
}
