// data/funds.csv: the four funds and their names. When and how each was established is in
// data/establishment.csv (foundingFacts.ts), one row per source.

import { z } from 'zod';
import { FUND_IDS, type FundId } from '../../contract/vocabulary.js';
import { fieldReader, loadTable, oneOf, optional, required } from '../fields.js';

export const FUNDS_HEADER = ['id', 'name_en', 'name_fr', 'short_name_en', 'short_name_fr', 'note'] as const;

export interface FundRow {
  id: FundId;
  nameEn: string;
  nameFr: string;
  shortNameEn: string;
  shortNameFr: string;
  /** A curation note (shown behind "Data notes"). */
  note: string | null;
}

export function readFunds(dataDir: string): FundRow[] {
  const table = loadTable(dataDir, 'funds.csv', FUNDS_HEADER);
  return table.records.map((record) => {
    const { read } = fieldReader(table.file, table.header, record);
    return {
      id: read('id', oneOf(FUND_IDS)),
      nameEn: read('name_en', required),
      nameFr: read('name_fr', required),
      shortNameEn: read('short_name_en', required),
      shortNameFr: read('short_name_fr', required),
      note: read('note', optional(z.string())),
    };
  });
}
