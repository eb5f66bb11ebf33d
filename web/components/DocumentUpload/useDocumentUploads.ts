import { useCallback, useReducer, useRef } from 'react';
import { useDocumentMutation } from '../../api/imports.js';
import { documentsReducer, isPdf } from './documents.js';

let uploadCount = 0;

/**
 * The editor's report PDFs and a queue that reads them one after the other: the server reads a
 * few PDFs at once at most (it answers 503 beyond), and one at a time gives each file's progress.
 */
export function useDocumentUploads(onRefused: (fileName: string) => void) {
  const [documents, dispatch] = useReducer(documentsReducer, []);
  const keys = useRef(new Map<File, string>());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const read = useDocumentMutation((file, stage, progress) => {
    const key = keys.current.get(file);
    if (key) dispatch({ type: 'progress', key, stage, progress });
  });
  const { mutateAsync } = read;

  const add = useCallback(
    (files: File[]) => {
      const pdfs = files.filter((f) => {
        if (!isPdf(f)) onRefused(f.name);
        return isPdf(f);
      });
      const entries = pdfs.map((file) => ({ file, key: `upload-${++uploadCount}` }));
      for (const { file, key } of entries) keys.current.set(file, key);
      dispatch({ type: 'add', files: entries.map(({ file, key }) => ({ key, fileName: file.name, size: file.size })) });
      for (const { file, key } of entries) {
        queue.current = queue.current.then(async () => {
          try {
            const { content, reading } = await mutateAsync(file);
            dispatch({ type: 'read', key, content, reading });
          } catch (error) {
            dispatch({ type: 'failed', key, error: error instanceof Error ? error.message : String(error) });
          } finally {
            keys.current.delete(file);
          }
        });
      }
    },
    [mutateAsync, onRefused],
  );
  const remove = useCallback((key: string) => dispatch({ type: 'remove', key }), []);
  return { documents, add, remove };
}
