// A restore trusts nothing in its file: every row is checked before anything is written, against the
// rules the rest of the app applies to the same thing — figures against the shared figure rules and
// the edit API's field formats, sources likewise, accounts against the account rules, sessions against
// the session lifetime — and every row must have exactly the table's columns. The first problem stops
// the restore with a BackupError naming the table, the row and the field.

import { z } from 'zod';
import { SESSION_HOURS } from '../auth/sessions.js';
import { EmailSchema, ROLES } from '../auth/users.js';
import { figureRuleViolation } from '../domain/figureRules.js';
import { nameForms } from '../domain/donorNames.js';
import { FigureInputSchema } from '../contract/figures.js';
import { SourceInputSchema } from '../contract/sources.js';
import { isMoneyMetric, type EntityKind, type SourceStatus } from '../contract/vocabulary.js';
import { toDraft } from '../editing/figures.js';
import { BackupError, type BackupTable } from './format.js';

type Row = Record<string, unknown>;

/** Tables that hold accounts: restored only when asked (--with-accounts). */
export const ACCOUNT_TABLES = ['users', 'sessions'] as const;

/** Clocks of the machine that made a session and of its database may differ a little. */
const CLOCK_SKEW_MS = 5 * 60_000;

const fail = (table: string, index: number, message: string) => new BackupError(`${table}, row ${index + 1}: ${message}`);

