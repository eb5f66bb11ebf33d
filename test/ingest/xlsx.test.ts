import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../server/ingest/csv.js';
import { HEADERS } from '../../server/ingest/dataset.js';
import { ImportLimitError, PARSE_LIMITS } from '../../server/ingest/parseLimits.js';
import { checkInflatedSize, readXlsxRecords } from '../../server/ingest/xlsx.js';
import { inflatingXlsx, notAWorkbookZip } from '../helpers/hostileFiles.js';

const MB = 1024 * 1024;

async function workbookBase64(fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('figures');
  sheet.addRow([...HEADERS.figures]);
  fill(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const failureOf = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

describe('the inflated size of an XLSX file', () => {
  it('is refused from the declared sizes, before anything is inflated', () => {
    const error = failureOf(async () => checkInflatedSize(inflatingXlsx(80), 64 * MB));
    return expect(error).resolves.toMatchObject({ code: 'too_large', message: expect.stringMatching(/inflates to more than \d+ MB; at most 64 MB/) });
  });

  it('is counted as it inflates when the file declares less than it holds', async () => {
    const lying = inflatingXlsx(80, { lie: true });
    const error = await failureOf(async () => checkInflatedSize(lying, 64 * MB));
    expect(error).toBeInstanceOf(ImportLimitError);
    expect((error as ImportLimitError).message).toMatch(/at most 64 MB/);
    // Within the limit, the same file passes: the count is of what inflates, not a guess.
    expect(() => checkInflatedSize(lying, 100 * MB)).not.toThrow();
  });

  it('says a file that is no zip is not a readable XLSX file', async () => {
    const error = await failureOf(async () => checkInflatedSize(new TextEncoder().encode('not a zip at all'), 64 * MB));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toMatch(/not a readable XLSX/);
  });
});

describe('reading a worksheet as a stream', () => {
  it('stops at a cell on row 1,048,576 and names the row, instead of expanding a million rows', async () => {
    const base64 = await workbookBase64((sheet) => {
      sheet.getCell('A1048576').value = 'x';
    });
    expect(Buffer.from(base64, 'base64').length).toBeLessThan(10_000);
    const error = await failureOf(() => readXlsxRecords(base64, HEADERS.figures, PARSE_LIMITS));
    expect(error).toMatchObject({ line: 1_048_576, column: 1, reason: expect.stringMatching(/row 1,048,576; at most 10,000 rows/) });
  });

  it('stops at a cell too long, naming its row, column and field', async () => {
    const base64 = await workbookBase64((sheet) => {
      sheet.addRow(HEADERS.figures.map((h) => (h === 'note' ? 'n'.repeat(PARSE_LIMITS.maxCellChars + 1) : null)));
    });
    const error = await failureOf(() => readXlsxRecords(base64, HEADERS.figures, PARSE_LIMITS));
    expect(error).toMatchObject({ line: 2, column: HEADERS.figures.indexOf('note') + 1, field: 'note', reason: expect.stringMatching(/4001 characters; at most 4000/) });
  });

  it('stops at the cell limit, counting the width rows reach', async () => {
    const base64 = await workbookBase64((sheet) => {
      for (let r = 2; r <= 40; r++) sheet.getCell(r, 16_000).value = 1;
    });
    const error = await failureOf(() => readXlsxRecords(base64, HEADERS.figures, { ...PARSE_LIMITS, maxCells: 100_000 }));
    expect(error).toMatchObject({ reason: expect.stringMatching(/more than 100,000 cells/) });
  });

  it('reads the rows of a good sheet with their numbers, skipping empty ones', async () => {
    const base64 = await workbookBase64((sheet) => {
      sheet.getCell(3, HEADERS.figures.indexOf('donor') + 1).value = 'NOR';
      sheet.getCell(3, HEADERS.figures.indexOf('value') + 1).value = 12.5;
    });
    const { records } = await readXlsxRecords(base64, HEADERS.figures, PARSE_LIMITS);
    expect(records).toEqual([{ line: 3, values: expect.objectContaining({ donor: 'NOR', value: '12.5', note: '' }) }]);
  });

  it('says a zip that holds no workbook is not a readable XLSX file', async () => {
    const error = await failureOf(() => readXlsxRecords(Buffer.from(notAWorkbookZip()).toString('base64'), HEADERS.figures, PARSE_LIMITS));
    expect(error).toBeInstanceOf(InputError);
  });
});
