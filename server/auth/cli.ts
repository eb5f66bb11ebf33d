// npm run user:add -- --email E --password P --role viewer|editor|admin
// Creates an account on the configured database (DB_DIR or DATABASE_URL); recorded in the audit log.

import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { COMMAND_LINE } from '../audit.js';
import { readConfig } from '../config.js';
import { prepareDatabase } from '../db/prepare.js';
import { loadDataDirWhenEmpty } from '../ingest/apply.js';
import { createUser, ROLES, UserExistsError, type Role } from './users.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string', default: 'editor' } } });
  if (!values.email || !values.password) {
    console.error('usage: npm run user:add -- --email E --password P --role viewer|editor|admin');
    return 2;
  }
  if (!(ROLES as readonly string[]).includes(values.role ?? '')) {
    console.error(`--role must be one of: ${ROLES.join(', ')}`);
    return 2;
  }
  const config = readConfig();
  const { db } = await prepareDatabase(config, loadDataDirWhenEmpty(config.dataDir));
  try {
    const user = await db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: values.email!, password: values.password!, role: values.role as Role }));
    console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
    return 0;
  } catch (error) {
    if (error instanceof ZodError) console.error(`Not created: ${error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`);
    else if (error instanceof UserExistsError) console.error(`Not created: ${error.message}`);
    else throw error;
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
