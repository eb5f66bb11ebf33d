// data/figures/<fund>.csv: one row per figure as a source states it. readFigureRecord reads one row
// in these columns; CSV and XLSX imports (importRecords.ts) read their rows with it too.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseUsdToCents } from '../../contract/money.js';
import {
  ATTRIBUTIONS,
  BASES,
  CONTRIBUTION_STATUSES,
  FUND_IDS,
  isMoneyMetric,
  METRICS,
  PERIODS,
  PRECISIONS,
} from '../../contract/vocabulary.js';
import type { FigureDraft, FigureRecord } from '../../domain/figure.js';
import { figureRuleViolation, type FigureField, type FigureRuleContext } from '../../domain/figureRules.js';
import type { CsvRecord } from '../csv.js';
import { fieldReader, idList, loadTable, oneOf, optional, partialDate, required, year } from '../fields.js';
import type { EntityRow } from './entities.js';
import type { SourceRow } from './sources.js';

export const FIGURES_HEADER = [
  'id',
  'fund',
  'year',
  'metric',
  'value',
  'unit',
  'status',
  'precision',
  'period',
  'period_start',
  'as_of',
  'donor',
  'countries',
  'scope',
  'session',
  'attribution',
  'basis',
  'source',
  'locator',
  'source_2',
  'locator_2',
  'note',
] as const;

/** Column of the data files that holds each field of a figure draft. */
const FIGURE_COLUMNS: Record<FigureField, string> = {
  fund: 'fund',
  year: 'year',
  metric: 'metric',
  value: 'value',
  unit: 'unit',
  status: 'status',
  precision: 'precision',
  period: 'period',
  periodStart: 'period_start',
  asOf: 'as_of',
  donorId: 'donor',
  countryIds: 'countries',
  scope: 'scope',
  session: 'session',
  attribution: 'attribution',
  basis: 'basis',
  note: 'note',
  sources: 'source',
};
export const columnOfViolation = (v: { field: FigureField; index?: number }) =>
  v.field === 'sources' && (v.index ?? 0) > 0 ? `source_${(v.index ?? 0) + 1}` : FIGURE_COLUMNS[v.field];

// Built once: constructing zod schemas costs far more than running them, and an import reads
// thousands of rows.
const FIELD = {
  id: optional(z.string().regex(/^[a-z-]+-\d{3,}$/, 'must look like <fund>-<number>, e.g. vftc-001')),
  fund: oneOf(FUND_IDS),
  metric: oneOf(METRICS),
  unit: oneOf(['usd', 'count'] as const),
  text: z.string().trim(),
  optionalText: optional(z.string()),
  year: optional(year),
  status: optional(oneOf(CONTRIBUTION_STATUSES)),
  precision: oneOf(PRECISIONS),
  period: oneOf(PERIODS),
  asOf: optional(partialDate),
  attribution: optional(oneOf(ATTRIBUTIONS)),
  basis: optional(oneOf(BASES)),
};

/**
 * Reads one figure row in the data files' columns: each field's format here, then the shared
 * figure rules (server/domain/figureRules.ts). Empty fields take `defaults` (imports fill them from the form).
 */
export function readFigureRecord(
  file: string,
  header: readonly string[],
  record: CsvRecord,
  ctx: FigureRuleContext & { fundIds: ReadonlySet<string> },
  defaults: Partial<Record<string, string>> = {},
): FigureDraft & { id: string | null } {
  const values = { ...record.values };
  for (const [column, value] of Object.entries(defaults))
    if ((values[column] ?? '').trim() === '' && value !== undefined) values[column] = value;
  const { read, at } = fieldReader(file, header, { ...record, values });
  const id = read('id', FIELD.id);
  const fund = read('fund', FIELD.fund);
  if (!ctx.fundIds.has(fund)) throw at('fund', `fund "${fund}" is not known`);
  if (id !== null && !id.startsWith(`${fund}-`)) throw at('id', `must start with "${fund}-"`);
  const metric = read('metric', FIELD.metric);
  const unitText = read('unit', FIELD.unit);
  const money = isMoneyMetric(metric);
  const valueText = read('value', FIELD.text);
  let value: number | null = null;
  if (valueText !== '') {
    value = money ? parseUsdToCents(valueText) : /^\d{1,15}$/.test(valueText) ? Number(valueText) : null;
    if (value === null) {
      throw at(
        'value',
        money
          ? `must be US dollars as plain digits with up to two decimals, e.g. 23266101 or 1200000.50 (found ${JSON.stringify(valueText)})`
          : `must be a whole number (found ${JSON.stringify(valueText)})`,
      );
    }
  }
  const sources: { sourceId: string; locator: string | null }[] = [];
  for (const [sourceField, locatorField] of [
    ['source', 'locator'],
    ['source_2', 'locator_2'],
  ] as const) {
    const sourceId = read(sourceField, sourceField === 'source' ? required : FIELD.optionalText);
    const locator = read(locatorField, FIELD.optionalText);
    if (sourceId === null) {
      if (locator !== null) throw at(locatorField, `a locator without a ${sourceField}`);
      continue;
    }
    sources.push({ sourceId, locator });
  }
  const draft = {
    id,
    fund,
    year: read('year', FIELD.year),
    metric,
    value,
    unit: unitText === 'usd' ? ('usd_cents' as const) : ('count' as const),
    status: read('status', FIELD.status),
    precision: read('precision', FIELD.precision),
    period: read('period', FIELD.period),
    periodStart: read('period_start', FIELD.year),
    asOf: read('as_of', FIELD.asOf),
    donorId: read('donor', FIELD.optionalText),
    countryIds: read('countries', idList),
    scope: read('scope', FIELD.optionalText),
    session: read('session', FIELD.optionalText),
    attribution: read('attribution', FIELD.attribution) ?? 'direct',
    basis: read('basis', FIELD.basis) ?? 'reported',
    sources,
    note: read('note', FIELD.optionalText),
  };
  const violation = figureRuleViolation(draft, ctx);
  if (violation) throw at(columnOfViolation(violation), violation.message);
  return draft;
}

interface KnownRows {
  fundIds: ReadonlySet<string>;
  entities: ReadonlyMap<string, EntityRow>;
  sources: ReadonlyMap<string, SourceRow>;
}

/** Every file of data/figures/, in name order; each row must be about the fund its file is named after. */
export function readFigures(dataDir: string, known: KnownRows): Map<string, FigureRecord> {
  const figuresDir = join(dataDir, 'figures');
  const names = existsSync(figuresDir)
    ? readdirSync(figuresDir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];
  const rules: FigureRuleContext & { fundIds: ReadonlySet<string> } = {
    fundIds: known.fundIds,
    entityKind: (id) => known.entities.get(id)?.kind,
    sourceStatus: (id) => known.sources.get(id)?.status,
  };
  const figures = new Map<string, FigureRecord>();
  for (const name of names) {
    const table = loadTable(dataDir, join('figures', name), FIGURES_HEADER);
    const fileFund = name.replace(/\.csv$/, '');
    for (const record of table.records) {
      const row = readFigureRecord(table.file, table.header, record, rules);
      const { at } = fieldReader(table.file, table.header, record);
      if (row.id === null) throw at('id', 'is required in data/ files');
      if (figures.has(row.id)) throw at('id', `duplicate figure id "${row.id}"`);
      if (row.fund !== fileFund)
        throw at('fund', `a row of figures/${fileFund}.csv must be about fund "${fileFund}"`);
      figures.set(row.id, { ...row, id: row.id });
    }
  }
  return figures;
}
