// npm run db:backup -- --out FILE      the whole database as one JSON file (DB_DIR or DATABASE_URL), readable by its owner only
// npm run db:restore -- --in FILE [--replace] [--with-accounts [--keep-sessions]]
//   into an empty database (or, with --replace, instead of what it holds). Every row is checked first;
//   accounts are restored only with --with-accounts, sessions only with --keep-sessions; the restore
//   is recorded in the audit log.
//
// The embedded database belongs to one process: stop the server before backing it up or restoring
// into it. On PostgreSQL, a backup can run while servers run (it reads one consistent snapshot).

import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { COMMAND_LINE } from '../audit.js';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { BackupError, checkBackup, createBackup, restoreBackup } from './backup.js';

const USAGE = 'Usage: npm run db:backup -- --out FILE | npm run db:restore -- --in FILE [--replace] [--with-accounts [--keep-sessions]]';

/** Who ran the command, for the audit log: the command line, and the system account that ran it. */
function commandLineActor() {
  let who = 'unknown';
  try {
    who = `${userInfo().username}@${hostname()}`;
  } catch {
    // no user name on this system: the audit entry still says it came from the command line
  }
  return { ...COMMAND_LINE, email: `${COMMAND_LINE.email} (${who})` };
}

async function main(command: string | undefined, args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { out: { type: 'string' }, in: { type: 'string' }, replace: { type: 'boolean' }, 'with-accounts': { type: 'boolean' }, 'keep-sessions': { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = readConfig();
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database at ${config.dbDir}`;
  if (command === 'backup' && values.out) {
    const out = values.out;
    const db = await openDatabase(config);
    try {
      const backup = await createBackup(db);
      // Written beside, then renamed: a crash never leaves half a backup under the file's name. It holds
      // password hashes: readable by its owner only, whatever the umask or a leftover partial file.
      rmSync(`${out}.partial`, { force: true });
      writeFileSync(`${out}.partial`, JSON.stringify(backup), { mode: 0o600 });
      chmodSync(`${out}.partial`, 0o600);
      renameSync(`${out}.partial`, out);
      const rows = backup.tables.reduce((n, t) => n + t.rows.length, 0);
      console.log(`Backed up ${where} to ${out}: ${backup.tables.length} tables, ${rows} rows (${backup.tables.map((t) => `${t.name} ${t.rows.length}`).join(', ')}).`);
      console.log(`Checksum ${backup.checksum} — keep it apart from the file: a restore records the checksum it restored.`);
      return 0;
    } finally {
      await db.close();
    }
  }
  if (command === 'restore' && values.in) {
    const file = values.in;
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
      const { restored, leftOut } = await restoreBackup(db, backup, {
        replace: values.replace ?? false,
        withAccounts: values['with-accounts'] ?? false,
        keepSessions: values['keep-sessions'] ?? false,
        actor: commandLineActor(),
        file,
      });
      console.log(`Restored ${file} (made ${backup.createdAt}, ${backup.checksum}) into ${where}: ${Object.entries(restored).map(([t, n]) => `${t} ${n}`).join(', ')}.`);
      for (const { table, rows, why } of leftOut) console.log(`Not restored: ${table} ${rows} (${why}).`);
      console.log('The restore is recorded in the audit log.');
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      console.error(`${file}: ${error.message}\nNothing was written.`);
      return 1;
    } finally {
      await db.close();
    }
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv[2], process.argv.slice(3));
