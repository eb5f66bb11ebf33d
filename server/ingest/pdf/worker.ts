// The worker thread's side: read the PDF it was given and post back the reading or the reason it failed.

import { parentPort, workerData } from 'node:worker_threads';
import { PdfReadError } from './errors.js';
import { readPdfBytes } from './readPdf.js';

const { bytes } = workerData as { bytes: Uint8Array };
readPdfBytes(bytes).then(
  (reading) => parentPort!.postMessage({ ok: true, reading }),
  (error: unknown) =>
    parentPort!.postMessage(
      error instanceof PdfReadError
        ? { ok: false, code: error.code, message: error.message }
        : { ok: false, code: 'invalid_pdf', message: `The PDF cannot be read: ${(error as Error).message}` },
    ),
);
