// Backup and restore of everything the dashboard holds — figures, sources, entities, accounts (with
// their password hashes), sessions, the audit log — as one JSON file, the same for the embedded
// database and PostgreSQL, so a backup of one restores into the other.
//
// Rows travel through PostgreSQL's own JSON conversion (row_to_json out, json_populate_recordset in),
// so every column type (timestamps, jsonb, arrays) round-trips exactly without code per type. The
// backup reads one consistent snapshot (REPEATABLE READ); the restore is one transaction: all of it
// or nothing. What a restore checks and refuses: format.ts (the file) and validate.ts (its rows).

import { recordAudit, COMMAND_LINE, type Actor } from '../audit.js';
import type { Db, Queryable } from '../db/connection.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, checksumOf, type Backup } from './format.js';
import { ACCOUNT_TABLES, checkAccounts, checkAudit, checkColumns, checkData } from './validate.js';

/**
 * Not backed up: the migration ledger (the restoring database has its own), the data version (set on
 * restore), sign-in throttling (transient), the funding totals kept per fund and year (derived: the
 * restore's own writes make them be recomputed).
 */
const SKIPPED_TABLES = new Set(['schema_migrations', 'data_version', 'sign_in_attempts', 'sign_in_known', 'funding_cells', 'funding_cell_versions']);
const ROWS_PER_STATEMENT = 5000;

export { BackupError, checkBackup, type Backup } from './format.js';

