// The report PDFs an editor has added, each on its way through the browser (read), the network
// (sent) and the server (read into tables): a reducer, so that the page's state changes one way only.

import type { DocumentReading } from '../../../server/contract/imports.js';

export type UploadStage = 'waiting' | 'reading' | 'sending' | 'read' | 'failed';

export interface UploadedDocument {
  /** Unique per upload (the same file added twice is two uploads). */
  key: string;
  fileName: string;
  size: number;
  stage: UploadStage;
  /** 0–1 while the stage can be measured; null while the server reads the file. */
  progress: number | null;
  /** The PDF in base64, kept to send with the import. */
  content?: string;
  reading?: DocumentReading;
  error?: string;
}

export type DocumentsAction =
  | { type: 'add'; files: { key: string; fileName: string; size: number }[] }
  | { type: 'progress'; key: string; stage: 'reading' | 'sending'; progress: number | null }
  | { type: 'read'; key: string; content: string; reading: DocumentReading }
  | { type: 'failed'; key: string; error: string }
  | { type: 'remove'; key: string };

export function documentsReducer(documents: UploadedDocument[], action: DocumentsAction): UploadedDocument[] {
  const update = (key: string, change: Partial<UploadedDocument>) => documents.map((d) => (d.key === key ? { ...d, ...change } : d));
  switch (action.type) {
    case 'add':
      return [...documents, ...action.files.map((f) => ({ ...f, stage: 'waiting' as const, progress: 0 }))];
    case 'progress':
      return update(action.key, { stage: action.stage, progress: action.progress });
    case 'read':
      return update(action.key, { stage: 'read', progress: 1, content: action.content, reading: action.reading });
    case 'failed':
      return update(action.key, { stage: 'failed', progress: null, error: action.error });
    case 'remove':
      return documents.filter((d) => d.key !== action.key);
  }
}

/** Only PDFs are sent to be read; anything else is refused in the browser, by name. */
export const isPdf = (file: { name: string; type: string }) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

/** Whole-page progress, for the one live announcement: how many files are done of how many. */
export function uploadSummary(documents: UploadedDocument[]): { done: number; total: number; busy: boolean } {
  const done = documents.filter((d) => d.stage === 'read' || d.stage === 'failed').length;
  return { done, total: documents.length, busy: done < documents.length };
}

/** The table chosen for import, as document and table id. */
export interface TableChoice {
  documentKey: string;
  tableId: string;
}

export function chosenTable(documents: UploadedDocument[], choice: TableChoice | null) {
  if (!choice) return null;
  const document = documents.find((d) => d.key === choice.documentKey);
  const table = document?.reading?.tables.find((t) => t.id === choice.tableId);
  return document && table && document.content ? { document, table, content: document.content } : null;
}
