import { describe, expect, it } from 'vitest';
import type { DocumentReading } from '../../../server/contract/imports.js';
import { chosenTable, documentsReducer, isPdf, uploadSummary, type UploadedDocument } from './documents.js';

const reading: DocumentReading = {
  document: { symbol: 'A/HRC/56/78', title: 'Report', date: '2024-06-12', language: 'en', pages: 3 },
  tables: [{ id: 'p2-t2', page: 2, caption: 'Contributions', unit: null, columns: ['Donor', 'Amount'], rows: [['Denmark', '1 250 000']], rowPages: [2], numericColumns: [1], totalRows: [], errors: [] }],
};

describe('the uploaded documents', () => {
  const added = documentsReducer([], {
    type: 'add',
    files: [
      { key: 'a', fileName: 'a.pdf', size: 10 },
      { key: 'b', fileName: 'b.pdf', size: 20 },
    ],
  });

  it('follows each file from waiting to read or failed, and counts what is done', () => {
    expect(added.map((d) => d.stage)).toEqual(['waiting', 'waiting']);
    expect(uploadSummary(added)).toEqual({ done: 0, total: 2, busy: true });
    const sending = documentsReducer(added, { type: 'progress', key: 'a', stage: 'sending', progress: null });
    expect(sending[0]).toMatchObject({ stage: 'sending', progress: null });
    const read = documentsReducer(sending, { type: 'read', key: 'a', content: 'JVBERi0=', reading });
    const failed = documentsReducer(read, { type: 'failed', key: 'b', error: 'no text layer' });
    expect(failed.map((d) => d.stage)).toEqual(['read', 'failed']);
    expect(failed[1]!.error).toBe('no text layer');
    expect(uploadSummary(failed)).toEqual({ done: 2, total: 2, busy: false });
    expect(documentsReducer(failed, { type: 'remove', key: 'a' }).map((d) => d.key)).toEqual(['b']);
  });

  it('finds the chosen table only in a document that was read', () => {
    const read: UploadedDocument[] = documentsReducer(added, { type: 'read', key: 'a', content: 'JVBERi0=', reading });
    expect(chosenTable(read, { documentKey: 'a', tableId: 'p2-t2' })?.table.caption).toBe('Contributions');
    expect(chosenTable(read, { documentKey: 'a', tableId: 'p9-t1' })).toBeNull();
    expect(chosenTable(read, { documentKey: 'b', tableId: 'p2-t2' })).toBeNull();
    expect(chosenTable(read, null)).toBeNull();
  });

  it('takes PDFs by type or name only', () => {
    expect(isPdf({ name: 'report.PDF', type: '' })).toBe(true);
    expect(isPdf({ name: 'x', type: 'application/pdf' })).toBe(true);
    expect(isPdf({ name: 'table.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })).toBe(false);
  });
});
