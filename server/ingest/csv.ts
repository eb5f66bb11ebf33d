// CSV reading with positions: every record knows its line, so any error can say file:line:column.

import Papa from 'papaparse';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** Field values by header name. */
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  records: CsvRecord[];
}

/** An error that names where (file, line, column, field) and why. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly field: string | null,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${field ? `${field}: ` : ''}${reason}`);
    this.name = 'InputError';
  }
}

/** Bounds on an uploaded file (imports); the data/ files are read without them. */
export interface CsvLimits {
  /** Lines after the header, blank ones included. */
  maxRows: number;
  maxCellChars: number;
}

/** Parses CSV text; the header must be exactly `expectedHeader`, every record as wide as it. */
export function readCsv(file: string, text: string, expectedHeader: readonly string[], limits?: CsvLimits): CsvTable {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Offsets only grow, so lines are counted incrementally (linear in the file, not quadratic).
  let countedTo = 0;
  let countedLine = 1;
  const lineAt = (offset: number) => {
    for (; countedTo < offset; countedTo++) if (normalized.charCodeAt(countedTo) === 10) countedLine++;
    return countedLine;
  };
  const raw: { line: number; fields: string[]; error: string | null }[] = [];
  let start = 0;
  let overLimit: InputError | null = null;
  Papa.parse<string[]>(normalized, {
    delimiter: ',', // never guessed: a short row must not change how the file is read
    newline: '\n',
    step: (result, parser) => {
      const line = lineAt(start);
      start = result.meta.cursor;
      const fields = result.data;
      if (limits) {
        // Stop at the first row past a limit: the rest of the file is never held.
        overLimit = limitError(file, line, fields, limits, raw[0]?.fields);
        if (overLimit) return parser.abort();
      }
      if (fields.length === 1 && fields[0] === '') return; // blank line
      const error = result.errors.find((e) => e.type !== 'Delimiter')?.message ?? null;
      raw.push({ line, fields, error });
    },
  });
  if (overLimit) throw overLimit;
  const [headerRow, ...rows] = raw;
  if (!headerRow) throw new InputError(file, 1, 1, null, 'the file is empty; expected a header row');
  const header = headerRow.fields.map((h) => h.trim());
  expectedHeader.forEach((name, i) => {
    if (header[i] !== name) {
      throw new InputError(file, headerRow.line, i + 1, null, `header column ${i + 1} must be "${name}", found ${header[i] === undefined ? 'nothing' : `"${header[i]}"`}`);
    }
  });
  if (header.length > expectedHeader.length) {
    throw new InputError(file, headerRow.line, expectedHeader.length + 1, null, `unexpected header column "${header[expectedHeader.length]}"`);
  }
  const records = rows.map(({ line, fields, error }) => {
    if (error) throw new InputError(file, line, 1, null, `malformed CSV: ${error}`);
    if (fields.length !== header.length) {
      throw new InputError(file, line, Math.min(fields.length, header.length) + 1, null, `expected ${header.length} fields, found ${fields.length}`);
    }
    return { line, values: Object.fromEntries(header.map((name, i) => [name, fields[i] as string])) };
  });
  return { file, header, records };
}

function limitError(file: string, line: number, fields: string[], limits: CsvLimits, header: string[] | undefined): InputError | null {
  if (line > limits.maxRows + 1) {
    return new InputError(file, line, 1, null, `the file goes on past line ${limits.maxRows + 1}; at most ${limits.maxRows} rows after the header are read`);
  }
  const long = fields.findIndex((f) => f.length > limits.maxCellChars);
  if (long < 0) return null;
  return new InputError(file, line, long + 1, header?.[long]?.trim() ?? null, `a cell of ${fields[long]!.length} characters; at most ${limits.maxCellChars} are read`);
}
