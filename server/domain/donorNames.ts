// Matches a donor name as a report prints it to one donor: exactly, on the normalised full name
// (case, accents, punctuation and spacing aside), never by a part of it or by resemblance. A name
// that matches nothing comes back with the closest donors for the editor to choose from.

import type { EntityKind } from '../contract/vocabulary.js';
import { normalizeName } from './names.js';

export interface DonorRecord {
  id: string;
  iso3: string | null;
  kind: EntityKind;
  name: { en: string; fr: string };
}

export type DonorNameMatch =
  | { match: DonorRecord; ambiguous: false; candidates: [] }
  /** No donor, or several (`ambiguous`) with this name: `candidates` are the closest, or those with the name. */
  | { match: null; ambiguous: boolean; candidates: DonorRecord[] };

export const MAX_CANDIDATES = 5;

const TRAILING_PREPOSITION = /\b(?:of|of the|de|du|des|de la|d'|d’|de l'|de l’)$/iu;

/**
 * "Netherlands (Kingdom of the)" → "Kingdom of the Netherlands"; "Korea, Republic of" → "Republic of Korea".
 * String operations rather than a backtracking pattern, so that any pasted name takes linear time.
 */
function inverted(name: string): string | null {
  const text = name.trim();
  const open = text.lastIndexOf('(');
  if (text.endsWith(')') && open > 0) {
    const inner = text.slice(open + 1, -1);
    if (!inner.includes('(') && !inner.includes(')')) return `${inner} ${text.slice(0, open)}`;
  }
  const comma = text.indexOf(',');
  if (comma <= 0) return null;
  const tail = text.slice(comma + 1).trim();
  return TRAILING_PREPOSITION.test(tail) ? `${tail} ${text.slice(0, comma)}` : null;
}

/** The forms a name is looked up under: itself, its inversion, without a leading article or "Government of". */
export function nameForms(name: string): string[] {
  const forms = new Set<string>();
  for (const written of [name, inverted(name)]) {
    if (written === null) continue;
    const n = normalizeName(written);
    if (!n) continue;
    forms.add(n);
    forms.add(n.replace(/^(the|le|la|les|l) /, ''));
    forms.add(n.replace(/^(government of( the)?|gouvernement (de la|du|des|de l|de|d)) /, ''));
  }
  return [...forms].filter((f) => f !== '');
}

// Words too common in donor names to say two names are close.
const STOPWORDS = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'for', 'pour']);

/** The words of a normalised name that count towards closeness. Single letters (footnote marks such as "Angola a") do not. */
export function nameTokens(normalized: string): Set<string> {
  return new Set(normalized.split(' ').filter((t) => t.length > 1 && !STOPWORDS.has(t)));
}

/** Share of words two names have in common (Jaccard index of their word sets). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  // Walk the smaller set, so that a very long pasted name costs no more than the alias it is scored against.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** One form (nameForms) of one of a donor's names. */
export interface DonorNameForm {
  donor: DonorRecord;
  form: string;
}

/**
 * Matches a name against donors' name forms, in at most two passes over them: the one donor with a form equal to
 * one of the name's, or none, with those that share it (ambiguous) or the closest by shared words.
 */
export function matchDonorName(name: string, pool: readonly DonorNameForm[]): DonorNameMatch {
  const forms = new Set(nameForms(name));
  const words = nameTokens([...forms][0] ?? '');
  const exact = new Map<string, DonorRecord>();
  for (const { donor, form } of pool) if (forms.has(form)) exact.set(donor.id, donor);
  const matches = [...exact.values()];
  if (matches.length === 1) return { match: matches[0] as DonorRecord, ambiguous: false, candidates: [] };
  if (matches.length > 1) return { match: null, ambiguous: true, candidates: matches.slice(0, MAX_CANDIDATES) };
  const best = new Map<string, { donor: DonorRecord; score: number }>();
  for (const { donor, form } of pool) {
    const score = overlap(words, nameTokens(form));
    if (score > (best.get(donor.id)?.score ?? 0)) best.set(donor.id, { donor, score });
  }
  const candidates = [...best.values()]
    .sort((a, b) => b.score - a.score || a.donor.name.en.localeCompare(b.donor.name.en))
    .slice(0, MAX_CANDIDATES)
    .map((c) => c.donor);
  return { match: null, ambiguous: false, candidates };
}

/** Every form of every name of the donors given, to match against. */
export function donorNameForms(donors: readonly { donor: DonorRecord; aliases: readonly string[] }[]): DonorNameForm[] {
  return donors.flatMap(({ donor, aliases }) =>
    [...new Set([donor.name.en, donor.name.fr, ...aliases].flatMap(nameForms))].map((form) => ({ donor, form })),
  );
}

export interface DonorNameIndex {
  match(name: string): DonorNameMatch;
}

/** Donors with their names, ready to match names against (each match takes time linear in their names). */
export function donorNameIndex(donors: readonly { donor: DonorRecord; aliases: readonly string[] }[]): DonorNameIndex {
  const pool = donorNameForms(donors);
  return { match: (name) => matchDonorName(name, pool) };
}
