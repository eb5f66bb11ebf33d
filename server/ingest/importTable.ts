// Imports a table of figures from a report: parse → match donors → reconcile → plan → (commit).
// A dry run by default. A commit writes everything in one transaction, only when there are no
// errors, with an audit entry for every figure and source it creates; the same table again
// creates nothing (its rows come back as `existing`).

import ExcelJS from 'exceljs';
import { z } from '@hono/zod-openapi';
import { recordAudit, type Actor } from '../audit.js';
import type { Db, Queryable } from '../db/connection.js';
import type { FigureDraft } from '../domain/figureRules.js';
import { formatCentsAsPlainUsd } from '../domain/money.js';
import { normalizeName } from '../domain/names.js';
import { CONTRIBUTION_STATUSES, FUND_IDS, isMoneyMetric, MONEY_METRICS, PERIODS, PRECISIONS, SOURCE_KINDS } from '../domain/vocabulary.js';
import { figureSnapshot, nextFigureId, toDraft, writeFigure, type FigureInput } from '../editing/figures.js';
import { loadRuleContext } from '../editing/ruleContext.js';
import { insertSource, sourceSnapshot } from '../editing/sources.js';
import { InputError, readCsv, type CsvRecord } from './csv.js';
import { HEADERS, readFigureRecord } from './dataset.js';
import { parsePastedTable } from './pastedTable.js';

const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY');

export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;

