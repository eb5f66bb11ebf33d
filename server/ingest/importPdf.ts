// Imports a donor table of a report PDF (format "pdf"): the table named by its id from POST
// /imports/documents, donor names from one column, amounts from another (the table's unit applied).
// Names are matched as for pasted tables (plus the editor's choices); the table's Total row is only
// reconciled against the sum of the rows, never imported; each figure cites its page and caption.

import type { ImportRequest, ImportRow } from '../contract/imports.js';
import { formatCentsAsPlainUsd } from '../contract/money.js';
import type { Queryable } from '../db/connection.js';
import type { DonorRecord } from '../domain/donorNames.js';
import { figureRuleViolation } from '../domain/figureRules.js';
import { roundingToleranceCents } from '../domain/statementChecks.js';
import { matchDonorNamesWithChoices } from './donorChoices.js';
import { donorFigureDraft, IMPORT_SOURCE, type Citing, type ImportJob, type TableReading } from './importReading.js';
import { cellAmount, documentCiting, donorNameOf, figureLocator, readRequestedTable, rowPlace, type RequestedTable } from './pdfTableImport.js';

const usd = (cents: number) => `US$${formatCentsAsPlainUsd(cents).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
const listed = (donors: readonly DonorRecord[]) => donors.map((c) => c.name.en).join('; ');

/** Reads the PDF and finds its table before any transaction; then the job reads the rows against the database. */
export async function preparePdfImport(request: ImportRequest): Promise<ImportJob> {
  const nameColumn = request.nameColumn ?? 0;
  const amountColumn = request.amountColumn ?? 1;
  const table = await readRequestedTable(request.content, request.table ?? '', [
    { field: 'nameColumn', index: nameColumn },
    { field: 'amountColumn', index: amountColumn },
  ]);
  const citing = documentCiting(table.document, request.source);
  return {
    read: (db) => readDonorTable(db, request, table, citing, nameColumn, amountColumn),
    citing,
    auditEntity: `${request.fund}/${request.year}/${request.metric}`,
  };
}

async function readDonorTable(
  db: Queryable,
  request: ImportRequest,
  requested: RequestedTable,
  citing: Citing,
  nameColumn: number,
  amountColumn: number,
): Promise<TableReading> {
  const { table, multiplier, document } = requested;
  const reading: TableReading = { rows: [], errors: [], reconciliation: null, planned: [] };
  const totals = new Set(table.totalRows);
  const lines = table.rows.flatMap((cells, r) => {
    if (totals.has(r)) return [];
    const name = donorNameOf(cells[nameColumn] ?? '');
    const amount = cellAmount(requested, document.language, r, amountColumn);
    // A label without an amount is a heading ("Member States"), not a donor.
    if (amount.kind === 'empty') return [];
    return [{ r, name, amount, page: table.rowPages[r] ?? table.page }];
  });
  const matches = await matchDonorNamesWithChoices(db, lines.map((l) => l.name).filter(Boolean), request.donorChoices);
  // The rules need only what the row's figure names: its matched donor and the import's source.
  const donorKinds = new Map([...matches.values()].flatMap((m) => (m.match ? [[m.match.id, m.match.kind] as const] : [])));
  const ruleContext = {
    entityKind: (id: string) => donorKinds.get(id),
    sourceStatus: (id: string) => (id === IMPORT_SOURCE ? ('cited' as const) : undefined),
  };
  const seenDonors = new Map<string, number>();
  const precision = request.precision === 'exact' && multiplier > 1 ? 'rounded' : request.precision;
  for (const { r, name, amount, page } of lines) {
    const error = (column: number, message: string) =>
      reading.errors.push({ line: r + 1, column: column + 1, page, message: `${rowPlace(requested, r)}: ${message}` });
    const { match, ambiguous, candidates } = matches.get(name) ?? { match: null, ambiguous: false, candidates: [] };
    const donor = match ? { id: match.id, iso3: match.iso3, name: match.name } : null;
    const valueCents = amount.kind === 'amount' ? amount.cents : null;
    const row: ImportRow = {
      line: r + 1,
      page,
      donorName: name,
      donor,
      valueCents,
      state: null,
      figureId: null,
      ...(donor ? {} : { candidates: candidates.map((c) => ({ id: c.id, iso3: c.iso3, kind: c.kind, name: c.name })) }),
    };
    reading.rows.push(row);
    if (amount.kind === 'error') reading.errors.push({ line: r + 1, column: amountColumn + 1, page, message: amount.message });
    if (!name) {
      error(nameColumn, 'an amount with no donor name');
      continue;
    }
    if (!donor) {
      error(
        nameColumn,
        ambiguous
          ? `"${name}" matches several donors (${listed(candidates)}); choose one`
          : `no donor matches "${name}"${candidates.length > 0 ? ` (closest: ${listed(candidates)})` : ''}: choose one, correct the name, or add it as an alias in data/entities.csv`,
      );
      continue;
    }
    const previous = seenDonors.get(donor.id);
    if (previous !== undefined) {
      error(nameColumn, `${donor.name.en} already appears on row ${previous}`);
      continue;
    }
    seenDonors.set(donor.id, r + 1);
    // "–": the report states no amount for this donor; nothing is imported, and never a 0.
    if (amount.kind !== 'amount') continue;
    const draft = donorFigureDraft(request, { value: amount.cents, donorId: donor.id, precision, locator: figureLocator(citing, page, table.caption) });
    const violation = figureRuleViolation(draft, ruleContext);
    // A missing status is one error for the whole table (importTable.ts), not one per row.
    if (violation && violation.field !== 'status') {
      error(violation.field === 'value' ? amountColumn : nameColumn, `${violation.field}: ${violation.message}`);
      continue;
    }
    if (violation) continue;
    reading.planned.push({ row, draft, givenId: null });
  }
  reconcile(reading, requested, amountColumn, lines.flatMap((l) => (l.amount.kind === 'amount' ? [l.amount] : [])));
  return reading;
}

/** The table's last Total row against the sum of its rows; amounts printed in thousands within rounding. */
function reconcile(reading: TableReading, requested: RequestedTable, amountColumn: number, amounts: { cents: number; stepCents: number }[]) {
  const totalRow = [...requested.table.totalRows].reverse().find((r) => cellAmount(requested, requested.document.language, r, amountColumn).kind === 'amount');
  if (totalRow === undefined) return;
  const stated = cellAmount(requested, requested.document.language, totalRow, amountColumn);
  if (stated.kind !== 'amount') return;
  const computed = amounts.reduce((sum, a) => sum + a.cents, 0);
  const toleranceCents = roundingToleranceCents([stated.stepCents, ...amounts.map((a) => a.stepCents)]);
  const ok = Math.abs(stated.cents - computed) <= toleranceCents;
  reading.reconciliation = {
    statedTotalCents: stated.cents,
    computedTotalCents: computed,
    ok,
    ...(toleranceCents > 0 ? { toleranceCents } : {}),
  };
  if (!ok) {
    const page = requested.table.rowPages[totalRow] ?? requested.table.page;
    const [total, sum, difference] = [stated.cents, computed, Math.abs(stated.cents - computed)].map(usd);
    reading.errors.push({
      line: totalRow + 1,
      column: amountColumn + 1,
      page,
      message: `${rowPlace(requested, totalRow)}: the table's total ${total} does not equal the sum of its rows ${sum} (difference ${difference})`,
    });
  }
}
