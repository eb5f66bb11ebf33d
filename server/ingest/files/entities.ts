// data/entities.csv: States come from the i18n-iso-countries package; the file overrides their names
// and adds every other donor (intergovernmental, private, subnational, regions).

import { z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from '../../contract/vocabulary.js';
import { nameForms } from '../../domain/donorNames.js';
import { packageStates } from '../countries.js';
import { fieldReader, idList, loadTable, oneOf, optional, slug } from '../fields.js';

export const ENTITIES_HEADER = ['id', 'kind', 'iso3', 'name_en', 'name_fr', 'aliases'] as const;

export interface EntityRow {
  id: string;
  kind: EntityKind;
  iso3: string | null;
  nameEn: string;
  nameFr: string;
  aliases: string[];
  /** A Member State of the United Nations (world-countries' `unMember`). */
  unMember: boolean;
}

export function readEntities(dataDir: string): Map<string, EntityRow> {
  const table = loadTable(dataDir, 'entities.csv', ENTITIES_HEADER);
  const entities = new Map<string, EntityRow>();
  for (const state of packageStates()) {
    entities.set(state.iso3, {
      id: state.iso3,
      kind: 'state',
      iso3: state.iso3,
      nameEn: state.nameEn,
      nameFr: state.nameFr,
      aliases: state.names,
      unMember: state.unMember,
    });
  }
  const fileEntityIds = new Set<string>();
  for (const record of table.records) {
    const { read, at } = fieldReader(table.file, table.header, record);
    const kind = read('kind', oneOf(ENTITY_KINDS));
    const id = read(
      'id',
      kind === 'state' ? z.string().regex(/^[A-Z]{3}$/, 'must be the ISO3 code of a State') : slug,
    );
    if (fileEntityIds.has(id)) throw at('id', `duplicate entity id "${id}"`);
    fileEntityIds.add(id);
    const iso3 = read('iso3', optional(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code')));
    const nameEn = read('name_en', optional(z.string()));
    const nameFr = read('name_fr', optional(z.string()));
    const aliases = read('aliases', idList);
    if (kind === 'state') {
      const known = entities.get(id);
      if (!known) throw at('id', `"${id}" is not an ISO 3166 alpha-3 code known to i18n-iso-countries`);
      if (iso3 !== id) throw at('iso3', `a State's iso3 must equal its id "${id}"`);
      entities.set(id, {
        ...known,
        nameEn: nameEn ?? known.nameEn,
        nameFr: nameFr ?? known.nameFr,
        aliases: [...known.aliases, ...aliases, ...(nameEn ? [nameEn] : []), ...(nameFr ? [nameFr] : [])],
      });
    } else {
      if (iso3 !== null) throw at('iso3', 'only a State has an iso3 code');
      if (!nameEn) throw at('name_en', 'is required for an entity that is not a State');
      if (!nameFr) throw at('name_fr', 'is required for an entity that is not a State');
      if (entities.has(id)) throw at('id', `duplicate entity id "${id}"`);
      entities.set(id, { id, kind, iso3: null, nameEn, nameFr, aliases: [nameEn, nameFr, ...aliases], unMember: false });
    }
  }
  return entities;
}

/**
 * Aliases of an entity in every form a name is looked up under (normalised; "Netherlands (Kingdom of
 * the)" also as "kingdom of the netherlands"), deduplicated: the rows of entity_aliases.
 */
export function aliasesOf(entity: EntityRow): { alias: string; normalized: string }[] {
  const seen = new Map<string, string>();
  for (const alias of [entity.nameEn, entity.nameFr, ...entity.aliases]) {
    for (const form of nameForms(alias)) if (!seen.has(form)) seen.set(form, alias);
  }
  return [...seen].map(([normalized, alias]) => ({ alias, normalized }));
}
