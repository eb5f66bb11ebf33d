// Matches donor names against the database's donors (server/domain/donorNames.ts decides): the
// database hands over only the name forms that could matter, found on its index of normalised forms
// (entity_aliases), so that an import does not read every name of every State.

import type { EntityKind } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import { matchDonorName, nameForms, nameTokens, type DonorNameForm, type DonorNameMatch } from '../domain/donorNames.js';

/** Enough words of the unmatched names to find the donors they are close to; bounds the query. */
const MAX_CANDIDATE_WORDS = 500;

type FormRow = { normalized: string; id: string; iso3: string | null; kind: EntityKind; name_en: string; name_fr: string };

const SELECT_FORMS = `SELECT a.normalized, e.id, e.iso3, e.kind, e.name_en, e.name_fr
  FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
 WHERE e.kind <> 'region' AND `;

const toPool = (rows: FormRow[]): DonorNameForm[] =>
  rows.map((r) => ({ form: r.normalized, donor: { id: r.id, iso3: r.iso3, kind: r.kind, name: { en: r.name_en, fr: r.name_fr } } }));

/** Each name's match: one donor, or none with the donors it could be. */
export async function matchDonorNames(db: Queryable, names: readonly string[]): Promise<Map<string, DonorNameMatch>> {
  const distinct = [...new Set(names)];
  const forms = [...new Set(distinct.flatMap(nameForms))];
  const exactPool = toPool(await db.query<FormRow>(`${SELECT_FORMS} a.normalized = ANY($1::text[])`, [forms]));
  const result = new Map(distinct.map((name) => [name, matchDonorName(name, exactPool)]));
  const unmatched = distinct.filter((name) => result.get(name)?.match === null && !result.get(name)?.ambiguous);
  if (unmatched.length === 0) return result;
  const words = [...new Set(unmatched.flatMap((name) => [...nameTokens(nameForms(name)[0] ?? '')]))].slice(0, MAX_CANDIDATE_WORDS);
  if (words.length === 0) return result;
  // Only forms sharing a word with an unmatched name can be a candidate for it.
  const closePool = toPool(await db.query<FormRow>(`${SELECT_FORMS} string_to_array(a.normalized, ' ') && $1::text[]`, [words]));
  for (const name of unmatched) result.set(name, matchDonorName(name, closePool));
  return result;
}
