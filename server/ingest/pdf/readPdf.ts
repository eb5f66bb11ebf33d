// Reading a PDF's text layer with pdfjs-dist: the facts on page 1 and the tables. Runs inside the
// worker thread (see worker.ts); call readPdf in index.ts from the server instead.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { documentFacts, type DocumentFacts } from './document.js';
import { PdfReadError } from './errors.js';
import { linesOf, type TextItem } from './layout.js';
import { tablesOf, type PageText, type Table } from './tables.js';

export const MAX_PDF_PAGES = 1000;

export interface PdfReading {
  document: DocumentFacts & { pages: number };
  tables: Table[];
}

// Running heads and feet (the symbol, "33/48", the job number) repeat on every page; they are not table rows.
const MARGIN = 0.075;

async function openDocument(bytes: Uint8Array) {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new PdfReadError('not_pdf', 'The file is not a PDF: it does not start with "%PDF-".');
  }
  try {
    return await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new PdfReadError('encrypted', 'The PDF is encrypted (it needs a password to open); save an unprotected copy and send that.');
    }
    throw new PdfReadError('invalid_pdf', `The PDF cannot be read: ${(error as Error).message}`);
  }
}

export async function readPdfBytes(bytes: Uint8Array): Promise<PdfReading> {
  const pdf = await openDocument(bytes);
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new PdfReadError('too_many_pages', `The PDF has ${pdf.numPages} pages; at most ${MAX_PDF_PAGES} are read.`);
    }
    const pages: PageText[] = [];
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        characters += item.str.length;
        if (y! > height * (1 - MARGIN) || y! < height * MARGIN) continue;
        items.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height });
      }
      pages.push({ page: number, width, height, lines: linesOf(items) });
      page.cleanup();
    }
    if (characters === 0) {
      throw new PdfReadError('no_text_layer', 'The PDF has no text layer (a scan without OCR?): there is no text to read tables from.');
    }
    const facts = documentFacts(await firstPageWhole(pdf));
    return { document: { ...facts, pages: pdf.numPages }, tables: tablesOf(pages, facts.language) };
  } finally {
    await pdf.destroy();
  }
}

/** Page 1 with its masthead, which the margins cut from the table pages, kept. */
async function firstPageWhole(pdf: Awaited<ReturnType<typeof openDocument>>): Promise<PageText> {
  const page = await pdf.getPage(1);
  const [, , width, height] = page.view as [number, number, number, number];
  const items: TextItem[] = [];
  for (const item of (await page.getTextContent()).items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, , , x, y] = item.transform as number[];
    items.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height });
  }
  return { page: 1, width, height, lines: linesOf(items) };
}
