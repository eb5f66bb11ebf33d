// Backup and restore of everything the dashboard holds — figures, sources, entities, accounts (with
// their password hashes), sessions, the audit log — as one JSON file, the same for the embedded
// database and PostgreSQL, so a backup of one restores into the other.
//
// Rows travel through PostgreSQL's own JSON conversion (row_to_json out, json_populate_recordset in),
// so every column type (timestamps, jsonb, arrays) round-trips exactly without code per type. The
// backup reads one consistent snapshot (REPEATABLE READ); the restore is one transaction: all of it
// or nothing.

import type { Db, Queryable } from '../db/connection.js';

export const BACKUP_FORMAT = 'hrtf-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Not backed up: the migration ledger (the restoring database has its own), the data version (set on restore), sign-in throttling (transient). */
const SKIPPED_TABLES = new Set(['schema_migrations', 'data_version', 'sign_in_attempts', 'sign_in_known']);
const ROWS_PER_STATEMENT = 5000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The migrations the database had: a backup restores only into a database at the same schema. */
  migrations: number[];
  dataVersion: string;
  /** Tables in an order that satisfies their foreign keys, each with its rows as JSON objects. */
  tables: { name: string; rows: Record<string, unknown>[] }[];
}

export class BackupError extends Error {}

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
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(tx),
      dataVersion: version?.version ?? '0',
      tables,
    };
  });
}

/** Checks that a parsed file is a backup this code can restore, naming what is wrong. */
export function checkBackup(value: unknown): Backup {
  const b = value as Partial<Backup> | null;
  if (!b || typeof b !== 'object' || b.format !== BACKUP_FORMAT) throw new BackupError(`Not a dashboard backup (no "format": "${BACKUP_FORMAT}")`);
  if (b.formatVersion !== BACKUP_FORMAT_VERSION) throw new BackupError(`Backup format version ${String(b.formatVersion)} is not supported (this code reads ${BACKUP_FORMAT_VERSION})`);
  if (!Array.isArray(b.migrations) || !Array.isArray(b.tables)) throw new BackupError('The backup has no "migrations" or "tables" list');
  for (const [i, t] of b.tables.entries()) {
    if (!t || typeof t.name !== 'string' || !Array.isArray(t.rows)) throw new BackupError(`tables[${i}]: needs a "name" and a "rows" list`);
  }
  return b as Backup;
}

/**
 * Writes a backup into a database migrated to the same schema, in one transaction. Refuses a database
 * that already holds data unless `replace`, which empties it first (in the same transaction).
 * Returns the number of rows restored per table.
 */
export async function restoreBackup(db: Db, backup: Backup, options: { replace?: boolean } = {}): Promise<Record<string, number>> {
  const restored: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const migrations = await appliedMigrations(tx);
    if (migrations.join(',') !== backup.migrations.join(',')) {
      throw new BackupError(`The backup was made at migrations [${backup.migrations.join(', ')}] but this database is at [${migrations.join(', ')}]: restore it with the code version that made it`);
    }
    const tables = await tablesInDependencyOrder(tx);
    const unknown = backup.tables.map((t) => t.name).filter((name) => !tables.includes(name));
    if (unknown.length) throw new BackupError(`The backup has tables this database does not: ${unknown.join(', ')}`);
    const counts = await Promise.all(tables.map(async (t) => Number((await tx.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdent(t)}`))[0]?.n ?? 0)));
    if (counts.some((n) => n > 0)) {
      if (!options.replace) throw new BackupError('The database already holds data; restore into an empty database, or pass --replace to discard what it holds');
      await tx.exec(`TRUNCATE ${tables.map(quoteIdent).join(', ')} RESTART IDENTITY CASCADE`);
      await tx.exec('DELETE FROM sign_in_attempts; DELETE FROM sign_in_known');
    }
    for (const table of backup.tables) {
      for (let i = 0; i < table.rows.length; i += ROWS_PER_STATEMENT) {
        const chunk = table.rows.slice(i, i + ROWS_PER_STATEMENT);
        await tx.query(`INSERT INTO ${quoteIdent(table.name)} SELECT * FROM json_populate_recordset(null::${quoteIdent(table.name)}, $1::json)`, [JSON.stringify(chunk)]);
      }
      restored[table.name] = table.rows.length;
    }
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
  });
  return restored;
}