const timestamp = (value: unknown): number | null => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : null);

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'is invalid'}`;
}

/** Every row has exactly the columns of its table in this database: none unknown, none missing. */
export function checkColumns(tables: readonly BackupTable[], columnsOf: ReadonlyMap<string, readonly string[]>): void {
  for (const table of tables) {
    const columns = columnsOf.get(table.name);
    if (!columns) throw new BackupError(`The backup has a table this database does not: ${table.name}`);
    const known = new Set(columns);
    for (const [index, row] of table.rows.entries()) {
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw fail(table.name, index, 'is not an object of columns');
      const unknown = Object.keys(row).find((column) => !known.has(column));
      if (unknown !== undefined) throw fail(table.name, index, `unknown column "${unknown}"`);
      const missing = columns.find((column) => !(column in row));
      if (missing !== undefined) throw fail(table.name, index, `missing column "${missing}"`);
    }
  }
}

/** Sources and figures by the edit API's rules; figures also by the shared figure rules; aliases as the loader makes them. */
export function checkData(rowsOf: (table: string) => readonly Row[]): void {
  const sourceStatus = new Map<string, SourceStatus>();
  for (const [index, row] of rowsOf('sources').entries()) {
    if (typeof row.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(row.id)) throw fail('sources', index, 'id: must be a lowercase slug');
    const parsed = SourceInputSchema.safeParse({ kind: row.kind, status: row.status, symbol: row.symbol, title: row.title, titleIs: row.title_is, language: row.language, date: row.date, url: row.url, copyRead: row.copy_read, note: row.note });
    if (!parsed.success) throw fail('sources', index, `source "${row.id}": ${firstIssue(parsed.error)}`);
    if (parsed.data.status === 'cited' && parsed.data.url === null && parsed.data.copyRead === null) {
      throw fail('sources', index, `source "${row.id}": url: a cited source needs its official address (url) or the copy read (copy_read)`);
    }
    sourceStatus.set(row.id, parsed.data.status);
  }
  const entityKind = new Map(rowsOf('entities').map((e) => [String(e.id), e.kind as EntityKind]));
  for (const [index, row] of rowsOf('entity_aliases').entries()) {
    // The loader stores each alias under every form it is looked up by (domain/donorNames.ts nameForms).
    if (typeof row.alias !== 'string' || typeof row.normalized !== 'string' || !nameForms(row.alias).includes(row.normalized)) {
      throw fail('entity_aliases', index, `normalized: must be a form of the alias "${String(row.alias)}" normalised, as the loader writes it`);
    }
  }
  // As the loader requires (ingest/foundingFacts.ts): founding facts cite only documents that were read.
  for (const table of ['fund_establishment', 'council_calls']) {
    for (const [index, row] of rowsOf(table).entries()) {
      if (sourceStatus.get(String(row.source_id)) !== 'cited') throw fail(table, index, `source_id: "${String(row.source_id)}" is not a cited source`);
    }
  }
  const countries = new Map<string, string[]>();
  for (const row of rowsOf('figure_countries')) countries.set(String(row.figure_id), [...(countries.get(String(row.figure_id)) ?? []), String(row.entity_id)]);
  const sources = new Map<string, Row[]>();
  for (const row of rowsOf('figure_sources')) sources.set(String(row.figure_id), [...(sources.get(String(row.figure_id)) ?? []), row]);
  const context = { entityKind: (id: string) => entityKind.get(id), sourceStatus: (id: string) => sourceStatus.get(id) };
  for (const [index, row] of rowsOf('figures').entries()) {
    const id = String(row.id);
    if (typeof row.fund_id !== 'string' || !id.startsWith(`${row.fund_id}-`)) throw fail('figures', index, `id: "${id}" must start with its fund "${String(row.fund_id)}-"`);
    const figureSources = (sources.get(id) ?? []).sort((a, b) => Number(a.position) - Number(b.position));
    const parsed = FigureInputSchema.safeParse({
      fund: row.fund_id,
      year: row.year,
      metric: row.metric,
      value: row.value,
      status: row.status,
      precision: row.precision,
      period: row.period,
      periodStart: row.period_start,
      asOf: row.as_of,
      donor: row.donor_id,
      countries: countries.get(id) ?? [],
      scope: row.scope,
      session: row.session,
      note: row.note,
      attribution: row.attribution,
      basis: row.basis,
      sources: figureSources.map((s) => ({ id: s.source_id, locator: s.locator })),
    });
    if (!parsed.success) throw fail('figures', index, `figure "${id}": ${firstIssue(parsed.error)}`);
    if (row.unit !== (isMoneyMetric(parsed.data.metric) ? 'usd_cents' : 'count')) throw fail('figures', index, `figure "${id}": unit: metric "${parsed.data.metric}" is not measured in ${String(row.unit)}`);
    const violation = figureRuleViolation(toDraft(parsed.data), context);
    if (violation) throw fail('figures', index, `figure "${id}": ${violation.field}: ${violation.message}`);
  }
}

const UserRowSchema = z.object({
  id: z.number().int().positive(),
  email: EmailSchema.refine((email) => email === email.toLowerCase(), 'must be lowercase'),
  password_hash: z.string().regex(/^scrypt\$(16384|32768|65536|131072)\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/, 'is not a password hash this app makes'),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  created_at: z.string(),
});

/**
 * Accounts: each by the account rules; sessions only of restored accounts, no longer than a session
 * lasts. Returns the sessions to restore: none unless `keepSessions` (then the unexpired ones).
 */
export function checkAccounts(users: readonly Row[], sessions: readonly Row[], now: number, keepSessions: boolean): Row[] {
  const ids = new Set<number>();
  for (const [index, row] of users.entries()) {
    const parsed = UserRowSchema.safeParse(row);
    if (!parsed.success) throw fail('users', index, firstIssue(parsed.error));
    const created = timestamp(row.created_at);
    if (created === null || created > now + CLOCK_SKEW_MS) throw fail('users', index, `created_at: "${String(row.created_at)}" is not a time before now`);
    ids.add(parsed.data.id);
  }
  const kept: Row[] = [];
  for (const [index, row] of sessions.entries()) {
    if (typeof row.token_hash !== 'string' || !/^[0-9a-f]{64}$/.test(row.token_hash)) throw fail('sessions', index, 'token_hash: is not a session token hash this app makes');
    if (!ids.has(Number(row.user_id))) throw fail('sessions', index, `user_id: ${String(row.user_id)} is not an account in the backup`);
    const created = timestamp(row.created_at);
    const expires = timestamp(row.expires_at);
    if (created === null || created > now + CLOCK_SKEW_MS) throw fail('sessions', index, `created_at: "${String(row.created_at)}" is not a time before now`);
    if (expires === null || expires - created > SESSION_HOURS * 3600_000 + CLOCK_SKEW_MS) {
      throw fail('sessions', index, `expires_at: "${String(row.expires_at)}" is more than ${SESSION_HOURS} hours after the session began (${String(row.created_at)})`);
    }
    if (keepSessions && expires > now) kept.push(row);
  }
  return kept;
}

/** Audit entries happened before the backup was made. */
export function checkAudit(entries: readonly Row[], madeAt: number): void {
  for (const [index, row] of entries.entries()) {
    const at = timestamp(row.at);
    if (at === null || at > madeAt + CLOCK_SKEW_MS) throw fail('audit_log', index, `at: "${String(row.at)}" is not a time before the backup was made`);
    if (typeof row.user_email !== 'string' || row.user_email === '') throw fail('audit_log', index, 'user_email: is required');
  }
}
