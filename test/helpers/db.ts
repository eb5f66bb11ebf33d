// A fresh, migrated database per test file: in-memory PGlite by default, or an isolated schema on
// the PostgreSQL server named by DATABASE_URL (how CI runs the database suite against a real server).

import { randomBytes } from 'node:crypto';
import { openDatabase, type Db } from '../../server/db/connection.js';
import { migrate } from '../../server/db/migrate.js';

export interface TestDb {
  db: Db;
  /** Opens another connection to the same database (PostgreSQL only; PGlite is one process). */
  reopen(): Promise<Db>;
  cleanup(): Promise<void>;
  /** PostgreSQL only: the schema this test database lives in (for child processes). */
  schema?: string;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

export async function createTestDb(options: { migrate?: boolean } = {}): Promise<TestDb> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const db = await openDatabase({ dbDir: 'memory://' });
    if (options.migrate !== false) await migrate(db);
    return {
      db,
      reopen: async () => {
        throw new Error('PGlite in memory cannot be opened twice');
      },
      cleanup: () => db.close(),
    };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  const open = () => openDatabase({ databaseUrl, searchPath: schema });
  const db = await open();
  if (options.migrate !== false) await migrate(db);
  return {
    db,
    schema,
    reopen: open,
    cleanup: async () => {
      await db.close();
      const dropper = await openDatabase({ databaseUrl });
      await dropper.exec(`DROP SCHEMA ${schema} CASCADE`);
      await dropper.close();
    },
  };
}

/** What a refused write must leave unchanged: the numbers of figures, sources and audit entries. */
export async function writtenCounts(db: Pick<TestDb['db'], 'query'>): Promise<{ figures: number; sources: number; audit: number }> {
  const count = async (table: string) => Number((await db.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  return { figures: await count('figures'), sources: await count('sources'), audit: await count('audit_log') };
}
