// The statement and donor table the PDF import tests read, laid out by reportPdfs.ts.

import { buildTablesPdf, type TableLayout } from './reportPdfs.js';

/** A statement in thousands: 2023's rows add up (10 000.0 + 5 520.8 − 4 520.0 − 100.0 = 10 900.8). */
export const statementTable = (closing2023 = '10 900.8'): TableLayout => ({
  caption: ['Table 1', 'Statement of income and expenditure', '(Thousands of United States dollars)'],
  header: [['Item', '2023', '2022']],
  columns: [420, 510],
  rows: [
    ['Fund balance, 1 January', '10 000.0', '9 000.0'],
    ['Voluntary contributions', '5 400.5', '4 000.0'],
    ['Interest income', '120.3', '–'],
    ['Other income', '–', '15.0'],
    ['Total income', '5 520.8', '4 015.0'],
    ['Expenditure', '4 000.0', '2 800.0'],
    ['Programme support costs', '520.0', '364.0'],
    ['Total expenditure', '4 520.0', '3 164.0'],
    ['Refunds to donors', '(100.0)', '–'],
    ['Fund balance, 31 December', closing2023, '9 851.0'],
    ['Pledges outstanding', '250.0', '300.0'],
  ],
});

/** The rows of statementTable mapped to what they are. */
export const STATEMENT_MAPPING = [
  { row: 0, metric: 'opening_balance' },
  { row: 1, metric: 'contributions' },
  { row: 2, metric: 'other_income' },
  { row: 3, metric: 'other_income' },
  { row: 4, metric: 'total_income' },
  { row: 5, metric: 'expenditure' },
  { row: 6, metric: 'programme_support_costs' },
  { row: 7, metric: 'total_expenditure' },
  { row: 8, metric: 'other_changes' },
  { row: 9, metric: 'closing_balance' },
  { row: 10, metric: 'pledges_outstanding' },
] as const;

/** Donors as the UN prints them, one private body that is no State, a "–", and a Total equal to the rows. */
export const donorTable: TableLayout = {
  caption: ['Table 2', 'Contributions received, by donor', '(United States dollars)'],
  header: [['Donor', '2023', '2022']],
  columns: [430, 510],
  rows: [
    ['Bolivia (Plurinational State of)', '10 000', '–'],
    ['United Kingdom of Great Britain and Northern Ireland', '250 000', '200 000'],
    ['Germany', '640 000', '600 000'],
    ['European Union', '75 000.50', '–'],
    ['United Kingdom Committee for UNICEF', '5 000', '–'],
    ['Norway', '–', '30 000'],
    ['Total', '980 000.50', '830 000'],
  ],
};

/** Page 2 the statement, page 3 the donor table; `symbol` null for a PDF that states none. */
export const buildFundReportPdf = (options: { symbol?: string | null; closing2023?: string } = {}) =>
  buildTablesPdf({
    lang: 'en',
    symbol: options.symbol === undefined ? 'A/HRC/57/99' : options.symbol,
    pages: [[statementTable(options.closing2023)], [donorTable]],
  });
