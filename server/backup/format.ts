// The backup file: what it holds, its checksum, and the checks a file must pass before a restore
// looks at its rows.
//
// The checksum is SHA-256 over the canonical JSON of everything but the checksum itself (keys sorted),
// so re-indenting the file keeps it valid and changing any value does not. It detects a file that was
// changed after it was made, by accident or by hand; it is not a signature (whoever can rewrite the
// file can recompute it), which is why backups are written readable by their owner only, and why the
// restore's audit entry records the checksum, to compare with the one printed when the backup was made.

import { createHash } from 'node:crypto';

export const BACKUP_FORMAT = 'hrtf-backup';
export const BACKUP_FORMAT_VERSION = 2;

export interface BackupTable {
  name: string;
  rows: Record<string, unknown>[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The schema the rows fit: the last migration applied. */
  schemaVersion: number;
  /** Every migration the database had: a backup restores only into a database at the same schema. */
  migrations: number[];
  dataVersion: string;
  /** Tables in an order that satisfies their foreign keys, each with its rows as JSON objects. */
  tables: BackupTable[];
  /** "sha256:<hex>" of the rest (see above). */
  checksum: string;
}

export class BackupError extends Error {}

/** JSON with every object's keys sorted, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
    .join(',')}}`;
}

export function checksumOf(backup: Omit<Backup, 'checksum'> & { checksum?: unknown }): string {
  const { checksum: _ignored, ...content } = backup;
  return `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
}

/** Checks that a parsed file is a backup this code can restore and that it is as it was made, naming what is wrong. */
export function checkBackup(value: unknown): Backup {
  const b = value as Partial<Backup> | null;
  if (!b || typeof b !== 'object' || b.format !== BACKUP_FORMAT) throw new BackupError(`Not a dashboard backup (no "format": "${BACKUP_FORMAT}")`);
  if (b.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`Backup format version ${String(b.formatVersion)} is not supported (this code reads ${BACKUP_FORMAT_VERSION}; version 1 files have no checksum: restore them with the code version that made them)`);
  }
  if (typeof b.checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(b.checksum)) throw new BackupError('The backup has no checksum ("checksum": "sha256:…")');
  const computed = checksumOf(b as Backup);
  if (computed !== b.checksum) throw new BackupError(`The checksum does not match: the file was changed after it was made (it says ${b.checksum}, its content gives ${computed})`);
  if (!Array.isArray(b.migrations) || !b.migrations.every((m) => Number.isInteger(m)) || !Array.isArray(b.tables)) throw new BackupError('The backup has no "migrations" or "tables" list');
  if (b.schemaVersion !== b.migrations.at(-1)) throw new BackupError(`The backup's schema version (${String(b.schemaVersion)}) is not its last migration (${String(b.migrations.at(-1))})`);
  if (typeof b.createdAt !== 'string' || Number.isNaN(Date.parse(b.createdAt))) throw new BackupError('The backup has no valid "createdAt" time');
  for (const [i, t] of b.tables.entries()) {
    if (!t || typeof t.name !== 'string' || !Array.isArray(t.rows)) throw new BackupError(`tables[${i}]: needs a "name" and a "rows" list`);
  }
  const names = b.tables.map((t) => t.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new BackupError(`The backup lists the table ${twice} twice`);
  return b as Backup;
}
