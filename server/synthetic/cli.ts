// npm run data:synthetic -- --figures N [--db-dir DIR]   (or DATABASE_URL=… for PostgreSQL)
// Fills a SEPARATE database with fictional figures; the default directory is .data/synthetic, never
// the .data/db that `npm start` uses. Serve it with DB_DIR=.data/synthetic npm start — every page
// then shows a "synthetic data" banner.

import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { generateSynthetic } from './generate.js';
import { refreshFundingCells } from '../queries/fundingCells.js';

const { values } = parseArgs({ options: { figures: { type: 'string' }, 'db-dir': { type: 'string', default: '.data/synthetic' } } });
const config = readConfig();
const figures = Number(values.figures);
if (!values.figures || !Number.isInteger(figures)) {
  console.error('Usage: npm run data:synthetic -- --figures N [--db-dir DIR]   (or set DATABASE_URL)');
  process.exit(2);
}
if (!config.databaseUrl && values['db-dir'] === '.data/db') {
  console.error('Refusing to write synthetic data into .data/db, the database npm start serves. Choose another --db-dir.');
  process.exit(2);
}
const db = await openDatabase(config.databaseUrl ? config : { dbDir: values['db-dir'] });
const started = Date.now();
try {
  await migrate(db);
  const summary = await generateSynthetic(db, { figures, dataDir: config.dataDir });
  // The totals kept per fund and year, computed once here rather than by the first visitor.
  await refreshFundingCells(db);
  const where = config.databaseUrl ? 'the PostgreSQL database of DATABASE_URL' : values['db-dir'];
  console.log(`Synthetic data in ${where}: ${summary.figures} figures, ${summary.donors} fictional donors, ${summary.sources} fictional sources (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  console.log(config.databaseUrl ? 'Serve it with npm start (same DATABASE_URL).' : `Serve it with DB_DIR=${values['db-dir']} npm start.`);
} catch (error) {
  console.error(`Nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
