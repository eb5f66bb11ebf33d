// The bounds within which an uploaded table (pasted text, CSV, XLSX) is parsed: whatever an editor
// sends, the parse stops at one of these and says which, instead of stalling or killing the server.

export interface ParseLimits {
  /** The parse worker is terminated after this long. */
  timeMs: number;
  /** The parse worker's heap; past it the worker is stopped (not the server). */
  memoryMb: number;
  /** Rows (lines) after a header; a pasted table's lines. */
  maxRows: number;
  /** Cells of a worksheet, as wide as its rows reach. */
  maxCells: number;
  /** The longest cell: the longest text a figure field takes (a note, 4,000 characters). */
  maxCellChars: number;
  /** What an XLSX file's zip entries may inflate to, together. */
  maxInflatedBytes: number;
}

export const PARSE_LIMITS: ParseLimits = {
  timeMs: 20_000,
  memoryMb: 256,
  maxRows: 10_000,
  maxCells: 400_000,
  maxCellChars: 4000,
  maxInflatedBytes: 64 * 1024 * 1024,
};

export type ImportLimitCode = 'too_large' | 'too_complex' | 'busy';

/** A parse stopped by a limit, or refused because too many are running: answered 413, 422 or 503. */
export class ImportLimitError extends Error {
  constructor(
    readonly code: ImportLimitCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportLimitError';
  }
}
