// The import endpoints as TanStack Query mutations. They go through XMLHttpRequest, not the typed
// client's fetch, because only XHR reports upload progress; the URLs still come from the typed client,
// so a renamed route fails the build.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentReading, ImportRequest, ImportResult, StatementImportRequest } from '../../server/contract/imports.js';
import { client } from './client.js';

/** How far a request has got: a fraction of the upload (0–1), or null while the server reads it. */
export type Progress = number | null;

/** POSTs JSON with upload progress; resolves with the parsed answer when `accept(status, body)` says so. */
function postWithProgress<T>(url: URL, body: unknown, onProgress: (progress: Progress) => void, accept: (status: number, body: unknown) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url.pathname + url.search);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    // Sent: from here on the server is reading the file, which has no measurable progress.
    xhr.upload.onload = () => onProgress(null);
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // not JSON (a proxy's error page): reported by status below
      }
      if (accept(xhr.status, parsed)) resolve(parsed as T);
      else reject(new Error((parsed as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(JSON.stringify(body));
  });
}

/** Reads a file with progress: as text, or as base64 (XLSX, PDF). */
export function readFile(file: File, as: 'text' | 'base64', onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => resolve(as === 'base64' ? String(reader.result).replace(/^data:[^,]*,/, '') : String(reader.result));
    if (as === 'base64') reader.readAsDataURL(file);
    else reader.readAsText(file);
  });
}

/** POST /api/imports: a dry run (commit false) or a commit. A refused commit (422) answers with the preview naming its errors. */
export function postImport(body: ImportRequest, commit: boolean, onProgress: (progress: Progress) => void): Promise<ImportResult> {
  const url = client.api.imports.$url({ query: { commit: commit ? 'true' : 'false' } });
  return postWithProgress(url, body, onProgress, (status, parsed) => status === 200 || (status === 422 && parsed !== null && typeof parsed === 'object' && 'rows' in parsed));
}

/** POST /api/imports/documents: a report PDF (base64) read into its facts and tables. */
export function postDocument(content: string, fileName: string, onProgress: (progress: Progress) => void): Promise<DocumentReading> {
  const url = client.api.imports.documents.$url();
  return postWithProgress(url, { content, fileName }, onProgress, (status) => status === 200);
}

/** Runs an import (dry run or commit); a commit refreshes every cached answer, since figures changed. */
export function useImportMutation(onProgress: (progress: Progress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, commit }: { body: ImportRequest; commit: boolean }) => postImport(body, commit, onProgress),
    onSuccess: async (result) => {
      if (result.committed) await queryClient.invalidateQueries();
    },
  });
}

/** Reads one report PDF: the file in the browser, then the server's reading of it. */
export function useDocumentMutation(onProgress: (file: File, stage: 'reading' | 'sending', progress: Progress) => void) {
  return useMutation({
    mutationFn: async (file: File) => {
      const content = await readFile(file, 'base64', (fraction) => onProgress(file, 'reading', fraction));
      onProgress(file, 'sending', 0);
      return { content, reading: await postDocument(content, file.name, (p) => onProgress(file, 'sending', p)) };
    },
  });
}

/** POST /api/imports/statements: a statement of income and expenditure, its rows mapped to metrics. */
export function postStatement(body: StatementImportRequest, commit: boolean, onProgress: (progress: Progress) => void): Promise<ImportResult> {
  const url = client.api.imports.statements.$url({ query: { commit: commit ? 'true' : 'false' } });
  return postWithProgress(url, body, onProgress, (status, parsed) => status === 200 || (status === 422 && parsed !== null && typeof parsed === 'object' && 'rows' in parsed));
}

export function useStatementMutation(onProgress: (progress: Progress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, commit }: { body: StatementImportRequest; commit: boolean }) => postStatement(body, commit, onProgress),
    onSuccess: async (result) => {
      if (result.committed) await queryClient.invalidateQueries();
    },
  });
}
