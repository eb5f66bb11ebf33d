// data/funds.csv: the four funds, their names and, where a source states it, their establishment.

import { z } from 'zod';
import { FUND_IDS, type FundId } from '../../contract/vocabulary.js';
import { fieldReader, loadTable, oneOf, optional, required, slug, yearBetween } from '../fields.js';

export const FUNDS_HEADER = [
  'id',
  'name_en',
  'name_fr',
  'short_name_en',
  'short_name_fr',
  'established_year',
  'establishing_resolution_en',
  'establishing_resolution_fr',
  'source',
  'locator',
  'note',
] as const;

export interface FundRow {
  id: FundId;
  nameEn: string;
  nameFr: string;
  shortNameEn: string;
  shortNameFr: string;
  establishedYear: number | null;
  establishingResolutionEn: string | null;
  establishingResolutionFr: string | null;
  sourceId: string | null;
  sourceLocator: string | null;
  note: string | null;
}

/** The funds, and for each the reader of its row (to name the row where a later check fails). */
export function readFunds(dataDir: string) {
  const table = loadTable(dataDir, 'funds.csv', FUNDS_HEADER);
  const rows = table.records.map((record) => {
    const { read, at } = fieldReader(table.file, table.header, record);
    const fund: FundRow = {
      id: read('id', oneOf(FUND_IDS)),
      nameEn: read('name_en', required),
      nameFr: read('name_fr', required),
      shortNameEn: read('short_name_en', required),
      shortNameFr: read('short_name_fr', required),
      establishedYear: read('established_year', optional(yearBetween(1900, 2100))),
      establishingResolutionEn: read('establishing_resolution_en', optional(z.string())),
      establishingResolutionFr: read('establishing_resolution_fr', optional(z.string())),
      sourceId: read('source', optional(slug)),
      sourceLocator: read('locator', optional(z.string())),
      note: read('note', optional(z.string())),
    };
    // An establishment date or resolution is a fact shown to readers: like every figure, it needs its source.
    const stated = (
      ['established_year', 'establishing_resolution_en', 'establishing_resolution_fr'] as const
    ).filter((field) => (record.values[field] ?? '') !== '');
    if (stated.length > 0 && fund.sourceId === null) {
      throw at(
        'source',
        `${stated.join(' and ')} given without a source (leave them empty when no source states them)`,
      );
    }
    return { fund, at };
  });
  return rows;
}
