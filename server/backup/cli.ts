// npm run db:backup -- --out FILE             the whole database as one JSON file (DB_DIR or DATABASE_URL)
// npm run db:restore -- --in FILE [--replace] into an empty database (or, with --replace, instead of what it holds)
//
// The embedded database belongs to one process: stop the server before backing it up or restoring
// into it. On PostgreSQL, a backup can run while servers run (it reads one consistent snapshot).

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { BackupError, checkBackup, createBackup, restoreBackup } from './backup.js';

const option = (args: string[], name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

async function main(command: string | undefined, args: string[]): Promise<number> {
  const config = readConfig();
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database at ${config.dbDir}`;
  if (command === 'backup') {
    const out = option(args, '--out');
    if (!out) return usage();
    const db = await openDatabase(config);
    try {
      const backup = await createBackup(db);
      // Written beside, then renamed: a crash never leaves half a backup under the file's name.
      writeFileSync(`${out}.partial`, JSON.stringify(backup));
      renameSync(`${out}.partial`, out);
      const rows = backup.tables.reduce((n, t) => n + t.rows.length, 0);
      console.log(`Backed up ${where} to ${out}: ${backup.tables.length} tables, ${rows} rows (${backup.tables.map((t) => `${t.name} ${t.rows.length}`).join(', ')}).`);
      return 0;
    } finally {
      await db.close();
    }
  }
  if (command === 'restore') {
    const file = option(args, '--in');
    if (!file) return usage();
    let backup;
    try {
      backup = checkBackup(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}\nNothing was written.`);
      return 1;
    }
    const db = await openDatabase(config);
    try {
      await migrate(db);
      const restored = await restoreBackup(db, backup, { replace: args.includes('--replace') });
      console.log(`Restored ${file} (made ${backup.createdAt}) into ${where}: ${Object.entries(restored).map(([t, n]) => `${t} ${n}`).join(', ')}.`);
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      console.error(`${error.message}\nNothing was written.`);
      return 1;
    } finally {
      await db.close();
    }
  }
  return usage();
}

function usage(): number {
  console.error('Usage: npm run db:backup -- --out FILE | npm run db:restore -- --in FILE [--replace]');
  return 2;
}

process.exitCode = await main(process.argv[2], process.argv.slice(3));
