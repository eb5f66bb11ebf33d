// Reads an uploaded CSV or XLSX file in the columns of data/figures/*.csv; empty cells take the
// request's values (fund, year, metric, status, period, date, and its source).

import ExcelJS from 'exceljs';
import type { ImportRequest, ImportRow } from '../contract/imports.js';
import { isMoneyMetric } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import { loadRuleContext } from '../editing/ruleContext.js';
import { InputError, readCsv, type CsvRecord } from './csv.js';
import { FIGURES_HEADER, readFigureRecord } from './files/figures.js';
import { givenSource, IMPORT_SOURCE, type TableReading } from './importReading.js';

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
    if (typeof value === 'number')
      return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
    try {
      return (cell.text ?? '').trim();
    } catch {
      // exceljs throws on some cells (an empty cell merged into another): say where, never a 500.
      throw new InputError('upload.xlsx', row.number, column, FIGURES_HEADER[column - 1] ?? null, 'this cell cannot be read (an empty merged cell?); unmerge it or give it a value');
    }
  };
  const headerRow = sheet.getRow(1);
  const header = Array.from({ length: FIGURES_HEADER.length }, (_, i) => cellText(headerRow, i + 1));
  FIGURES_HEADER.forEach((name, i) => {
    if (header[i] !== name)
      throw new InputError(
        'upload.xlsx',
        1,
        i + 1,
        null,
        `header column ${i + 1} must be "${name}", found "${header[i] ?? ''}"`,
      );
  });
  const records: CsvRecord[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = Object.fromEntries(FIGURES_HEADER.map((name, i) => [name, cellText(row, i + 1)]));
    if (Object.values(values).every((v) => v === '')) continue;
    records.push({ line: r, values });
  }
  return { header, records };
}

export async function readFigureTable(db: Queryable, request: ImportRequest): Promise<TableReading> {
  const file = request.format === 'csv' ? 'upload.csv' : 'upload.xlsx';
  const { header, records } =
    request.format === 'csv'
      ? readCsv(file, request.content, FIGURES_HEADER)
      : await xlsxRecords(request.content);
  const rules = await loadRuleContext(db);
  const ctx = {
    ...rules,
    sourceStatus: (id: string) => (id === IMPORT_SOURCE ? ('cited' as const) : rules.sourceStatus(id)),
  };
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
  const donorNames = await db.query<{ id: string; iso3: string | null; name_en: string; name_fr: string }>(
    'SELECT id, iso3, name_en, name_fr FROM entities',
  );
  const donors = new Map(
    donorNames.map((d) => [d.id, { id: d.id, iso3: d.iso3, name: { en: d.name_en, fr: d.name_fr } }]),
  );
  const reading: TableReading = { rows: [], errors: [], reconciliation: null, planned: [] };
  for (const record of records) {
    try {
      const { id, ...draft } = readFigureRecord(file, header, record, ctx, defaultsFor(record));
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
      reading.errors.push({
        line: error.line,
        column: error.column,
        message: error.field ? `${error.field}: ${error.reason}` : error.reason,
      });
    }
  }
  return reading;
}
