// Imports a statement of income and expenditure from a report PDF (POST /imports/statements): the rows
// an editor mapped to metrics become the fund's figures for the year, in one step, and the statement's
// own totals are checked against its rows (server/domain/statementChecks.ts).

import type { Actor } from '../audit.js';
import {
  CHECK_ONLY_ROLES,
  type ImportRequest,
  type ImportResult,
  type ImportRow,
  type StatementImportRequest,
  type StatementRole,
} from '../contract/imports.js';
import { formatCentsAsPlainUsd } from '../contract/money.js';
import type { ContributionStatus, MoneyMetric, Period, Precision } from '../contract/vocabulary.js';
import type { Db } from '../db/connection.js';
import type { FigureDraft } from '../domain/figure.js';
import { statementChecks, type StatementAmount } from '../domain/statementChecks.js';
import { ImportFieldError, IMPORT_SOURCE, type Citing, type TableReading } from './importReading.js';
import { runImport } from './importTable.js';
import { cellAmount, documentCiting, figureLocator, readRequestedTable, rowPlace, type RequestedTable } from './pdfTableImport.js';

const usd = (cents: number) => `${cents < 0 ? '−' : ''}US$${formatCentsAsPlainUsd(Math.abs(cents)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** Roles one row states: a balance, the pledges outstanding, a total. The others may be several rows, added up. */
const ONE_ROW_ROLES: readonly StatementRole[] = ['opening_balance', 'closing_balance', 'pledges_outstanding', 'total_income', 'total_expenditure'];

/** How an imported role is stored: its metric, status and period. */
function figureKind(role: StatementRole, status: ContributionStatus): { metric: MoneyMetric; status: ContributionStatus | null; period: Period } {
  if (role === 'pledges_outstanding') return { metric: 'contributions', status: 'pledged', period: 'point_in_time' };
  if (role === 'contributions') return { metric: 'contributions', status, period: 'calendar_year' };
  return { metric: role as MoneyMetric, status: null, period: 'calendar_year' };
}

/** The mapping checked against the table: rows that exist, one row for the one-row roles (a 400 naming the field). */
function checkMapping(request: StatementImportRequest, requested: RequestedTable): void {
  const rows = requested.table.rows.length;
  const firstRow = new Map<StatementRole, number>();
  request.rowMetrics.forEach(({ row, metric }, i) => {
    if (row >= rows) throw new ImportFieldError(`rowMetrics.${i}.row`, `table ${request.table} has rows 0 to ${rows - 1}; there is no row ${row}`);
    const first = firstRow.get(metric);
    if (first !== undefined && ONE_ROW_ROLES.includes(metric)) {
      throw new ImportFieldError(`rowMetrics.${i}.metric`, `${metric} is one row of the statement; rows ${first} and ${row} are both mapped to it`);
    }
    firstRow.set(metric, row);
  });
}

function readStatement(request: StatementImportRequest, requested: RequestedTable, citing: Citing): TableReading {
  const { table, multiplier, document } = requested;
  const reading: TableReading = { rows: [], errors: [], reconciliation: null, planned: [] };
  const amounts: StatementAmount[] = [];
  const rowsByRole = new Map<StatementRole, { row: ImportRow; cents: number | null; unreadable: boolean }[]>();
  for (const { row: r, metric: role } of [...request.rowMetrics].sort((a, b) => a.row - b.row)) {
    const amount = cellAmount(requested, document.language, r, request.amountColumn);
    const page = table.rowPages[r] ?? table.page;
    const cents = amount.kind === 'amount' ? amount.cents : null;
    const row: ImportRow = {
      line: r + 1,
      page,
      donorName: (table.rows[r]?.[0] ?? '').replace(/\s+/g, ' ').trim(),
      donor: null,
      valueCents: cents,
      state: null,
      figureId: null,
      role,
    };
    reading.rows.push(row);
    const unreadable = amount.kind === 'error';
    if (amount.kind === 'error') reading.errors.push({ line: r + 1, column: request.amountColumn + 1, page, message: amount.message });
    if (amount.kind === 'empty' && !CHECK_ONLY_ROLES.includes(role)) {
      reading.errors.push({ line: r + 1, column: request.amountColumn + 1, page, message: `${rowPlace(requested, r)}: no amount in column ${request.amountColumn + 1} for ${role}` });
    }
    amounts.push({ role, row: r, cents, unreadable, stepCents: amount.kind === 'amount' ? amount.stepCents : 0 });
    rowsByRole.set(role, [...(rowsByRole.get(role) ?? []), { row, cents, unreadable }]);
  }
  const precision: Precision = request.precision ?? (multiplier > 1 ? 'rounded' : 'exact');
  for (const [role, rows] of rowsByRole) {
    if (CHECK_ONLY_ROLES.includes(role) || rows.some((r) => r.unreadable)) continue;
    // "–" on every row of the role: the statement states none; nothing is imported, never a 0.
    if (rows.every((r) => r.cents === null)) continue;
    const value = rows.reduce((sum, r) => sum + (r.cents ?? 0), 0);
    const first = rows[0]!.row;
    if (value < 0) {
      const message = `${rowPlace(requested, first.line - 1)}: ${role} is ${usd(value)}; a figure cannot be negative (map the row as other_changes if it moves the balance)`;
      reading.errors.push({ line: first.line, column: request.amountColumn + 1, page: first.page ?? table.page, message });
      continue;
    }
    const kind = figureKind(role, request.status);
    const draft: FigureDraft = {
      fund: request.fund,
      year: request.year,
      ...kind,
      value,
      unit: 'usd_cents',
      precision,
      periodStart: null,
      // Balances and outstanding pledges are as at the statement's date.
      asOf: request.asOf ?? (kind.period === 'point_in_time' ? `${request.year}-12-31` : null),
      donorId: null,
      countryIds: [],
      scope: null,
      session: null,
      attribution: 'direct',
      basis: 'reported',
      note: rows.length > 1 ? `The sum of ${rows.length} rows of the statement (${rows.map((r) => r.row.donorName).join('; ')}).`.slice(0, 2000) : null,
      sources: [{ sourceId: IMPORT_SOURCE, locator: figureLocator(citing, first.page ?? table.page, table.caption) }],
    };
    for (const { row } of rows) reading.planned.push({ row, draft, givenId: null });
  }
  // Rows added up into one figure: plan the figure once, from its first row.
  reading.planned = reading.planned.filter((p, i, all) => all.findIndex((q) => q.draft === p.draft) === i);
  reading.checks = statementChecks(amounts);
  for (const check of reading.checks.filter((c) => !c.ok)) {
    const stated = amounts.find((a) => a.role === { income: 'total_income', expenditure: 'total_expenditure', balance: 'closing_balance' }[check.name])!;
    const message = `${rowPlace(requested, stated.row)}: the ${check.name} check fails: the statement states ${usd(check.statedCents)}, its rows give ${usd(check.computedCents)} (difference ${usd(Math.abs(check.statedCents - check.computedCents))})`;
    reading.errors.push({ line: stated.row + 1, column: request.amountColumn + 1, page: table.rowPages[stated.row] ?? table.page, message });
  }
  return reading;
}

export async function runStatementImport(db: Db, actor: Actor, request: StatementImportRequest, options: { commit: boolean }): Promise<ImportResult> {
  const requested = await readRequestedTable(request.content, request.table, [{ field: 'amountColumn', index: request.amountColumn }]);
  checkMapping(request, requested);
  const citing = documentCiting(requested.document, request.source);
  // What the planner reads of the request: the format and the fund, year and status of the statement.
  const asImport: ImportRequest = {
    fund: request.fund,
    year: request.year,
    metric: 'contributions',
    status: request.status,
    asOf: request.asOf,
    period: 'calendar_year',
    precision: request.precision ?? 'exact',
    source: request.source,
    format: 'pdf',
    content: '',
  };
  const job = { read: async () => readStatement(request, requested, citing), citing, auditEntity: `${request.fund}/${request.year}/statement` };
  const result = await runImport(db, actor, asImport, options, job);
  // Rows added up into one figure share it: the planner marked only the first.
  const first = new Map(result.rows.filter((r) => r.state !== null).map((r) => [r.role, r]));
  for (const row of result.rows) {
    const planned = first.get(row.role);
    if (row.state === null && planned && !CHECK_ONLY_ROLES.includes(row.role!)) Object.assign(row, { state: planned.state, figureId: planned.figureId });
  }
  return result;
}
