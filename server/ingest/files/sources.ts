// data/sources.csv: every document cited, and every document known to hold figures not yet transcribed.

import { z } from 'zod';
import {
  LANGUAGES,
  MIRROR_HOSTS,
  SOURCE_KINDS,
  TITLE_KINDS,
  type TitleKind,
  SOURCE_STATUSES,
  type SourceKind,
  type SourceStatus,
} from '../../contract/vocabulary.js';
import { fieldReader, httpUrl, loadTable, oneOf, optional, partialDate, required, slug } from '../fields.js';

/** Readers are sent to the official address; a staging mirror of ohchr.org is only ever the copy read. */
const officialUrl = httpUrl.refine((u) => !MIRROR_HOSTS.test(u), 'is a staging mirror: put the official address here and the mirror in copy_read');

export const SOURCES_HEADER = [
  'id',
  'kind',
  'status',
  'symbol',
  'title',
  'title_is',
  'language',
  'date',
  'url',
  'copy_read',
  'note',
] as const;

export interface SourceRow {
  id: string;
  kind: SourceKind;
  status: SourceStatus;
  symbol: string | null;
  title: string;
  titleIs: TitleKind;
  language: string | null;
  date: string | null;
  /** The official address (ohchr.org, undocs.org, the publisher's own): what readers are sent to. */
  url: string | null;
  /** The copy actually read when it is not the official address: a staging mirror or an aggregator. */
  copyRead: string | null;
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
    const url = read('url', optional(officialUrl));
    const copyRead = read('copy_read', optional(httpUrl));
    if (status === 'cited' && url === null && copyRead === null) {
      throw at('url', 'a cited source needs its official address (url) or the copy read (copy_read)');
    }
    sources.set(id, {
      id,
      kind: read('kind', oneOf(SOURCE_KINDS)),
      status,
      symbol: read('symbol', optional(z.string())),
      title: read('title', required),
      titleIs: read('title_is', oneOf(TITLE_KINDS)),
      language: read('language', optional(oneOf(LANGUAGES))),
      date: read('date', optional(partialDate)),
      url,
      copyRead,
      note: read('note', optional(z.string())),
    });
  }
  return sources;
}
