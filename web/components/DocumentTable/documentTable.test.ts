import { describe, expect, it } from 'vitest';
import { errorsByCell, guessColumns, guessYear, lastPage, pageBreakRows, type DocumentTable } from './documentTable.js';

const table: DocumentTable = {
  id: 'p2-t2',
  page: 2,
  caption: 'Contributions received, by donor, in 2023',
  unit: { multiplier: 1, text: 'United States dollars' },
  columns: ['Donor', 'Amount'],
  rows: [['Denmark', '1 250 000'], ['Germany', '640 000'], ['Norway', '13 60O'], ['Total', '1 918 000']],
  rowPages: [2, 2, 3, 3],
  numericColumns: [1],
  totalRows: [3],
  errors: [{ page: 3, row: 3, column: 2, text: '13 60O', message: 'is not a number' }],
};

describe('a table read from a report', () => {
  it('finds its bad cell by row and column counted from 1', () => {
    const errors = errorsByCell(table);
    expect(errors.get('3:2')?.text).toBe('13 60O');
    expect(errors.has('2:2')).toBe(false);
  });

  it('finds where it runs onto the next page, and its last page', () => {
    expect([...pageBreakRows(table)]).toEqual([2]);
    expect(lastPage(table)).toBe(3);
    expect(pageBreakRows({ ...table, rowPages: [2, 2, 2, 2] }).size).toBe(0);
  });

  it('guesses the name column and the first amount column', () => {
    expect(guessColumns(table)).toEqual({ nameColumn: 0, amountColumn: 1 });
    const statement = { ...table, columns: ['Item', '2023', '2022'], numericColumns: [1, 2] };
    expect(guessColumns(statement)).toEqual({ nameColumn: 0, amountColumn: 1 });
    const namesSecond = { ...table, columns: ['No.', 'Donor', 'Amount'], numericColumns: [0, 2] };
    expect(guessColumns(namesSecond)).toEqual({ nameColumn: 1, amountColumn: 2 });
  });

  it('takes the year from the amount column’s header, else from the caption', () => {
    expect(guessYear(table, 1)).toBe(2023);
    const statement = { ...table, caption: 'Statement of income and expenditure', columns: ['Item', '31 December 2023', '31 December 2022'] };
    expect(guessYear(statement, 2)).toBe(2022);
    expect(guessYear({ ...table, caption: 'Contributions by donor' }, 1)).toBeNull();
  });
});
