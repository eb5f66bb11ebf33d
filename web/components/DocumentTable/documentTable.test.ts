import { describe, expect, it } from 'vitest';
import { errorsByCell, guessColumns, lastPage, pageBreakRows, type DocumentTable } from './documentTable.js';

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
});