export const ImportRequestSchema = z
  .object({
    fund: z.enum(FUND_IDS),
    year: z.number().int().min(1980).max(2100),
    metric: z.enum(MONEY_METRICS),
    status: z.enum(CONTRIBUTION_STATUSES).nullable(),
    asOf: partialDate.nullable(),
    period: z.enum(PERIODS).default('calendar_year'),
    precision: z.enum(PRECISIONS).default('exact'),
    source: z.object({
      kind: z.enum(SOURCE_KINDS),
      title: z.string().trim().min(1, 'is required').max(1000),
      symbol: z.string().trim().min(1).max(120).nullable().default(null),
      locator: z.string().trim().min(1).max(500).nullable().default(null),
      url: z.string().trim().url('must be a URL').regex(/^https?:\/\//, 'must be an http(s) URL').max(2000),
      date: partialDate.nullable().default(null),
    }),
    format: z.enum(['text', 'csv', 'xlsx']),
    content: z.string().max(MAX_IMPORT_CHARS, 'is too large (10 MB at most)').openapi({ description: 'the pasted text or CSV, or the XLSX file in base64' }),
  })
  .openapi('ImportRequest');
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export interface ImportRow {
  line: number;
  donorName: string;
  donor: { id: string; iso3: string | null; name: { en: string; fr: string } } | null;
  valueCents: number | null;
  /** After planning: a figure to create, or one that is already there. Null when the row has an error. */
  state: 'new' | 'existing' | null;
  figureId: string | null;
}

export interface ImportResult {
  rows: ImportRow[];
  errors: { line: number; column: number; message: string }[];
  reconciliation: { statedTotalCents: number; computedTotalCents: number; ok: boolean } | null;
  committed: boolean;
  created: number;
  existing: number;
  /** Set on commit: the source the figures cite. */
  sourceId: string | null;
}

/** Stands for the request's source in drafts until it is found or created. */
const IMPORT_SOURCE = '__import_source__';

interface PlannedFigure {
  row: ImportRow;
  input: FigureInput;
  draft: FigureDraft;
  /** A figure id given in the CSV/XLSX file, if any. */
  givenId: string | null;
}

const usd = (cents: number) => `US$${formatCentsAsPlainUsd(cents).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

// ---- donors -----------------------------------------------------------------------------------

interface DonorMatch {
  id: string;
  iso3: string | null;
  name: { en: string; fr: string };
}

async function matchDonors(db: Queryable, names: readonly string[]): Promise<Map<string, DonorMatch[]>> {
  const variants = (name: string) => {
    const n = normalizeName(name);
    return [...new Set([n, n.replace(/^(the|le|la|les|l) /, ''), n.replace(/^(government of( the)?|gouvernement (de la|du|des|de l|de)) /, '')])];
  };
  const wanted = [...new Set(names.flatMap(variants))];
  const rows = await db.query<{ normalized: string; id: string; iso3: string | null; name_en: string; name_fr: string }>(
    `SELECT a.normalized, e.id, e.iso3, e.name_en, e.name_fr FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.normalized = ANY($1::text[])`,
    [wanted],
  );
  const result = new Map<string, DonorMatch[]>();
  for (const name of names) {
    const forms = new Set(variants(name));
    const matches = new Map<string, DonorMatch>();
    for (const r of rows) if (forms.has(r.normalized)) matches.set(r.id, { id: r.id, iso3: r.iso3, name: { en: r.name_en, fr: r.name_fr } });
    result.set(name, [...matches.values()]);
  }
  return result;
}

// ---- reading each format ----------------------------------------------------------------------

async function readText(db: Queryable, request: ImportRequest, result: ImportResult): Promise<PlannedFigure[]> {
  const table = parsePastedTable(request.content);
  result.errors.push(...table.errors);
  const matches = await matchDonors(db, table.rows.map((r) => r.donorName));
  const planned: PlannedFigure[] = [];
  const seenDonors = new Map<string, number>();
  for (const parsed of table.rows) {
    const candidates = matches.get(parsed.donorName) ?? [];
    const donor = candidates.length === 1 ? (candidates[0] as DonorMatch) : null;
    const row: ImportRow = { line: parsed.line, donorName: parsed.donorName, donor, valueCents: parsed.valueCents, state: null, figureId: null };
    result.rows.push(row);
    if (candidates.length === 0) {
      result.errors.push({ line: parsed.line, column: 1, message: `no donor matches "${parsed.donorName}": correct the name, or add it as an alias in data/entities.csv` });
      continue;
    }
    if (candidates.length > 1) {
      result.errors.push({ line: parsed.line, column: 1, message: `"${parsed.donorName}" matches several donors (${candidates.map((c) => c.name.en).join(', ')}); write the full name` });
      continue;
    }
    const previous = seenDonors.get(donor!.id);
    if (previous !== undefined) {
      result.errors.push({ line: parsed.line, column: 1, message: `${donor!.name.en} already appears on line ${previous}` });
      continue;
    }
    seenDonors.set(donor!.id, parsed.line);
    const input: FigureInput = {
      fund: request.fund,
      year: request.year,
      metric: request.metric,
      value: parsed.valueCents,
      status: request.metric === 'contributions' ? request.status : null,
      precision: request.precision,
      period: request.period,
      periodStart: null,
      asOf: request.asOf,
      donor: donor!.id,
      countries: [],
      scope: null,
      session: null,
      note: null,
      attribution: 'direct',
      basis: 'reported',
      sources: [{ id: IMPORT_SOURCE, locator: request.source.locator }],
    };
    planned.push({ row, input, draft: toDraft(input), givenId: null });
  }
  if (table.total) {
    const computed = table.rows.reduce((sum, r) => sum + r.valueCents, 0);
    const ok = computed === table.total.valueCents;
    result.reconciliation = { statedTotalCents: table.total.valueCents, computedTotalCents: computed, ok };
    if (!ok) {
      result.errors.push({
        line: table.total.line,
        column: 1,
        message: `the table's total ${usd(table.total.valueCents)} does not equal the sum of its rows ${usd(computed)} (difference ${usd(Math.abs(table.total.valueCents - computed))})`,
      });
    }
  }
  return planned;
}

