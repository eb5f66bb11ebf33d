// Downloads are safe to open: every cell of every CSV line — data, headers and the "# Sources" and
// "# Notes" lines — is quoted and cannot start a formula, and every XLSX cell likewise, whatever a
// title, a note, a name or the page address (which anyone can craft in a link) holds.

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvToDocument, documentToCsv, documentToXlsx, type ExportDocument } from '../../web/export/document.js';
import { csvCommentLine, isCommentRow, spreadsheetText, toCsv } from '../../web/format/csv.js';

const PREFIXES = ['=', '+', '-', '@', '\t', '\r', '\uFF1D'];
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const LABELS = { sources: 'Sources', notes: 'Notes', dataSheet: 'Data', sourcesSheet: 'Sources and notes' };

/** A payload behind each prefix, with a comma and a quote to break out of an unquoted cell. */
const payload = (prefix: string) => `${prefix}HYPERLINK("http://evil.example/?x=1","click"), =1+1`;

/** A document where every field a user or a link can influence starts with `prefix`. */
function hostileDocument(prefix: string): ExportDocument {
  return {
    title: payload(prefix),
    headers: ['Year', payload(prefix)],
    rows: [
      ['2020', payload(prefix)], // a donor or fund name, a figure's note
      [payload(prefix), '\u202Egnp.exe'], // a right-to-left override in a name
    ],
    sources: [payload(prefix), `Report, ${payload(prefix)} <https://example.org/${prefix}>`],
    notes: [payload(prefix), `Made from https://dashboard.example/en/funds/vftc?from=,${payload(prefix)} on 23 November 2026`],
  };
}

/** Every cell of a CSV text, after checking that every line is made of quoted fields. */
function csvCells(text: string): string[][] {
  for (const line of text.split('\r\n').filter((l) => l !== '')) expect(line, JSON.stringify(line)).toMatch(/^"([^"]|"")*"(,"([^"]|"")*")*$/);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true, newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe.each(PREFIXES)('a download with text starting %j', (prefix) => {
  it('CSV: every line quoted, no cell starting a formula, the text kept after a leading apostrophe', () => {
    const csv = documentToCsv(hostileDocument(prefix), LABELS);
    const cells = csvCells(csv);
    for (const cell of cells.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA_START);
    const data = cells.filter((row) => !isCommentRow(row));
    const comments = cells.filter(isCommentRow).map((row) => row[0]);
    expect(data[0]).toEqual(['Year', `'${payload(prefix)}`]);
    expect(data[1]).toEqual(['2020', `'${payload(prefix)}`]);
    expect(data[2]).toEqual([`'${payload(prefix)}`, 'gnp.exe']);
    // The title, the notes (with the page address) and the sources: one cell each, the whole line.
    expect(comments).toEqual([
      `# ${payload(prefix).replace(/\r/g, ' ')}`,
      `# Notes: ${payload(prefix).replace(/\r/g, ' ')}`,
      `# Notes: Made from https://dashboard.example/en/funds/vftc?from=,${payload(prefix).replace(/\r/g, ' ')} on 23 November 2026`,
      `# Sources: ${payload(prefix).replace(/\r/g, ' ')}`,
      `# Sources: Report, ${payload(prefix).replace(/\r/g, ' ')} <https://example.org/${prefix.replace(/\r/g, ' ')}>`,
    ]);
  });

  it('XLSX: no formula cell, no cell starting a formula, on both sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await documentToXlsx(hostileDocument(prefix), LABELS)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          texts.push(String(cell.value));
        }),
      );
    }
    for (const text of texts) expect(text, JSON.stringify(text)).not.toMatch(FORMULA_START);
    // (XML reads a carriage return back as a line feed.)
    expect(texts.filter((t) => t === `'${payload(prefix)}`.replace(/\r/g, '\n')).length).toBe(7); // the title on both sheets, a header, two cells, a note, a source
    expect(texts).toContain('gnp.exe');
  });

  it('the chart and map CSVs (toCsv with comments) and the synthetic-data line', () => {
    const rows = [{ name: payload(prefix), value: 12 }];
    const csv = toCsv(rows, [{ header: 'name', value: (r) => r.name }, { header: 'value', value: (r) => r.value }], { comments: [`Every State: https://x.example/en/countries/<ISO3>?q=,${payload(prefix)}`] });
    const cells = csvCells(csv + csvCommentLine(payload(prefix)));
    for (const cell of cells.flat()) expect(cell).not.toMatch(FORMULA_START);
    expect(cells[1]).toEqual([`'${payload(prefix)}`, '12']);
    expect(cells.filter(isCommentRow)).toHaveLength(2);
  });
});

describe('reading a download back', () => {
  it('gives the rows and the comment lines apart (the charts’ XLSX and images are made this way)', () => {
    const csv = toCsv([{ a: 'x, y', b: '"quoted"' }], [{ header: 'a', value: (r) => r.a }, { header: 'b', value: (r) => r.b }], { comments: ['first note', 'second, with a comma'] });
    expect(csvToDocument(csv, 'T')).toEqual({ title: 'T', headers: ['a', 'b'], rows: [['x, y', '"quoted"']], sources: [], notes: ['first note', 'second, with a comma'] });
  });

  it('keeps plain text, Arabic marks and numbers as they are', () => {
    expect(spreadsheetText('Norway')).toBe('Norway');
    expect(spreadsheetText('\u200Fالنرويج')).toBe('\u200Fالنرويج'); // a right-to-left mark is not a control that reorders text
    expect(spreadsheetText('a\u2066b\u2069c\u202Bd\u202C')).toBe('abcd');
    expect(spreadsheetText('-12')).toBe("'-12");
  });
});
