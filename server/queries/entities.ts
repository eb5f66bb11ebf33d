// Read model of entities (States and other donors): their names, as the API refers to them.

import type { EntityRef } from '../contract/schemas.js';
import type { Queryable } from '../db/connection.js';

interface EntityRowDb {
  id: string;
  iso3: string | null;
  kind: EntityRef['kind'];
  name_en: string;
  name_fr: string;
}

const toEntityRef = (r: EntityRowDb): EntityRef => ({
  id: r.id,
  iso3: r.iso3,
  kind: r.kind,
  name: { en: r.name_en, fr: r.name_fr },
});

/** The entities with these ids, by id (ids not found are absent). */
export async function entityRefs(db: Queryable, ids: readonly string[]): Promise<Map<string, EntityRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<EntityRowDb>(
    'SELECT id, iso3, kind, name_en, name_fr FROM entities WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, toEntityRef(r)]));
}

/** An entity by its id, or else by its ISO3 code in any case ("DNK", "dnk"); null when neither is known. */
export async function findEntity(db: Queryable, idOrIso3: string): Promise<EntityRef | null> {
  const byId = (await entityRefs(db, [idOrIso3])).get(idOrIso3);
  if (byId) return byId;
  const [byIso] = await db.query<{ id: string }>('SELECT id FROM entities WHERE iso3 = upper($1)', [
    idOrIso3,
  ]);
  if (!byIso) return null;
  return (await entityRefs(db, [byIso.id])).get(byIso.id) ?? null;
}

/** A State by its ISO 3166 alpha-3 code, in any case; null for anything else. */
export async function findState(
  db: Queryable,
  code: string,
): Promise<{ iso3: string; name: { en: string; fr: string } } | null> {
  if (!/^[A-Za-z]{3}$/.test(code)) return null;
  const [entity] = await db.query<{ iso3: string; name_en: string; name_fr: string }>(
    `SELECT iso3, name_en, name_fr FROM entities WHERE iso3 = upper($1) AND kind = 'state'`,
    [code],
  );
  return entity ? { iso3: entity.iso3, name: { en: entity.name_en, fr: entity.name_fr } } : null;
}

/** The ids of every State, in the order of their English names. */
/** The 193 Member States of the United Nations (not every territory with an ISO code). */
export async function memberStateIds(db: Queryable): Promise<string[]> {
  return (
    await db.query<{ id: string }>(`SELECT id FROM entities WHERE kind = 'state' AND un_member ORDER BY name_en`)
  ).map((r) => r.id);
}
