// Reads data/ into a validated plan. Nothing here touches the database: the plan is written by
// apply.ts in one transaction only after every row of every file has passed. The first bad row
// stops the load with an InputError naming file:line:column, the field and the reason.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { parseUsdToCents } from '../domain/money.js';
import { normalizeName } from '../domain/names.js';
import {
  ATTRIBUTIONS,
  type Attribution,
  BASES,
  type Basis,
  TITLE_KINDS,
  type TitleKind,
  CONTRIBUTION_STATUSES,
  ENTITY_KINDS,
  FUND_IDS,
  isMoneyMetric,
  LANGUAGES,
  METRICS,
  MIRROR_HOSTS,
  PLANNABLE_METRICS,
  PERIODS,
  PRECISIONS,
  SOURCE_KINDS,
  SOURCE_STATUSES,
  type EntityKind,
  type Metric,
  type SourceKind,
  type SourceStatus,
} from '../domain/vocabulary.js';
import { figureRuleViolation, type FigureDraft, type FigureField, type FigureRuleContext } from '../domain/figureRules.js';
import { packageStates } from './countries.js';
import { readCouncilCalls, readEstablishment, type CouncilCallRow, type EstablishmentRow } from './foundingFacts.js';
import { InputError, readCsv, type CsvRecord } from './csv.js';

export const HEADERS = {
  funds: ['id', 'name_en', 'name_fr', 'short_name_en', 'short_name_fr', 'note'],
  entities: ['id', 'kind', 'iso3', 'name_en', 'name_fr', 'aliases'],
  sources: ['id', 'kind', 'status', 'symbol', 'title', 'title_is', 'language', 'date', 'url', 'copy_read', 'note'],
  figures: ['id', 'fund', 'year', 'metric', 'value', 'unit', 'status', 'precision', 'period', 'period_start', 'as_of', 'donor', 'countries', 'scope', 'session', 'attribution', 'basis', 'source', 'locator', 'source_2', 'locator_2', 'note'],
  conflicts: ['figure_a', 'figure_b', 'note'],
  backlog: ['source', 'fund', 'year_from', 'year_to', 'metrics', 'locator', 'note'],
  establishment: ['id', 'fund', 'date', 'body', 'instruments', 'source', 'locator', 'check_terms', 'note'],
  calls: ['id', 'source', 'locator', 'adopted', 'body', 'call', 'funds', 'reference', 'check_terms', 'note'],
} as const;

export interface FundRow {
  id: string;
  nameEn: string;
  nameFr: string;
  shortNameEn: string;
  shortNameFr: string;
  note: string | null;
}

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

export interface FigureRow extends FigureDraft {
  id: string;
  fund: string;
  countryIds: string[];
  sources: { sourceId: string; locator: string | null }[];
  scope: string | null;
  attribution: Attribution;
  basis: Basis;
  note: string | null;
}

export interface ConflictRow {
  figureA: string;
  figureB: string;
  note: string | null;
}

export interface BacklogRow {
  sourceId: string;
  fundId: string;
  yearFrom: number | null;
  yearTo: number | null;
  metrics: Metric[];
  locator: string | null;
  note: string | null;
}

export interface Dataset {
  funds: FundRow[];
  entities: EntityRow[];
  sources: SourceRow[];
  figures: FigureRow[];
  conflicts: ConflictRow[];
  backlog: BacklogRow[];
  establishment: EstablishmentRow[];
  calls: CouncilCallRow[];
}

// ---- field schemas -------------------------------------------------------------------------

/** An empty field is null; anything else must pass `schema`. */
export const optional = <T>(schema: z.ZodType<T, string>): z.ZodType<T | null, string> =>
  z.string().transform((s, ctx) => {
    const trimmed = s.trim();
    if (trimmed === '') return null;
    const result = schema.safeParse(trimmed);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return result.data;
  });
const required = z.string().trim().min(1, 'is required');
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, dashes)');
const yearBetween = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{4}$/, 'must be a four-digit year')
    .transform(Number)
    .pipe(z.number().min(min, `must be ${min} or later`).max(max, `must be ${max} or earlier`));
