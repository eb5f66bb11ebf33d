// npm start: prepare the database (migrate, load data/ when empty), then serve the API and the SPA.

import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { prepareDatabase } from './db/prepare.js';
import { InputError } from './ingest/csv.js';

const config = readConfig();
let prepared;
try {
  prepared = await prepareDatabase(config);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`Cannot load data/: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  throw error;
}
const { db, loaded } = prepared;
if (loaded) console.log(`Loaded data/ into the ${db.kind === 'pglite' ? `embedded database (${config.dbDir})` : 'PostgreSQL database'}: ${loaded.figures} figures, ${loaded.sources} sources.`);

const app = createApp({ db, webDir: config.webDir, trustedOrigins: config.trustedOrigins, trustProxy: config.trustProxy });
const server = serve({ fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) }, (info) => {
  console.log(`Human Rights Trust Funds Dashboard on http://localhost:${info.port} (database: ${db.kind})`);
});

const shutdown = () => {
  server.close(() => void db.close().finally(() => process.exit(0)));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
