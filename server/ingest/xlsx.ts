// Reads the first worksheet of an uploaded XLSX file as records, within bounds: the zip's entries
// are checked before anything is inflated (declared sizes, then the bytes actually inflated, counted
// as they stream), and the sheet is read row by row (exceljs's streaming reader), stopping at the
// first row or cell past the limits. A 6.6 KB file whose one cell sits on row 1,048,576 used to be
// expanded into a million rows; a 465 KB file inflated to 472 MB. Runs in the parse worker.

import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { InputError, type CsvRecord } from './csv.js';
import { ImportLimitError, type ParseLimits } from './parseLimits.js';

const FILE = 'upload.xlsx';
/** Compressed bytes fed to the counting inflater at a time (at most ~1000 times that comes out). */
const SLICE_BYTES = 16 * 1024;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Refuses a zip whose entries would inflate past the limit: first as declared, then as inflated. */
export function checkInflatedSize(bytes: Uint8Array, maxBytes: number): void {
  const tooLarge = (size: number) =>
    new ImportLimitError('too_large', `The XLSX file inflates to more than ${megabytes(size)}; at most ${megabytes(maxBytes)} of worksheet data are read.`);
  let declared = 0;
  try {
    // The filter sees every entry's declared size (central directory) and inflates none of them.
    unzipSync(bytes, {
      filter: (entry) => {
        declared += entry.originalSize;
        if (declared > maxBytes) throw tooLarge(declared);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ImportLimitError) throw error;
    throw new InputError(FILE, 1, 1, null, 'this is not a readable XLSX file');
  }
  // Declared sizes can lie: inflate once, counting and discarding, and stop at the limit. The input
  // goes in by slices, so that the stop comes within a slice's worth of inflated bytes.
  let inflated = 0;
  let stopped: ImportLimitError | null = null;
  let broken = false;
  const unzip = new Unzip((entry) => {
    entry.ondata = (error, chunk) => {
      if (stopped) return;
      if (error) {
        broken = true;
        return;
      }
      inflated += chunk.length;
      if (inflated > maxBytes) stopped = tooLarge(inflated);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !stopped && !broken; offset += SLICE_BYTES) {
      unzip.push(bytes.subarray(offset, offset + SLICE_BYTES), offset + SLICE_BYTES >= bytes.length);
    }
  } catch {
    broken = true;
  }
  if (stopped) throw stopped;
  if (broken) throw new InputError(FILE, 1, 1, null, 'this is not a readable XLSX file');
}

/** A cell's text; numbers keep every digit (the value, not its displayed, possibly rounded, text). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  try {
    return (cell.text ?? '').trim();
  } catch {
    return '';
  }
}

/** The first worksheet's header and records, each row with its number. */
export async function readXlsxRecords(
  base64: string,
  expectedHeader: readonly string[],
  limits: ParseLimits,
): Promise<{ header: string[]; records: CsvRecord[] }> {
  const bytes = Buffer.from(base64, 'base64');
  checkInflatedSize(bytes, limits.maxInflatedBytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are told from numbers by their format
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let header: string[] | null = null;
  const records: CsvRecord[] = [];
  let cells = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number > limits.maxRows + 1) {
          throw new InputError(FILE, row.number, 1, null, `the sheet goes on to row ${row.number.toLocaleString('en')}; at most ${limits.maxRows.toLocaleString('en')} rows after the header are read`);
        }
        cells += row.cellCount;
        if (cells > limits.maxCells) {
          throw new InputError(FILE, row.number, row.cellCount, null, `the sheet holds more than ${limits.maxCells.toLocaleString('en')} cells (row ${row.number} reaches column ${row.cellCount}); at most that many are read`);
        }
        const texts = expectedHeader.map((_, i) => cellText(row.getCell(i + 1)));
        const long = texts.findIndex((t) => t.length > limits.maxCellChars);
        if (long >= 0) {
          throw new InputError(FILE, row.number, long + 1, header ? (expectedHeader[long] ?? null) : null, `a cell of ${texts[long]!.length} characters; at most ${limits.maxCellChars} are read`);
        }
        if (header === null) {
          header = checkedHeader(texts, row.number, expectedHeader);
          continue;
        }
        if (texts.every((t) => t === '')) continue;
        records.push({ line: row.number, values: Object.fromEntries(expectedHeader.map((name, i) => [name, texts[i] as string])) });
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof ImportLimitError) throw error;
    throw new InputError(FILE, 1, 1, null, `this is not a readable XLSX file (${(error as Error).message})`);
  }
  if (header === null) throw new InputError(FILE, 1, 1, null, 'the workbook has no worksheet with a header row');
  return { header, records };
}

function checkedHeader(texts: string[], line: number, expectedHeader: readonly string[]): string[] {
  expectedHeader.forEach((name, i) => {
    if (texts[i] !== name) throw new InputError(FILE, line, i + 1, null, `header column ${i + 1} must be "${name}", found "${texts[i] ?? ''}"`);
  });
  return [...expectedHeader];
}
