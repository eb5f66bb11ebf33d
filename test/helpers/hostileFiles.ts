// Hostile upload files, built by the tests themselves (nothing binary is committed): XLSX files
// that inflate far past their size, and large CSV tables in the data files' columns.

import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { HEADERS } from '../../server/ingest/dataset.js';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';

/**
 * An XLSX-shaped zip whose worksheet inflates to `megabytes` MB (rows of one repeated cell),
 * compressed about a thousand to one. With `lie`, its central directory declares every entry
 * 1 KB, as a crafted file would, so only counting what actually inflates catches it.
 */
export function inflatingXlsx(megabytes: number, { lie = false } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const types = new ZipDeflate('[Content_Types].xml', { level: 6 });
  zip.add(types);
  types.push(strToU8(CONTENT_TYPES), true);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  // Blank space between two elements: valid XML, and the most compressible content there is.
  const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) sheet.push(megabyte);
  sheet.push(new Uint8Array(0), true);
  zip.end();
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  if (lie) {
    // Central directory headers (PK\1\2): the uncompressed size is at offset 24.
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 46 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024, true);
  }
  return bytes;
}

/** A small valid zip that is no workbook. */
export const notAWorkbookZip = () => zipSync({ 'readme.txt': strToU8('not a workbook') });

/** One CSV line in the data files' figure columns. */
export const figureCsvLine = (values: Partial<Record<(typeof HEADERS.figures)[number], string>>) =>
  HEADERS.figures.map((h) => {
    const value = values[h] ?? '';
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');

/** A CSV of figures, one per donor and year (none repeated), each with a note of `noteChars` characters. */
export function figuresCsv(donors: readonly string[], years: readonly number[], noteChars = 0): string {
  const lines = [HEADERS.figures.join(',')];
  for (const year of years) {
    for (const [i, donor] of donors.entries()) {
      lines.push(figureCsvLine({ donor, year: String(year), value: String(1000 + i), note: noteChars > 0 ? `n${'o'.repeat(noteChars - 1)}` : '' }));
    }
  }
  return lines.join('\n');
}