const year = yearBetween(1980, 2100);
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date YYYY-MM-DD, YYYY-MM or YYYY');
const httpUrl = z.string().url('must be a URL').regex(/^https?:\/\//, 'must be an http(s) URL');
const officialUrl = httpUrl.refine((u) => !MIRROR_HOSTS.test(u), 'is a staging mirror: put the official address here and the mirror in copy_read');
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => ({ message: `must be one of: ${values.join(', ')}` }) });
export const idList = z
  .string()
  .transform((s) => s.split(';').map((x) => x.trim()).filter((x) => x.length > 0));

/** Reads one field of a record with a schema; a failure is an InputError at that field's column. */
export function fieldReader(file: string, header: readonly string[], record: CsvRecord) {
  const at = (field: string, reason: string): InputError =>
    new InputError(file, record.line, header.indexOf(field) + 1, field, reason);
  const read = <T>(field: string, schema: z.ZodType<T, string>): T => {
    const result = schema.safeParse(record.values[field] ?? '');
    if (!result.success) {
      const raw = record.values[field] ?? '';
      throw at(field, `${result.error.issues[0]?.message ?? 'is invalid'} (found ${raw === '' ? 'nothing' : JSON.stringify(raw)})`);
    }
    return result.data;
  };
  return { read, at };
}

// ---- files ---------------------------------------------------------------------------------

export type Table = ReturnType<typeof loadTable>;

function loadTable(dataDir: string, path: string, header: readonly string[]) {
  const file = relative(process.cwd(), join(dataDir, path)) || path;
  const full = join(dataDir, path);
  if (!existsSync(full)) throw new InputError(file, 1, 1, null, 'file not found');
  const table = readCsv(file, readFileSync(full, 'utf8'), header);
  return { file, header, records: table.records };
}

