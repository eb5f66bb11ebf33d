// How a field of a data/ file reads: each format as a zod schema over the field's text, and a reader
// that turns a failure into an InputError naming file:line:column, the field and the reason.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { PARTIAL_DATE } from '../contract/dates.js';
import { InputError, readCsv, type CsvRecord } from './csv.js';

/** An empty field is null; anything else must pass `schema`. */
export const optional = <T>(schema: z.ZodType<T, string>): z.ZodType<T | null, string> =>
  z.string().transform((s, ctx) => {
    const trimmed = s.trim();
    if (trimmed === '') return null;
    const result = schema.safeParse(trimmed);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return result.data;
  });
export const required = z.string().trim().min(1, 'is required');
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, dashes)');
export const yearBetween = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{4}$/, 'must be a four-digit year')
    .transform(Number)
    .pipe(z.number().min(min, `must be ${min} or later`).max(max, `must be ${max} or earlier`));
export const year = yearBetween(1980, 2100);
export const partialDate = z.string().regex(PARTIAL_DATE, 'must be a date YYYY-MM-DD, YYYY-MM or YYYY');
export const httpUrl = z
  .string()
  .url('must be a URL')
  .regex(/^https?:\/\//, 'must be an http(s) URL');
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => ({ message: `must be one of: ${values.join(', ')}` }) });
export const idList = z.string().transform((s) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);

/** Reads one field of a record with a schema; a failure is an InputError at that field's column. */
export function fieldReader(file: string, header: readonly string[], record: CsvRecord) {
  const at = (field: string, reason: string): InputError =>
    new InputError(file, record.line, header.indexOf(field) + 1, field, reason);
  const read = <T>(field: string, schema: z.ZodType<T, string>): T => {
    const result = schema.safeParse(record.values[field] ?? '');
    if (!result.success) {
      const raw = record.values[field] ?? '';
      throw at(
        field,
        `${result.error.issues[0]?.message ?? 'is invalid'} (found ${raw === '' ? 'nothing' : JSON.stringify(raw)})`,
      );
    }
    return result.data;
  };
  return { read, at };
}

/** One file of data/, with the header it must have; named relative to the working directory in errors. */
export function loadTable(dataDir: string, path: string, header: readonly string[]) {
  const file = relative(process.cwd(), join(dataDir, path)) || path;
  const full = join(dataDir, path);
  if (!existsSync(full)) throw new InputError(file, 1, 1, null, 'file not found');
  const table = readCsv(file, readFileSync(full, 'utf8'), header);
  return { file, header, records: table.records };
}
