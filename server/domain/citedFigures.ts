// How many figure ids a computed value lists. A total over thousands of figures (the unpaid pledges of
// every pledging donor, a year's many alternative statements) cannot travel with every id in every
// answer; it lists the first ones and says how many more there are, and the fund's paged figure list
// holds them all. The value, its qualifiers and the rules' choice are untouched: only the list is cut.

/** The most figure ids one value lists; on the shipped data no value cites more, so its answers are unchanged. */
export const CITED_IDS_LISTED = 12;

type Listed = { figureIds?: unknown; alternativeIds?: unknown };

/**
 * A copy of `value` in which every `figureIds` and `alternativeIds` list longer than `limit` keeps its
 * first `limit` ids, with `figureIdsOmitted` / `alternativeIdsOmitted` saying how many were left out.
 */
export function listAtMost<T>(value: T, limit = CITED_IDS_LISTED): T {
  if (Array.isArray(value)) return value.map((item: unknown) => listAtMost(item, limit)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Listed)) {
    if ((key === 'figureIds' || key === 'alternativeIds') && Array.isArray(item)) {
      out[key] = item.length > limit ? item.slice(0, limit) : item;
      if (item.length > limit) out[`${key}Omitted`] = item.length - limit;
    } else {
      out[key] = listAtMost(item, limit);
    }
  }
  return out as T;
}

/** How many figures a value was computed from, listed or not. */
export const citedCount = (value: { figureIds: readonly unknown[]; figureIdsOmitted?: number }): number =>
  value.figureIds.length + (value.figureIdsOmitted ?? 0);
