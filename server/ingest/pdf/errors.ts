// Why a PDF could not be read, in words an editor can act on; the route turns the code into a 4xx.

export type PdfErrorCode = 'not_pdf' | 'invalid_pdf' | 'encrypted' | 'no_text_layer' | 'too_large' | 'too_many_pages' | 'too_complex' | 'busy';

export class PdfReadError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}
