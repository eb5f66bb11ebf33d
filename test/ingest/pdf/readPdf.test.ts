import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES } from '../../../server/contract/imports.js';
import { PdfReadError, readPdf, type PdfReading } from '../../../server/ingest/pdf/index.js';
import { amountCents } from '../../../server/ingest/pdf/numbers.js';
import { buildEncryptedPdf, buildReportPdf, buildTextlessPdf } from '../../helpers/reportPdfs.js';

const refusal = async (bytes: Uint8Array, options?: Parameters<typeof readPdf>[1]) => {
  const error = await readPdf(bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfReadError);
  return error as PdfReadError;
};

describe.each([
  {
    lang: 'en' as const,
    title: 'Report of the Board of Trustees of the United Nations Voluntary Fund for Technical Cooperation',
    caption1: 'Table 1 Statement of income and expenditure',
    columns1: ['Item', '31 December 2023', '31 December 2022'],
    caption2: 'Table 2 Contributions received, by donor, in 2023',
    columns2: ['Donor', 'Amount'],
    first2: ['Denmark', '1 250 000'],
  },
  {
    lang: 'fr' as const,
    title: "Rapport du Conseil d'administration du Fonds de contributions volontaires pour la coopération technique",
    caption1: 'Tableau 1 État des recettes et des dépenses',
    columns1: ['Poste', '31 décembre 2023', '31 décembre 2022'],
    caption2: 'Tableau 2 Contributions reçues, par donateur, en 2023',
    columns2: ['Donateur', 'Montant'],
    first2: ['Danemark', '1 250 000'],
  },
])('a generated report in $lang', ({ lang, title, caption1, columns1, caption2, columns2, first2 }) => {
  let reading: PdfReading;
  beforeAll(async () => {
    reading = await readPdf(await buildReportPdf(lang));
  });

  it('finds the symbol, title, date and language on page 1', () => {
    expect(reading.document).toEqual({ symbol: 'A/HRC/56/78', title, date: '2024-06-12', language: lang, pages: 3 });
  });

  it('reads the statement: caption, unit, two-line header, leaders dropped, totals marked', () => {
    const [statement] = reading.tables;
    expect(statement).toMatchObject({ page: 2, caption: caption1, columns: columns1, numericColumns: [1, 2], errors: [] });
    expect(statement!.unit?.multiplier).toBe(1000);
    expect(statement!.rows).toHaveLength(6);
    expect(statement!.rows.every((row) => row.length === 3 && !row[0]!.includes('..'))).toBe(true);
    expect(statement!.totalRows).toEqual([5]);
  });

  it('keeps each amount as printed, so it reads exactly in cents with the unit applied', () => {
    const [statement] = reading.tables;
    const cents = statement!.rows.map((row) => row.slice(1).map((cell) => amountCents(cell, statement!.unit!.multiplier, lang)));
    expect(cents).toEqual([
      [1_360_050_000, 1_234_500_000], // thousands separated by a space
      [123_400_000, null], // a comma (English) or a space (French); "–" is none
      [250_000_000, 240_000_000], // a non-breaking space
      [-25_000_000, -100_000_000], // parentheses
      [null, 4_500_000], // "-" is none
      [1_708_450_000, 1_379_000_000],
    ]);
  });

  it('joins the donor table continued on page 3 to its start on page 2, header not repeated', () => {
    expect(reading.tables).toHaveLength(2);
    const donors = reading.tables[1]!;
    expect(donors).toMatchObject({ page: 2, caption: caption2, columns: columns2, numericColumns: [1] });
    expect(donors.unit?.multiplier).toBe(1);
    expect(donors.rows).toHaveLength(7);
    expect(donors.rows[0]).toEqual(first2);
    expect(donors.rowPages).toEqual([2, 2, 2, 2, 3, 3, 3]);
    expect(donors.totalRows).toEqual([6]);
  });

  it('reports the OCR number "13 60O" by page, row and column, and never reads it', () => {
    const donors = reading.tables[1]!;
    expect(donors.errors).toHaveLength(1);
    expect(donors.errors[0]).toMatchObject({ page: 3, row: 5, column: 2, text: '13 60O' });
    expect(donors.errors[0]!.message).toMatch(/^Page 3, row 5, column 2 .*"13 60O"/);
    expect(amountCents(donors.rows[4]![1]!)).toBeNull();
  });
});

describe('PDFs that cannot be read', () => {
  it('refuses a PDF without a text layer', async () => {
    const error = await refusal(await buildTextlessPdf());
    expect(error.code).toBe('no_text_layer');
    expect(error.message).toMatch(/no text layer/);
  });

  it('refuses an encrypted PDF', async () => {
    const error = await refusal(await buildEncryptedPdf());
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/encrypted/);
  });

  it('refuses a file that is not a PDF, and a broken one', async () => {
    expect((await refusal(new TextEncoder().encode('Donor,Amount\nDenmark,100\n'))).code).toBe('not_pdf');
    const report = await buildReportPdf('en');
    expect((await refusal(report.slice(0, 400))).code).toBe('invalid_pdf');
  });

  it('refuses a PDF over the size limit before reading it', async () => {
    const error = await refusal(new Uint8Array(MAX_PDF_BYTES + 1));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/at most 7 MB/);
  });

  it('stops the worker when the time limit is reached, and reads the next PDF normally', async () => {
    const report = await buildReportPdf('en');
    const error = await refusal(report, { timeoutMs: 1 });
    expect(error.code).toBe('too_complex');
    expect(error.message).toMatch(/took longer than/);
    expect((await readPdf(report)).document.symbol).toBe('A/HRC/56/78');
  });
});
