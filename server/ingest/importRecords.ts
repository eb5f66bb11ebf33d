// Reads an uploaded CSV or XLSX file in the columns of data/figures/*.csv; empty cells take the
// request's values (fund, year, metric, status, period, date, and its source). The file is parsed
// and its rows checked in the parse worker (parseInWorker.ts), from what the database knows
// (loadRecordContext): each row by the figure rules, by the API's own limits (FigureInputSchema:
// lengths of names, locators, notes), and against the other rows of the file.

import type { ImportRequest, ImportRow } from '../contract/imports.js';
import { FigureInputSchema } from '../contract/figures.js';
import { formatCentsAsPlainUsd } from '../contract/money.js';
import { isMoneyMetric, type EntityKind, type SourceStatus } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import type { FigureDraft } from '../domain/figure.js';
import { InputError, type CsvRecord } from './csv.js';
import { FIGURES_HEADER, readFigureRecord } from './files/figures.js';
import { givenSource, IMPORT_SOURCE, type TableReading } from './importReading.js';
import { parseInWorker } from './parseInWorker.js';

/** What the worker needs to check rows as the database would: plain data, sent to the worker. */
export interface RecordContext {
  request: Omit<ImportRequest, 'content'>;
  fundIds: string[];
  entityKinds: [string, EntityKind][];
  sourceStatuses: [string, SourceStatus][];
  donors: NonNullable<ImportRow['donor']>[];
}

export async function loadRecordContext(db: Queryable, request: ImportRequest): Promise<RecordContext> {
  const { content: _content, ...rest } = request;
  const [entities, sources, funds] = await Promise.all([
    db.query<{ id: string; kind: EntityKind; iso3: string | null; name_en: string; name_fr: string }>('SELECT id, kind, iso3, name_en, name_fr FROM entities'),
    db.query<{ id: string; status: SourceStatus }>('SELECT id, status FROM sources'),
    db.query<{ id: string }>('SELECT id FROM funds'),
  ]);
  return {
    request: rest,
    fundIds: funds.map((f) => f.id),
    entityKinds: entities.map((e) => [e.id, e.kind]),
    sourceStatuses: sources.map((s) => [s.id, s.status]),
    donors: entities.map((e) => ({ id: e.id, iso3: e.iso3, name: { en: e.name_en, fr: e.name_fr } })),
  };
}

/** Reads and checks the file off the main thread; a file that cannot be read throws an InputError. */
export async function readFigureTable(db: Queryable, request: ImportRequest): Promise<TableReading> {
  const context = await loadRecordContext(db, request);
  const format = request.format === 'csv' ? 'csv' : 'xlsx';
  return (await parseInWorker({ format, content: request.content, context })) as TableReading;
}

/** The column of the file that holds each field of FigureInputSchema, for naming where a limit is broken. */
function columnOfInputIssue(path: readonly PropertyKey[]): string {
  const [field, index, part] = path;
  if (field === 'sources') return `${part === 'locator' ? 'locator' : 'source'}${index === 0 || index === undefined ? '' : `_${Number(index) + 1}`}`;
  const columns: Record<string, string> = { donor: 'donor', countries: 'countries', periodStart: 'period_start', asOf: 'as_of' };
  return columns[String(field)] ?? String(field);
}

/** The API's own checks of a figure (FigureInputSchema), so that a file row can hold nothing a form could not. */
function apiLimitViolation(draft: FigureDraft): { column: string; message: string } | null {
  const input = {
    ...draft,
    donor: draft.donorId,
    countries: draft.countryIds,
    sources: draft.sources.map((s) => ({ id: s.sourceId, locator: s.locator })),
  };
  const result = FigureInputSchema.safeParse(input);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return { column: columnOfInputIssue(issue.path), message: issue.message };
}

/**
 * What makes two rows state the same figure: everything but the value, the note and the locators.
 * Two such rows in one file are an error, whether they repeat the amount or disagree on it.
 */
const sameFigureKey = (d: FigureDraft) =>
  JSON.stringify([d.fund, d.year, d.metric, d.status, d.period, d.periodStart, d.asOf, d.donorId, [...d.countryIds].sort(), d.scope, d.session, d.attribution, d.basis, d.sources.map((s) => s.sourceId)]);

const amountText = (d: FigureDraft) => (d.value === null ? 'no value' : d.unit === 'usd_cents' ? `US$${formatCentsAsPlainUsd(d.value)}` : String(d.value));

/** Checks every record of the file (pure: runs in the parse worker). */
export function readFigureRecords(file: string, header: readonly string[], records: CsvRecord[], context: RecordContext): TableReading {
  const { request } = context;
  const kinds = new Map(context.entityKinds);
  const statuses = new Map(context.sourceStatuses);
  const ctx = {
    fundIds: new Set(context.fundIds),
    entityKind: (id: string) => kinds.get(id),
    sourceStatus: (id: string) => (id === IMPORT_SOURCE ? ('cited' as const) : statuses.get(id)),
  };
  const donors = new Map(context.donors.map((d) => [d.id, d]));
  const defaultsFor = (record: CsvRecord): Record<string, string> => {
    const metric = record.values.metric?.trim() || request.metric;
    return {
      fund: request.fund,
      year: String(request.year),
      metric,
      unit: isMoneyMetric(metric) ? 'usd' : 'count',
      status: metric === 'contributions' ? (request.status ?? '') : '',
      precision: request.precision,
      period: request.period,
      as_of: request.asOf ?? '',
      source: IMPORT_SOURCE,
      locator: givenSource(request).locator ?? '',
    };
  };
  const reading: TableReading = { rows: [], errors: [], reconciliation: null, planned: [] };
  const seen = new Map<string, { line: number; draft: FigureDraft }>();
  for (const record of records) {
    try {
      const { id, ...draft } = readFigureRecord(file, header, record, ctx, defaultsFor(record));
      const limit = apiLimitViolation(draft);
      if (limit) throw new InputError(file, record.line, header.indexOf(limit.column) + 1, limit.column, limit.message);
      const key = sameFigureKey(draft);
      const first = seen.get(key);
      if (first) {
        const message =
          first.draft.value === draft.value
            ? `repeats the figure on line ${first.line}: remove one of lines ${first.line} and ${record.line}`
            : `states the same figure as line ${first.line} with another value (${amountText(draft)} here, ${amountText(first.draft)} on line ${first.line}): keep the right one`;
        reading.errors.push({ line: record.line, column: 1, message });
        continue;
      }
      seen.set(key, { line: record.line, draft });
      const donor = draft.donorId ? (donors.get(draft.donorId) ?? null) : null;
      const row: ImportRow = {
        line: record.line,
        page: null,
        donorName: donor?.name.en ?? '',
        donor,
        valueCents: draft.value,
        state: null,
        figureId: id,
      };
      reading.rows.push(row);
      reading.planned.push({ row, draft, givenId: id });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reading.errors.push({ line: error.line, column: error.column, message: error.field ? `${error.field}: ${error.reason}` : error.reason });
    }
  }
  return reading;
}

export { FIGURES_HEADER };
