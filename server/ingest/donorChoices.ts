// Donor names matched as donorMatching.ts does, then the editor's choices applied: a name that matched
// no donor or several takes the donor the editor chose for exactly that name. Nothing else changes, so
// no name is matched by guess.

import type { DonorChoice } from '../contract/imports.js';
import type { EntityKind } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import type { DonorNameMatch, DonorRecord } from '../domain/donorNames.js';
import { matchDonorNames } from './donorMatching.js';
import { ImportFieldError } from './importReading.js';

/** The chosen donors, each checked to exist (a region is no donor); an unknown id is a 400 naming it. */
async function chosenDonors(db: Queryable, choices: readonly DonorChoice[]): Promise<Map<string, DonorRecord>> {
  if (choices.length === 0) return new Map();
  const ids = [...new Set(choices.map((c) => c.donor))];
  const rows = await db.query<{ id: string; iso3: string | null; kind: EntityKind; name_en: string; name_fr: string }>(
    `SELECT id, iso3, kind, name_en, name_fr FROM entities WHERE id = ANY($1::text[]) AND kind <> 'region'`,
    [ids],
  );
  const found = new Map(rows.map((r) => [r.id, { id: r.id, iso3: r.iso3, kind: r.kind, name: { en: r.name_en, fr: r.name_fr } }]));
  const index = choices.findIndex((c) => !found.has(c.donor));
  if (index >= 0) {
    throw new ImportFieldError(`donorChoices.${index}.donor`, `no donor has the id "${choices[index]!.donor}"`);
  }
  return found;
}

/** Each name's match, with the editor's choice standing in where the name alone matched none or several. */
export async function matchDonorNamesWithChoices(
  db: Queryable,
  names: readonly string[],
  choices: readonly DonorChoice[] = [],
): Promise<Map<string, DonorNameMatch>> {
  const donors = await chosenDonors(db, choices);
  const matches = await matchDonorNames(db, names);
  for (const choice of choices) {
    const current = matches.get(choice.name);
    if (!current || current.match) continue;
    matches.set(choice.name, { match: donors.get(choice.donor)!, ambiguous: false, candidates: [] });
  }
  return matches;
}