/** Every table of the current schema, parents before children (foreign keys), skipped ones left out. */
async function tablesInDependencyOrder(db: Queryable): Promise<string[]> {
  const tables = (await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`))
    .map((t) => t.name)
    .filter((name) => !SKIPPED_TABLES.has(name));
  const edges = await db.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return; // a self-reference is satisfied within one statement
    visiting.add(table);
    for (const e of edges) if (e.child === table && e.parent !== table && tables.includes(e.parent)) visit(e.parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

const quoteIdent = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new BackupError(`Unexpected table name "${name}"`);
  return `"${name}"`;
};

const appliedMigrations = async (db: Queryable) =>
  (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));

/** Reads the whole database as one consistent snapshot. */
export async function createBackup(db: Db): Promise<Backup> {
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables = [];
    for (const name of await tablesInDependencyOrder(tx)) {
      // Ordered by every column, so the same data always gives the same file.
      const rows = await tx.query<{ row: Record<string, unknown> }>(`SELECT row_to_json(t) AS row FROM ${quoteIdent(name)} t ORDER BY t::text`);
      tables.push({ name, rows: rows.map((r) => (typeof r.row === 'string' ? (JSON.parse(r.row) as Record<string, unknown>) : r.row)) });
    }
    const [version] = await tx.query<{ version: string }>('SELECT version::text AS version FROM data_version');
    const migrations = await appliedMigrations(tx);
    const content = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      schemaVersion: migrations.at(-1) ?? 0,
      migrations,
      dataVersion: version?.version ?? '0',
      tables,
    } as const;
    return { ...content, checksum: checksumOf(content) };
  });
}

export interface RestoreOptions {
  /** Empty the database first (in the same transaction) instead of refusing one that holds data. */
  replace?: boolean;
  /** Restore the accounts (users, with their password hashes): only when the file is trusted. */
  withAccounts?: boolean;
  /** With accounts: keep the sessions too (unexpired ones), instead of signing everyone out. */
  keepSessions?: boolean;
  /** Who restores, for the audit entry (the command line by default). */
  actor?: Actor;
  /** The file restored from, for the audit entry. */
  file?: string;
}

export interface RestoreSummary {
  /** Rows written per table (audit_log: entries appended). */
  restored: Record<string, number>;
  /** Rows of the backup not restored, per table, and why. */
  leftOut: { table: string; rows: number; why: string }[];
}

const ACCOUNT_TABLE_SET = new Set<string>(ACCOUNT_TABLES);

/**
 * Writes a backup into a database migrated to the same schema, in one transaction, after checking every
 * row (validate.ts). Refuses a database that already holds data unless `replace`. Accounts are restored
 * only `withAccounts`, sessions only `keepSessions`; the backup's audit entries are appended to the
 * database's own (never replacing them), followed by one entry for the restore itself.
 */
export async function restoreBackup(db: Db, backup: Backup, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const { replace = false, withAccounts = false, keepSessions = false } = options;
  if (keepSessions && !withAccounts) throw new BackupError('Sessions can be kept only when the accounts are restored (--with-accounts)');
  const restored: Record<string, number> = {};
  const leftOut: RestoreSummary['leftOut'] = [];
  const rowsOf = (name: string) => backup.tables.find((t) => t.name === name)?.rows ?? [];
  await db.transaction(async (tx) => {
    const migrations = await appliedMigrations(tx);
    if (migrations.join(',') !== backup.migrations.join(',')) {
      throw new BackupError(`The backup was made at migrations [${backup.migrations.join(', ')}] (schema version ${backup.schemaVersion}) but this database is at [${migrations.join(', ')}]: restore it with the code version that made it`);
    }
    const tables = await tablesInDependencyOrder(tx);
    const columns = await tx.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
    );
    const columnsOf = new Map(tables.map((t) => [t, columns.filter((c) => c.table_name === t).map((c) => c.column_name)]));
    checkColumns(backup.tables, columnsOf);
    checkData(rowsOf);
    checkAudit(rowsOf('audit_log'), Date.parse(backup.createdAt));
    const [clock] = await tx.query<{ now: Date | string }>('SELECT now() AS now');
    const sessions = withAccounts ? checkAccounts(rowsOf('users'), rowsOf('sessions'), new Date(clock?.now ?? Date.now()).getTime(), keepSessions) : [];
    if (!withAccounts && rowsOf('users').length > 0) leftOut.push({ table: 'users', rows: rowsOf('users').length, why: 'accounts are restored only with --with-accounts' });
    if (rowsOf('sessions').length > sessions.length) {
      leftOut.push({ table: 'sessions', rows: rowsOf('sessions').length - sessions.length, why: keepSessions ? 'expired' : 'everyone signs in again (--keep-sessions to keep them)' });
    }

    // What is replaced: the data, and the accounts when they are restored. The audit log never is.
    const replaced = tables.filter((t) => t !== 'audit_log' && (withAccounts || !ACCOUNT_TABLE_SET.has(t)));
    const counts = await Promise.all(replaced.map(async (t) => Number((await tx.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdent(t)}`))[0]?.n ?? 0)));
    const held = Object.fromEntries(replaced.map((t, i) => [t, counts[i] ?? 0]).filter(([, n]) => Number(n) > 0));
    if (Object.keys(held).length > 0) {
      if (!replace) throw new BackupError(`The database already holds data (${Object.entries(held).map(([t, n]) => `${t} ${n}`).join(', ')}); restore into an empty database, or pass --replace to discard what it holds`);
      const data = replaced.filter((t) => !ACCOUNT_TABLE_SET.has(t));
      await tx.exec(`TRUNCATE ${data.map(quoteIdent).join(', ')}`);
      // Deleted, not truncated: the audit log keeps its entries, their user id set to null.
      if (withAccounts) await tx.exec('DELETE FROM sessions; DELETE FROM users');
      await tx.exec('DELETE FROM sign_in_attempts; DELETE FROM sign_in_known');
    }

    const write = async (table: string, rows: readonly Record<string, unknown>[], sql: string) => {
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        try {
          await tx.query(sql, [JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT))]);
        } catch (error) {
          throw new BackupError(`${table}: the rows could not be written: ${(error as Error).message}`);
        }
      }
      restored[table] = rows.length;
    };
    for (const table of tables) {
      if (table === 'audit_log') continue;
      if (table === 'users' && !withAccounts) continue;
      const rows = table === 'sessions' ? sessions : rowsOf(table);
      if (table === 'sessions' && !withAccounts) continue;
      await write(table, rows, `INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_recordset(null::${quoteIdent(table)}, $1::json)`);
    }
    // Appended after the database's own entries, in their order, with new ids; without the accounts, not linked to any.
    const auditColumns = (columnsOf.get('audit_log') ?? []).filter((c) => c !== 'id');
    const entries = withAccounts ? rowsOf('audit_log') : rowsOf('audit_log').map((entry) => ({ ...entry, user_id: null }));
    await write('audit_log', entries, `INSERT INTO audit_log (${auditColumns.map(quoteIdent).join(', ')}) SELECT ${auditColumns.map(quoteIdent).join(', ')} FROM json_populate_recordset(null::audit_log, $1::json) ORDER BY id`);

    // Serial ids continue after the restored ones.
    const serials = await tx.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
    );
    for (const s of serials) {
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoteIdent(s.column_name)}) FROM ${quoteIdent(s.table_name)}), 0) + 1, false)`,
        [s.table_name, s.column_name],
      );
    }
    // A data version no client can hold an ETag for: above the backup's, this database's, and any
    // earlier count (milliseconds since 1970), so no cached answer from before can be taken for current.
    await tx.query(`UPDATE data_version SET version = greatest(version + 1, $1::bigint + 1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)`, [backup.dataVersion]);
    await recordAudit(tx, options.actor ?? COMMAND_LINE, {
      action: 'restore',
      entity: 'backup',
      entityId: backup.checksum,
      before: Object.keys(held).length > 0 ? { replaced: held } : null,
      after: { file: options.file ?? null, checksum: backup.checksum, createdAt: backup.createdAt, schemaVersion: backup.schemaVersion, restored, leftOut, withAccounts, keepSessions },
    });
  });
  return { restored, leftOut };
}