async function xlsxRecords(base64: string): Promise<{ header: string[]; records: CsvRecord[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw new InputError('upload.xlsx', 1, 1, null, 'this is not a readable XLSX file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError('upload.xlsx', 1, 1, null, 'the workbook has no worksheet');
  const cellText = (row: ExcelJS.Row, column: number) => {
    const cell = row.getCell(column);
    const value = cell.value;
    // Numbers must keep every digit: read the value, not its displayed (possibly rounded) text.
    if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
    return (cell.text ?? '').trim();
  };
  const headerRow = sheet.getRow(1);
  const header = Array.from({ length: HEADERS.figures.length }, (_, i) => cellText(headerRow, i + 1));
  HEADERS.figures.forEach((name, i) => {
    if (header[i] !== name) throw new InputError('upload.xlsx', 1, i + 1, null, `header column ${i + 1} must be "${name}", found "${header[i] ?? ''}"`);
  });
  const records: CsvRecord[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = Object.fromEntries(HEADERS.figures.map((name, i) => [name, cellText(row, i + 1)]));
    if (Object.values(values).every((v) => v === '')) continue;
    records.push({ line: r, values });
  }
  return { header, records };
}

async function readRecords(db: Queryable, request: ImportRequest, result: ImportResult): Promise<PlannedFigure[]> {
  const file = request.format === 'csv' ? 'upload.csv' : 'upload.xlsx';
  const { header, records } =
    request.format === 'csv' ? (() => { const t = readCsv(file, request.content, HEADERS.figures); return { header: t.header, records: t.records }; })() : await xlsxRecords(request.content);
  const rules = await loadRuleContext(db);
  const ctx = { ...rules, sourceStatus: (id: string) => (id === IMPORT_SOURCE ? ('cited' as const) : rules.sourceStatus(id)) };
  // Empty cells take the request's values: fund, year, metric, status, period, date, and its source.
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
      locator: request.source.locator ?? '',
    };
  };
  const donorNames = await db.query<{ id: string; iso3: string | null; name_en: string; name_fr: string }>('SELECT id, iso3, name_en, name_fr FROM entities');
  const donors = new Map(donorNames.map((d) => [d.id, { id: d.id, iso3: d.iso3, name: { en: d.name_en, fr: d.name_fr } }]));
  const planned: PlannedFigure[] = [];
  for (const record of records) {
    try {
      const figure = readFigureRecord(file, header, record, ctx, defaultsFor(record));
      const donor = figure.donorId ? (donors.get(figure.donorId) ?? null) : null;
      const row: ImportRow = { line: record.line, donorName: donor?.name.en ?? '', donor, valueCents: figure.value, state: null, figureId: figure.id };
      result.rows.push(row);
      const input: FigureInput = {
        fund: figure.fund as FigureInput['fund'],
        year: figure.year,
        metric: figure.metric,
        value: figure.value,
        status: figure.status,
        precision: figure.precision,
        period: figure.period,
        periodStart: figure.periodStart,
        asOf: figure.asOf,
        donor: figure.donorId,
        countries: figure.countryIds,
        scope: figure.scope,
        session: figure.session,
        note: figure.note,
        attribution: figure.attribution,
        basis: figure.basis,
        sources: figure.sources.map((s) => ({ id: s.sourceId, locator: s.locator })),
      };
      planned.push({ row, input, draft: toDraft(input), givenId: figure.id });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.errors.push({ line: error.line, column: error.column, message: error.field ? `${error.field}: ${error.reason}` : error.reason });
    }
  }
  return planned;
}

// ---- planning and committing ------------------------------------------------------------------

/** The source the import cites, if it is already in the database (matched on the URL of the copy read). */
async function existingImportSource(db: Queryable, request: ImportRequest): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(`SELECT id FROM sources WHERE url = $1 AND status = 'cited' ORDER BY id LIMIT 1`, [request.source.url]);
  return row?.id ?? null;
}

/** A figure that already states the same thing from the same source. */
async function existingFigure(db: Queryable, planned: PlannedFigure, sourceId: string | null): Promise<string | null> {
  if (planned.givenId) {
    const [row] = await db.query<{ id: string }>('SELECT id FROM figures WHERE id = $1', [planned.givenId]);
    if (row) return row.id;
  }
  const sourceIds = planned.draft.sources.map((s) => (s.sourceId === IMPORT_SOURCE ? sourceId : s.sourceId)).filter((s): s is string => s !== null);
  if (sourceIds.length === 0) return null;
  const d = planned.draft;
  const [row] = await db.query<{ id: string }>(
    `SELECT f.id FROM figures f
      WHERE f.fund_id = $1 AND f.year IS NOT DISTINCT FROM $2 AND f.metric = $3 AND f.value IS NOT DISTINCT FROM $4
        AND f.status IS NOT DISTINCT FROM $5 AND f.donor_id IS NOT DISTINCT FROM $6 AND f.period = $7 AND f.precision = $8
        AND f.session IS NOT DISTINCT FROM $9
        AND EXISTS (SELECT 1 FROM figure_sources fs WHERE fs.figure_id = f.id AND fs.source_id = ANY($10::text[]))
      ORDER BY f.id LIMIT 1`,
    [planned.input.fund, d.year, d.metric, d.value, d.status, d.donorId, d.period, d.precision, d.session, sourceIds],
  );
  return row?.id ?? null;
}