export function readDataset(dataDir: string): Dataset {
  // funds.csv
  const fundsTable = loadTable(dataDir, 'funds.csv', HEADERS.funds);
  const funds = fundsTable.records.map((record): FundRow => {
    const { read } = fieldReader(fundsTable.file, fundsTable.header, record);
    const fund: FundRow = {
      id: read('id', oneOf(FUND_IDS)),
      nameEn: read('name_en', required),
      nameFr: read('name_fr', required),
      shortNameEn: read('short_name_en', required),
      shortNameFr: read('short_name_fr', required),
      note: read('note', optional(z.string())),
    };
    return fund;
  });

  // entities.csv: States come from the package; the file overrides names and adds the rest.
  const entitiesTable = loadTable(dataDir, 'entities.csv', HEADERS.entities);
  const entities = new Map<string, EntityRow>();
  for (const state of packageStates()) {
    entities.set(state.iso3, { id: state.iso3, kind: 'state', iso3: state.iso3, nameEn: state.nameEn, nameFr: state.nameFr, aliases: state.names, unMember: state.unMember });
  }
  const fileEntityIds = new Set<string>();
  for (const record of entitiesTable.records) {
    const { read, at } = fieldReader(entitiesTable.file, entitiesTable.header, record);
    const kind = read('kind', oneOf(ENTITY_KINDS));
    const id = read('id', kind === 'state' ? z.string().regex(/^[A-Z]{3}$/, 'must be the ISO3 code of a State') : slug);
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

  // sources.csv
  const sourcesTable = loadTable(dataDir, 'sources.csv', HEADERS.sources);
  const sources = new Map<string, SourceRow>();
  for (const record of sourcesTable.records) {
    const { read, at } = fieldReader(sourcesTable.file, sourcesTable.header, record);
    const id = read('id', slug);
    if (sources.has(id)) throw at('id', `duplicate source id "${id}"`);
    const status = read('status', oneOf(SOURCE_STATUSES));
    const url = read('url', optional(officialUrl));
    const copyRead = read('copy_read', optional(httpUrl));
    if (status === 'cited' && url === null && copyRead === null) throw at('url', 'a cited source needs its official address (url) or the copy read (copy_read)');
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
  const fundIds = new Set(funds.map((f) => f.id));

  // figures/<fund>.csv
  const figuresDir = join(dataDir, 'figures');
  const figureFiles = existsSync(figuresDir) ? readdirSync(figuresDir).filter((f) => f.endsWith('.csv')).sort() : [];
  const figures = new Map<string, FigureRow>();
  for (const name of figureFiles) {
    const table = loadTable(dataDir, join('figures', name), HEADERS.figures);
    const fileFund = name.replace(/\.csv$/, '');
    for (const record of table.records) {
      figures.set(...readFigure(table.file, table.header, record, { fileFund, fundIds, entities, sources, figures }));
    }
  }

  // conflicts.csv
  const conflictsTable = loadTable(dataDir, 'conflicts.csv', HEADERS.conflicts);
  const conflictKeys = new Set<string>();
  const conflicts = conflictsTable.records.map((record): ConflictRow => {
    const { read, at } = fieldReader(conflictsTable.file, conflictsTable.header, record);
    const a = read('figure_a', required);
    const b = read('figure_b', required);
    if (!figures.has(a)) throw at('figure_a', `unknown figure "${a}"`);
    if (!figures.has(b)) throw at('figure_b', `unknown figure "${b}"`);
    if (a === b) throw at('figure_b', 'a figure cannot conflict with itself');
    const [figureA, figureB] = a < b ? [a, b] : [b, a];
    const key = `${figureA}|${figureB}`;
    if (conflictKeys.has(key)) throw at('figure_b', `the conflict ${figureA} ~ ${figureB} is listed twice`);
    conflictKeys.add(key);
    return { figureA, figureB, note: read('note', optional(z.string())) };
  });

  // backlog.csv
  const backlogTable = loadTable(dataDir, 'backlog.csv', HEADERS.backlog);
  const backlog = backlogTable.records.map((record): BacklogRow => {
    const { read, at } = fieldReader(backlogTable.file, backlogTable.header, record);
    const sourceId = read('source', required);
    const source = sources.get(sourceId);
    if (!source) throw at('source', `unknown source "${sourceId}"`);
    if (source.status !== 'not_transcribed') throw at('source', `source "${sourceId}" is cited, not a not_transcribed document`);
    const fundId = read('fund', oneOf(FUND_IDS));
    if (!fundIds.has(fundId)) throw at('fund', `fund "${fundId}" is not in funds.csv`);
    const yearFrom = read('year_from', optional(year));
    const yearTo = read('year_to', optional(year));
    if (yearFrom !== null && yearTo !== null && yearTo < yearFrom) throw at('year_to', `must not be before year_from (${yearFrom})`);
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

  const citable = { fundIds, sources };
  const establishment = readEstablishment(loadTable(dataDir, 'establishment.csv', HEADERS.establishment), fieldReader, citable);
  const calls = readCouncilCalls(loadTable(dataDir, 'council_calls.csv', HEADERS.calls), fieldReader, citable);

  return { funds, entities: [...entities.values()], sources: [...sources.values()], figures: [...figures.values()], conflicts, backlog, establishment, calls };
}

interface FigureContext {
  fileFund: string;
  fundIds: Set<string>;
  entities: Map<string, EntityRow>;
  sources: Map<string, SourceRow>;
  figures: Map<string, FigureRow>;
}

/** Column of the data files that holds each field of a figure draft. */
const FIGURE_COLUMNS: Record<FigureField, string> = {
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
  session: 'session',
  sources: 'source',
};
export const columnOfViolation = (v: { field: FigureField; index?: number }) =>
  v.field === 'sources' && (v.index ?? 0) > 0 ? `source_${(v.index ?? 0) + 1}` : FIGURE_COLUMNS[v.field];

/**
 * Reads one figure row in the data files' columns: each field's format here, then the shared
 * figure rules (server/domain/figureRules.ts). Also used by CSV and XLSX imports.
 */
export function readFigureRecord(
  file: string,
  header: readonly string[],
  record: CsvRecord,
  ctx: FigureRuleContext & { fundIds: ReadonlySet<string> },
  defaults: Partial<Record<string, string>> = {},
): Omit<FigureRow, 'id'> & { id: string | null } {
  const values = { ...record.values };
  for (const [column, value] of Object.entries(defaults)) if ((values[column] ?? '').trim() === '' && value !== undefined) values[column] = value;
  const { read, at } = fieldReader(file, header, { ...record, values });
  const id = read('id', optional(z.string().regex(/^[a-z-]+-\d{3,}$/, 'must look like <fund>-<number>, e.g. vftc-001')));
  const fund = read('fund', oneOf(FUND_IDS));
  if (!ctx.fundIds.has(fund)) throw at('fund', `fund "${fund}" is not known`);
  if (id !== null && !id.startsWith(`${fund}-`)) throw at('id', `must start with "${fund}-"`);
  const metric = read('metric', oneOf(METRICS));
  const unitText = read('unit', oneOf(['usd', 'count'] as const));
  const money = isMoneyMetric(metric);
  const valueText = read('value', z.string().trim());
  let value: number | null = null;
  if (valueText !== '') {
    value = money ? parseUsdToCents(valueText) : /^\d{1,15}$/.test(valueText) ? Number(valueText) : null;
    if (value === null) {
      throw at('value', money
        ? `must be US dollars as plain digits with up to two decimals, e.g. 23266101 or 1200000.50 (found ${JSON.stringify(valueText)})`
        : `must be a whole number (found ${JSON.stringify(valueText)})`);
    }
  }
  const sources: FigureRow['sources'] = [];
  for (const [sourceField, locatorField] of [['source', 'locator'], ['source_2', 'locator_2']] as const) {
    const sourceId = read(sourceField, sourceField === 'source' ? required : optional(z.string()));
    const locator = read(locatorField, optional(z.string()));
    if (sourceId === null) {
      if (locator !== null) throw at(locatorField, `a locator without a ${sourceField}`);
      continue;
    }
    sources.push({ sourceId, locator });
  }
  const draft = {
    id,
    fund,
    year: read('year', optional(year)),
    metric,
    value,
    unit: unitText === 'usd' ? ('usd_cents' as const) : ('count' as const),
    status: read('status', optional(oneOf(CONTRIBUTION_STATUSES))),
    precision: read('precision', oneOf(PRECISIONS)),
    period: read('period', oneOf(PERIODS)),
    periodStart: read('period_start', optional(year)),
    asOf: read('as_of', optional(partialDate)),
    donorId: read('donor', optional(z.string())),
    countryIds: read('countries', idList),
    scope: read('scope', optional(z.string())),
    session: read('session', optional(z.string())),
    attribution: read('attribution', optional(oneOf(ATTRIBUTIONS))) ?? 'direct',
    basis: read('basis', optional(oneOf(BASES))) ?? 'reported',
    sources,
    note: read('note', optional(z.string())),
  };
  if (draft.basis === 'planned' && !PLANNABLE_METRICS.includes(metric)) {
    throw at('basis', `only ${PLANNABLE_METRICS.join(', ')} can be planned (an announced amount of money is a pledge: status=pledged)`);
  }
  const violation = figureRuleViolation(draft, ctx);
  if (violation) throw at(columnOfViolation(violation), violation.message);
  return draft;
}

function readFigure(file: string, header: readonly string[], record: CsvRecord, ctx: FigureContext): [string, FigureRow] {
  const rules: FigureRuleContext & { fundIds: ReadonlySet<string> } = {
    fundIds: ctx.fundIds,
    entityKind: (id) => ctx.entities.get(id)?.kind,
    sourceStatus: (id) => ctx.sources.get(id)?.status,
  };
  const row = readFigureRecord(file, header, record, rules);
  const { at } = fieldReader(file, header, record);
  if (row.id === null) throw at('id', 'is required in data/ files');
  if (ctx.figures.has(row.id)) throw at('id', `duplicate figure id "${row.id}"`);
  if (row.fund !== ctx.fileFund) throw at('fund', `a row of figures/${ctx.fileFund}.csv must be about fund "${ctx.fileFund}"`);
  return [row.id, { ...row, id: row.id }];
}

/** Aliases of an entity, deduplicated on their normalised form. */
export function aliasesOf(entity: EntityRow): { alias: string; normalized: string }[] {
  const seen = new Map<string, string>();
  for (const alias of [entity.nameEn, entity.nameFr, ...entity.aliases]) {
    const normalized = normalizeName(alias);
    if (normalized && !seen.has(normalized)) seen.set(normalized, alias);
  }
  return [...seen].map(([normalized, alias]) => ({ alias, normalized }));
}
