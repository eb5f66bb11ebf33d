// Child process for kill-import.test.ts: commits an import, and after the first figure is written
// inside the import's transaction says "WROTE" and waits there, so the parent can kill it mid-import.
// Database: DATABASE_URL (+ SEARCH_PATH) or DB_DIR, as the parent says.

import { openDatabase, type Db, type Queryable } from '../../server/db/connection.js';
import { runImport } from '../../server/ingest/importTable.js';

const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dbDir: process.env.DB_DIR, searchPath: process.env.SEARCH_PATH });

const pausing = (tx: Queryable): Queryable => ({
  ...tx,
  async query(sql, params) {
    const rows = await tx.query(sql, params);
    if (/^\s*INSERT INTO figures\b/i.test(sql)) {
      process.stdout.write('WROTE\n');
      await new Promise(() => {}); // killed here
    }
    return rows as never;
  },
});
const killable: Db = { ...db, transaction: (fn) => db.transaction((tx) => fn(pausing(tx))) };

await runImport(
  killable,
  { id: null, email: 'import-child@example.org' },
  {
    fund: 'vftc',
    year: 2024,
    metric: 'contributions',
    status: 'received',
    asOf: null,
    period: 'calendar_year',
    precision: 'exact',
    source: { kind: 'official_report', title: 'Import killed half-way', symbol: null, locator: null, url: 'https://example.org/killed-import', date: null },
    format: 'text',
    content: 'Norway 1,000\nSweden 2,000\nFinland 3,000',
  },
  { commit: true },
);
process.stdout.write('COMMITTED\n'); // never reached while the parent kills it