async function plan(db: Queryable, request: ImportRequest): Promise<{ result: ImportResult; planned: PlannedFigure[] }> {
  const result: ImportResult = { rows: [], errors: [], reconciliation: null, committed: false, created: 0, existing: 0, sourceId: null };
  let planned: PlannedFigure[] = [];
  try {
    planned = request.format === 'text' ? await readText(db, request, result) : await readRecords(db, request, result);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result.errors.push({ line: error.line, column: error.column, message: error.reason });
  }
  if (request.format === 'text' && request.metric === 'contributions' && request.status === null) {
    result.errors.push({ line: 1, column: 1, message: 'status is required for contributions: received, pledged, pledged_and_received or unspecified' });
  }
  if (planned.length === 0 && result.errors.length === 0) result.errors.push({ line: 1, column: 1, message: 'no figure found in the table' });
  const sourceId = await existingImportSource(db, request);
  for (const p of planned) {
    const existing = await existingFigure(db, p, sourceId);
    p.row.state = existing ? 'existing' : 'new';
    p.row.figureId = existing ?? p.givenId;
    if (existing && p.givenId && existing === p.givenId && !(await sameAsStored(db, p, existing))) {
      result.errors.push({ line: p.row.line, column: 1, message: `figure ${existing} already exists with other values; edit it instead of importing it` });
    }
  }
  result.existing = planned.filter((p) => p.row.state === 'existing').length;
  return { result, planned };
}

/** Whether a figure named by id in an import file holds the same value as the stored one. */
async function sameAsStored(db: Queryable, p: PlannedFigure, id: string): Promise<boolean> {
  const stored = await figureSnapshot(db, id);
  return stored !== null && stored.value === p.draft.value && stored.metric === p.draft.metric && stored.year === p.draft.year && (stored.donor?.id ?? null) === p.draft.donorId;
}

export async function runImport(db: Db, actor: Actor, request: ImportRequest, options: { commit: boolean }): Promise<ImportResult> {
  if (!options.commit) return (await plan(db, request)).result;
  return db.transaction(async (tx) => {
    const { result, planned } = await plan(tx, request);
    if (result.errors.length > 0) return result;
    const toCreate = planned.filter((p) => p.row.state === 'new');
    let sourceId = await existingImportSource(tx, request);
    if (toCreate.length > 0 && sourceId === null) {
      sourceId = await insertSource(tx, {
        kind: request.source.kind,
        status: 'cited',
        symbol: request.source.symbol,
        title: request.source.title,
        language: null,
        date: request.source.date,
        titleIs: 'description',
        url: request.source.url,
        copyRead: null,
        note: null,
      });
      await recordAudit(tx, actor, { action: 'create', entity: 'source', entityId: sourceId, before: null, after: await sourceSnapshot(tx, sourceId) });
    }
    for (const p of toCreate) {
      const id = p.givenId ?? (await nextFigureId(tx, p.input.fund));
      const sources = p.input.sources.map((s) => ({ ...s, id: s.id === IMPORT_SOURCE ? (sourceId as string) : s.id }));
      const input = { ...p.input, sources };
      await writeFigure(tx, id, input, toDraft(input), 'insert');
      await recordAudit(tx, actor, { action: 'create', entity: 'figure', entityId: id, before: null, after: await figureSnapshot(tx, id) });
      p.row.figureId = id;
    }
    result.created = toCreate.length;
    result.committed = true;
    result.sourceId = sourceId;
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'import',
      entityId: `${request.fund}/${request.year}/${request.metric}`,
      before: null,
      after: {
        format: request.format,
        source: sourceId,
        created: toCreate.map((p) => p.row.figureId),
        existing: planned.filter((p) => p.row.state === 'existing').map((p) => p.row.figureId),
        reconciliation: result.reconciliation,
      },
    });
    return result;
  });
}
