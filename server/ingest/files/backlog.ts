// data/backlog.csv: documents not yet transcribed, and which missing figures each would fill.

import { z } from 'zod';
import { FUND_IDS, METRICS, type Metric } from '../../contract/vocabulary.js';
import { fieldReader, idList, loadTable, oneOf, optional, required, year } from '../fields.js';
import type { SourceRow } from './sources.js';

export const BACKLOG_HEADER = [
  'source',
  'fund',
  'year_from',
  'year_to',
  'metrics',
  'locator',
  'note',
] as const;

export interface BacklogRow {
  sourceId: string;
  fundId: string;
  yearFrom: number | null;
  yearTo: number | null;
  metrics: Metric[];
  locator: string | null;
  note: string | null;
}

export function readBacklog(
  dataDir: string,
  known: { sources: ReadonlyMap<string, SourceRow>; fundIds: ReadonlySet<string> },
): BacklogRow[] {
  const table = loadTable(dataDir, 'backlog.csv', BACKLOG_HEADER);
  return table.records.map((record): BacklogRow => {
    const { read, at } = fieldReader(table.file, table.header, record);
    const sourceId = read('source', required);
    const source = known.sources.get(sourceId);
    if (!source) throw at('source', `unknown source "${sourceId}"`);
    if (source.status !== 'not_transcribed')
      throw at('source', `source "${sourceId}" is cited, not a not_transcribed document`);
    const fundId = read('fund', oneOf(FUND_IDS));
    if (!known.fundIds.has(fundId)) throw at('fund', `fund "${fundId}" is not in funds.csv`);
    const yearFrom = read('year_from', optional(year));
    const yearTo = read('year_to', optional(year));
    if (yearFrom !== null && yearTo !== null && yearTo < yearFrom)
      throw at('year_to', `must not be before year_from (${yearFrom})`);
    const metricNames = read('metrics', idList);
    if (metricNames.length === 0) throw at('metrics', 'name at least one metric the document would fill');
    const unknownMetric = metricNames.find((m) => !(METRICS as readonly string[]).includes(m));
    if (unknownMetric) throw at('metrics', `unknown metric "${unknownMetric}"; known: ${METRICS.join(', ')}`);
    return {
      sourceId,
      fundId,
      yearFrom,
      yearTo,
      metrics: metricNames as Metric[],
      locator: read('locator', optional(z.string())),
      note: read('note', optional(z.string())),
    };
  });
}
