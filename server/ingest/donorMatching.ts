// The donors of the database as a name index (server/domain/donorNames.ts), for the imports.

import type { EntityKind } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import { donorNameIndex, type DonorNameIndex, type DonorRecord } from '../domain/donorNames.js';

export async function loadDonorNameIndex(db: Queryable): Promise<DonorNameIndex> {
  const rows = await db.query<{ id: string; iso3: string | null; kind: EntityKind; name_en: string; name_fr: string; alias: string | null }>(
    `SELECT e.id, e.iso3, e.kind, e.name_en, e.name_fr, a.alias
       FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id
      WHERE e.kind <> 'region'
      ORDER BY e.id`,
  );
  const donors = new Map<string, { donor: DonorRecord; aliases: string[] }>();
  for (const r of rows) {
    const entry = donors.get(r.id) ?? {
      donor: { id: r.id, iso3: r.iso3, kind: r.kind, name: { en: r.name_en, fr: r.name_fr } },
      aliases: [],
    };
    if (r.alias !== null) entry.aliases.push(r.alias);
    donors.set(r.id, entry);
  }
  return donorNameIndex([...donors.values()]);
}
