// Reads data/establishment.csv and data/council_calls.csv: facts stated by the founding documents
// and other sources that are not figures (when a fund was created and by what act; what the Council
// asked of States). Like a figure, each row cites a document that was read, with a locator.

import { z } from 'zod';
import {
  CALL_BODIES,
  CALL_KINDS,
  CALL_REFERENCES,
  ESTABLISHING_BODIES,
  FUND_IDS,
  INSTRUMENT_KINDS,
  type CallBody,
  type CallKind,
  type CallReference,
  type EstablishingBody,
  type InstrumentKind,
} from '../../contract/vocabulary.js';
import type { CsvRecord } from '../csv.js';
import { fieldReader, idList, loadTable, oneOf, optional, partialDate, required, slug } from '../fields.js';
import type { SourceRow } from './sources.js';

export const ESTABLISHMENT_HEADER = ['id', 'fund', 'date', 'body', 'instruments', 'source', 'locator', 'check_terms', 'note'] as const;
export const CALLS_HEADER = ['id', 'source', 'locator', 'adopted', 'body', 'call', 'funds', 'reference', 'check_terms', 'note'] as const;
type Table = ReturnType<typeof loadTable>;

export interface Instrument {
  kind: InstrumentKind;
  /** As the document numbers it: "1987/38", "6/17". */
  number: string;
}

export interface EstablishmentRow {
  id: string;
  fundId: string;
  date: string | null;
  body: EstablishingBody | null;
  instruments: Instrument[];
  sourceId: string;
  locator: string | null;
  /** Words that must appear at the cited paragraph of a founding document (checked by test/data). */
  checkTerms: string[];
  note: string | null;
}

export interface CouncilCallRow {
  id: string;
  sourceId: string;
  locator: string;
  adopted: string;
  body: CallBody;
  call: CallKind;
  fundIds: string[];
  reference: CallReference;
  checkTerms: string[];
  note: string | null;
}

interface Citable {
  fundIds: ReadonlySet<string>;
  sources: ReadonlyMap<string, SourceRow>;
}

type Reader = typeof fieldReader;
const instrument = z
  .string()
  .regex(new RegExp(`^(${INSTRUMENT_KINDS.join('|')}):\\d{1,4}/\\d{1,4}$`), `must be <kind>:<number>, kind one of ${INSTRUMENT_KINDS.join(', ')} (e.g. hrc-resolution:6/17)`);

/** The cited source must exist and have been read: only then can a reader be sent to it. */
function citedSource(read: ReturnType<Reader>['read'], at: ReturnType<Reader>['at'], citable: Citable): string {
  const sourceId = read('source', required);
  const source = citable.sources.get(sourceId);
  if (!source) throw at('source', `unknown source "${sourceId}"`);
  if (source.status !== 'cited') throw at('source', `source "${sourceId}" is marked not_transcribed: only a document that was read can be cited`);
  return sourceId;
}

function uniqueIds<T extends { id: string }>(table: Table, rows: T[], reader: Reader): T[] {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.id)) throw reader(table.file, table.header, table.records[i] as CsvRecord).at('id', `duplicate id "${row.id}"`);
    seen.add(row.id);
  });
  return rows;
}

export function readEstablishment(dataDir: string, citable: Citable): EstablishmentRow[] {
  const table = loadTable(dataDir, 'establishment.csv', ESTABLISHMENT_HEADER);
  const reader = fieldReader;
  const rows = table.records.map((record): EstablishmentRow => {
    const { read, at } = reader(table.file, table.header, record);
    const fundId = read('fund', oneOf(FUND_IDS));
    if (!citable.fundIds.has(fundId)) throw at('fund', `fund "${fundId}" is not in funds.csv`);
    const instruments = read('instruments', idList).map((text) => {
      const parsed = instrument.safeParse(text);
      if (!parsed.success) throw at('instruments', `${parsed.error.issues[0]?.message} (found ${JSON.stringify(text)})`);
      const [kind, number] = text.split(':') as [InstrumentKind, string];
      return { kind, number };
    });
    const row: EstablishmentRow = {
      id: read('id', slug),
      fundId,
      date: read('date', optional(partialDate)),
      body: read('body', optional(oneOf(ESTABLISHING_BODIES))),
      instruments,
      sourceId: citedSource(read, at, citable),
      locator: read('locator', optional(z.string())),
      checkTerms: read('check_terms', idList),
      note: read('note', optional(z.string())),
    };
    if (row.date === null && row.body === null && row.instruments.length === 0) throw at('date', 'a row must state a date, a body or an act');
    return row;
  });
  return uniqueIds(table, rows, reader);
}

export function readCouncilCalls(dataDir: string, citable: Citable): CouncilCallRow[] {
  const table = loadTable(dataDir, 'council_calls.csv', CALLS_HEADER);
  const reader = fieldReader;
  const rows = table.records.map((record): CouncilCallRow => {
    const { read, at } = reader(table.file, table.header, record);
    const fundIds = read('funds', idList);
    if (fundIds.length === 0) throw at('funds', 'name at least one fund the paragraph bears on');
    const unknownFund = fundIds.find((f) => !citable.fundIds.has(f));
    if (unknownFund) throw at('funds', `fund "${unknownFund}" is not in funds.csv`);
    return {
      id: read('id', slug),
      sourceId: citedSource(read, at, citable),
      locator: read('locator', required.regex(/^para\. \d+$/, 'must be "para. N"')),
      adopted: read('adopted', partialDate),
      body: read('body', oneOf(CALL_BODIES)),
      call: read('call', oneOf(CALL_KINDS)),
      fundIds,
      reference: read('reference', oneOf(CALL_REFERENCES)),
      checkTerms: read('check_terms', idList),
      note: read('note', optional(z.string())),
    };
  });
  return uniqueIds(table, rows, reader);
}
