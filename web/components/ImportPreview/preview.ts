// The dry run's answer as the editor acts on it: the names no donor matched, each with the donors it
// could be, and the choices made among them, sent back as the request's donorChoices.

import type { ImportResult } from '../../../server/contract/imports.js';

type Row = ImportResult['rows'][number];
export type Candidate = NonNullable<Row['candidates']>[number];

/** Each unmatched name once (a name can recur on several rows), with its candidates, in table order. */
export function unmatchedNames(result: ImportResult): { name: string; candidates: Candidate[] }[] {
  const seen = new Map<string, Candidate[]>();
  for (const row of result.rows) {
    if (row.donor === null && row.candidates && row.candidates.length > 0 && !seen.has(row.donorName)) seen.set(row.donorName, row.candidates);
  }
  return [...seen].map(([name, candidates]) => ({ name, candidates }));
}

/**
 * The candidates offered so far, by name: kept across dry runs, since once a choice is applied the name
 * is matched and no longer offered, yet the editor may still change it.
 */
export function mergeOffers(offers: Record<string, Candidate[]>, result: ImportResult): Record<string, Candidate[]> {
  const next = { ...offers };
  for (const { name, candidates } of unmatchedNames(result)) next[name] = candidates;
  return next;
}

/** The editor's choices as the request wants them: a name and a donor id offered for it. */
export function donorChoicesFor(offers: Record<string, Candidate[]>, chosen: Record<string, string>): { name: string; donor: string }[] {
  return Object.entries(chosen)
    .filter(([name, donor]) => offers[name]?.some((c) => c.id === donor))
    .map(([name, donor]) => ({ name, donor }));
}

/** The page a row or error came from, when the import read a PDF. */
export const pageOf = (item: object): number | null => ('page' in item && typeof item.page === 'number' ? item.page : null);
