// What an export holds, whatever its format: the rows as the reader sees them, plus the sources,
// as-of dates and qualifier notes that give those rows their meaning. Pure (no DOM): CSV and XLSX
// are built from it here; chart images (chartImage.ts) draw the same notes and sources under the chart.

import Papa from 'papaparse';
import { isCommentRow, spreadsheetText, toCsv } from '../format/csv.js';

export interface ExportDocument {
  /** The table's caption or the chart's one-sentence summary. */
  title: string;
  headers: string[];
  rows: string[][];
  /** One line per source, already in the reader's language: title or symbol, locator, date, URL. */
  sources: string[];
  /** What the marks and words in the rows mean (≥, ≈, "unknown"…), where and when the file was made. */
  notes: string[];
}

export interface ExportLabels {
  sources: string;
  notes: string;
  dataSheet: string;
  sourcesSheet: string;
}

/** CSV: header row, rows, then one quoted "# …" cell per line for the title, the notes and each source. */
export function documentToCsv(doc: ExportDocument, labels: ExportLabels): string {
  const columns = doc.headers.map((header, i) => ({ header, value: (row: string[]) => row[i] ?? null }));
  return toCsv(doc.rows, columns, {
    comments: [doc.title, ...doc.notes.map((n) => `${labels.notes}: ${n}`), ...doc.sources.map((s) => `${labels.sources}: ${s}`)],
  });
}

/** A CSV written by toCsv (data rows then "# " comment lines) read back into a document. */
export function csvToDocument(text: string, title: string): ExportDocument {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true, newline: '\r\n', delimiter: ',' }).data;
  const comments = parsed.filter(isCommentRow).map((row) => (row[0] ?? '').slice(2));
  const [headers = [], ...rows] = parsed.filter((row) => !isCommentRow(row));
  return { title, headers, rows, sources: [], notes: comments };
}

/** XLSX: a data sheet (bold, frozen header row; the title as the first row) and a sheet of sources and notes. */
export async function documentToXlsx(doc: ExportDocument, labels: ExportLabels): Promise<Uint8Array> {
  // exceljs is large: loaded only when someone asks for a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Human Rights Trust Funds Dashboard';
  workbook.title = spreadsheetText(doc.title);
  const data = workbook.addWorksheet(sheetName(labels.dataSheet), { views: [{ state: 'frozen', ySplit: 2 }] });
  // Every cell, the title and headers too, through the same neutralising as CSV cells.
  data.addRow([spreadsheetText(doc.title)]).font = { bold: true };
  const header = data.addRow(doc.headers.map(spreadsheetText));
  header.font = { bold: true };
  for (const row of doc.rows) data.addRow(row.map(spreadsheetText));
  doc.headers.forEach((h, i) => {
    const widest = Math.max(h.length, ...doc.rows.map((r) => (r[i] ?? '').length));
    data.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2));
  });
  const about = workbook.addWorksheet(sheetName(labels.sourcesSheet));
  about.getColumn(1).width = 120;
  about.addRow([spreadsheetText(doc.title)]).font = { bold: true };
  about.addRow([]);
  about.addRow([spreadsheetText(labels.notes)]).font = { bold: true };
  for (const note of doc.notes) about.addRow([spreadsheetText(note)]);
  about.addRow([]);
  about.addRow([spreadsheetText(labels.sources)]).font = { bold: true };
  for (const source of doc.sources) about.addRow([spreadsheetText(source)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

/** A file name safe on every OS; a name with no Latin letters at all (e.g. Arabic) falls back to `fallback`. */
export function exportFilename(stem: string, extension: 'csv' | 'xlsx' | 'png' | 'svg', fallback = 'data'): string {
  const plain = stem.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${plain || fallback}.${extension}`;
}
