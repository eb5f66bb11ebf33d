// data/sources.csv: every document cited, and every document known to hold figures not yet transcribed.

import { z } from 'zod';
import {
  LANGUAGES,
  SOURCE_KINDS,
  SOURCE_STATUSES,
  type SourceKind,
  type SourceStatus,
} from '../../contract/vocabulary.js';
import { fieldReader, httpUrl, loadTable, oneOf, optional, partialDate, required, slug } from '../fields.js';
import type { FundRow } from './funds.js';
import type { InputError } from '../csv.js';

export const SOURCES_HEADER = [
  'id',
  'kind',
  'status',
  'symbol',
  'title',
  'language',
  'date',
  'url',
  'mirror_of',
  'note',
] as const;

export interface SourceRow {
  id: string;
  kind: SourceKind;
  status: SourceStatus;
  symbol: string | null;
  title: string;
  language: string | null;
  date: string | null;
  url: string | null;
  mirrorOf: string | null;
  note: string | null;
}

export function readSources(dataDir: string): Map<string, SourceRow> {
  const table = loadTable(dataDir, 'sources.csv', SOURCES_HEADER);
  const sources = new Map<string, SourceRow>();
  for (const record of table.records) {
    const { read, at } = fieldReader(table.file, table.header, record);
    const id = read('id', slug);
    if (sources.has(id)) throw at('id', `duplicate source id "${id}"`);
    const status = read('status', oneOf(SOURCE_STATUSES));
    const url = read('url', optional(httpUrl));
    if (status === 'cited' && url === null) throw at('url', 'a cited source needs the URL of the copy read');
    const mirrorOf = read(
      'mirror_of',
      optional(httpUrl.regex(/^https:\/\/www\.ohchr\.org\//, 'must be a https://www.ohchr.org/ address')),
    );
    sources.set(id, {
      id,
      kind: read('kind', oneOf(SOURCE_KINDS)),
      status,
      symbol: read('symbol', optional(z.string())),
      title: read('title', required),
      language: read('language', optional(oneOf(LANGUAGES))),
      date: read('date', optional(partialDate)),
      url,
      mirrorOf,
      note: read('note', optional(z.string())),
    });
  }
  return sources;
}

/** The source a fund's establishment cites must be known and read (as for a figure, domain/figureRules.ts). */
export function checkFundSources(
  funds: readonly { fund: FundRow; at: (field: string, reason: string) => InputError }[],
  sources: ReadonlyMap<string, SourceRow>,
): void {
  for (const { fund, at } of funds) {
    if (fund.sourceId === null) continue;
    const source = sources.get(fund.sourceId);
    if (!source) throw at('source', `unknown source "${fund.sourceId}"`);
    if (source.status !== 'cited') {
      throw at(
        'source',
        `source "${fund.sourceId}" is marked not_transcribed: an establishment date can only cite a document that was read`,
      );
    }
  }
}
