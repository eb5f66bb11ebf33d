// npm start: prepare the database (migrate, load data/ when empty), then serve the API and the SPA.

import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { prepareDatabase } from './db/prepare.js';
import { loadDataDirWhenEmpty } from './ingest/apply.js';
import { InputError } from './ingest/csv.js';
import { refreshFundingCells } from './queries/fundingCells.js';

const config = readConfig();
let prepared;
try {
  prepared = await prepareDatabase(config, loadDataDirWhenEmpty(config.dataDir));
} catch (error) {
  if (error instanceof InputError) {
    console.error(`Cannot load data/: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  throw error;
}
const { db, loaded } = prepared;
if (loaded) console.log(`Loaded data/ into the ${db.kind === 'pglite' ? `embedded database (${config.dbDir})` : 'PostgreSQL database'}: ${loaded.figures} figures, ${loaded.sources} sources.`);
// Totals kept per fund and year: computed now for whatever was written while no server ran (a first
// load, a restore, synthetic data), so that no visitor waits for them. Nothing to do when they are current.
await refreshFundingCells(db);
// The embedded database runs no autovacuum: without statistics its planner takes a table of a million
// figures for a few rows. Gathered at each start (a second at a million figures; PostgreSQL does its own).
if (db.kind === 'pglite') await db.exec('ANALYZE');

const app = createApp({ db, webDir: config.webDir, trustedOrigins: config.trustedOrigins, trustProxy: config.trustProxy });
const server = serve({ fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) }, (info) => {
  console.log(`Human Rights Trust Funds Dashboard on http://localhost:${info.port} (database: ${db.kind})`);
});

// SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish, close the database,
// exit. A request that never ends cannot hold the process: after SHUTDOWN_GRACE_MS (10 s) it exits anyway.
let stopping = false;
const shutdown = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the requests in flight, then stopping`);
  setTimeout(() => {
    console.error('Requests still in flight after the grace period; stopping anyway.');
    process.exit(1);
  }, config.shutdownGraceMs).unref();
  server.close(() => void db.close().finally(() => process.exit(0)));
  // Idle keep-alive connections would otherwise hold close() open; busy ones close after their answer.
  if ('closeIdleConnections' in server) server.closeIdleConnections();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
