// npm run db:load [-- --replace]   validate data/ and write it to the database (DB_DIR or DATABASE_URL)
// npm run data:check               validate data/ only; writes nothing

import { readConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { applyDataset } from './apply.js';
import { InputError } from './csv.js';
import { readDataset } from './dataset.js';

async function main(args: string[]): Promise<number> {
  const config = readConfig();
  const checkOnly = args.includes('--check');
  let dataset;
  try {
    dataset = readDataset(config.dataDir);
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      console.error('Nothing was written.');
      return 1;
    }
    throw error;
  }
  const counts = `${dataset.figures.length} figures, ${dataset.sources.length} sources, ${dataset.conflicts.length} conflicts, ${dataset.backlog.length} backlog entries`;
  if (checkOnly) {
    console.log(`data/ is valid: ${counts}.`);
    return 0;
  }
  const db = await openDatabase(config);
  try {
    await migrate(db);
    await applyDataset(db, dataset, { replace: args.includes('--replace') });
    console.log(`Loaded ${counts} into ${db.kind === 'postgres' ? 'PostgreSQL' : `the embedded database at ${config.dbDir}`}.`);
    return 0;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nNothing was written.`);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
