// The real UN documents in ../shared/un-documents (never committed): run only where that folder exists.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, type PdfReading } from '../../../server/ingest/pdf/index.js';
import { amountCents } from '../../../server/ingest/pdf/numbers.js';

const DIR = join(process.cwd(), '..', 'shared', 'un-documents');
const present = existsSync(DIR);
const read = (file: string) => readPdf(new Uint8Array(readFileSync(join(DIR, file))));

/** Tables with at least one amount column whose cells read as amounts. */
const withAmounts = (reading: PdfReading) =>
  reading.tables.filter((t) =>
    t.numericColumns.some((c) => t.rows.filter((r) => amountCents(r[c] ?? '', t.unit?.multiplier ?? 1, reading.document.language) !== null).length >= 2),
  );

describe.skipIf(!present)('real UN documents (../shared/un-documents)', () => {
  it.each([
    { file: 'E_2025_61.en.pdf', symbol: 'E/2025/61', date: '2025-04-29', language: 'en' },
    { file: 'A_79_352.en.pdf', symbol: 'A/79/352', date: '2024-10-15', language: 'en' },
    { file: 'A_80_11.en.pdf', symbol: 'A/80/11', date: null, language: 'en' }, // page 1 gives the session's dates only
    { file: 'E_ICEF_672_PartII.fr.pdf', symbol: 'E/ICEF/672 (Deuxième partie)', date: '1980-04-16', language: 'fr' },
  ])('$file: symbol and date from page 1, tables with amount columns', async ({ file, symbol, date, language }) => {
    const reading = await read(file);
    expect(reading.document).toMatchObject({ symbol, date, language });
    expect(withAmounts(reading).length).toBeGreaterThan(0);
  });

  it('E/2025/61 table 1: the budget in thousands, its header, total and parentheses read exactly', async () => {
    const reading = await read('E_2025_61.en.pdf');
    const table1 = reading.tables.find((t) => t.caption === 'Table 1 Financial resources by component')!;
    expect(table1).toMatchObject({ page: 33, columns: ['Component', '2024 budget', '2024 expenditure', 'Variance'] });
    expect(table1.unit?.multiplier).toBe(1000);
    const total = table1.rows[table1.totalRows.at(-1)!]!;
    expect(total[0]).toBe('Total');
    expect(amountCents(total[1]!, 1000)).toBe(28_182_640_000);
    const table4 = reading.tables.find((t) => t.caption === 'Table 4 Financial resources by component')!;
    expect(table4.rows.find((r) => r[0] === '3. Country coordination')?.[3]).toBe('(3 541.7)');
    expect(amountCents('(3 541.7)', 1000)).toBe(-354_170_000);
  });

  it('E/ICEF/672: OCR numbers holding letters are errors naming page, row and column', async () => {
    const reading = await read('E_ICEF_672_PartII.fr.pdf');
    const errors = reading.tables.flatMap((t) => t.errors);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.text).toMatch(/[A-Za-z]/);
      expect(error.message).toMatch(new RegExp(`^Page ${error.page}, row ${error.row}, column ${error.column}\\b`));
    }
  });
});
