// The linter keeps the layers apart (eslint.config.js): the web imports from the server only the API
// contract (zod schemas as types only) and the type of the app; only server/config.ts reads the
// environment. These probes check that the rules still catch what they are there to catch.

import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The rules broken by `code` placed at `file` (a path in the repository; the file need not exist). */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const IMPORT_RULE = '@typescript-eslint/no-restricted-imports';

describe('web → server imports', () => {
  const web = (code: string) => broken('web/pages/Probe.ts', `${code}\nexport const probe = [];\n`);

  it('refuses server internals', async () => {
    expect(
      await web(`import { listFigures } from '../../server/queries/figures.js';\nvoid listFigures;`),
    ).toEqual([IMPORT_RULE]);
    expect(
      await web(
        `import type { FigureFacts } from '../../server/domain/funding.js';\nexport type F = FigureFacts;`,
      ),
    ).toEqual([IMPORT_RULE]);
  });

  it('allows the contract’s plain values, and its schemas and the app as types only', async () => {
    expect(
      await web(`import { FUND_IDS } from '../../server/contract/vocabulary.js';\nvoid FUND_IDS;`),
    ).toEqual([]);
    expect(
      await web(`import type { Figure } from '../../server/contract/schemas.js';\nexport type F = Figure;`),
    ).toEqual([]);
    expect(
      await web(`import type { AppType } from '../../server/app.js';\nexport type A = AppType;`),
    ).toEqual([]);
    expect(
      await web(`import { FigureSchema } from '../../server/contract/schemas.js';\nvoid FigureSchema;`),
    ).toEqual([IMPORT_RULE]);
    expect(await web(`import { createApp } from '../../server/app.js';\nvoid createApp;`)).toEqual([
      IMPORT_RULE,
    ]);
  });
});

describe('the server’s layers', () => {
  it('keep the contract free of the rest of the server, and the domain and db/ free of what is above them', async () => {
    const probe = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;
    expect(await broken('server/contract/probe.ts', probe('../db/connection.js'))).toEqual([IMPORT_RULE]);
    expect(await broken('server/contract/probe.ts', probe('./vocabulary.js'))).toEqual([]);
    expect(await broken('server/domain/probe.ts', probe('../queries/figures.js'))).toEqual([IMPORT_RULE]);
    expect(await broken('server/domain/probe.ts', probe('../contract/schemas.js'))).toEqual([]);
    expect(await broken('server/db/probe.ts', probe('../ingest/apply.js'))).toEqual([IMPORT_RULE]);
    expect(await broken('server/queries/probe.ts', probe('../routes/router.js'))).toEqual([IMPORT_RULE]);
    expect(await broken('server/routes/probe.ts', probe('../queries/figures.js'))).toEqual([]);
    // At any depth: a module in a folder of the domain may import the domain and the contract.
    expect(await broken('server/domain/statements/probe.ts', probe('../funding.js'))).toEqual([]);
    expect(await broken('server/domain/statements/probe.ts', probe('../../contract/schemas.js'))).toEqual([]);
    expect(await broken('server/domain/statements/probe.ts', probe('../../db/connection.js'))).toEqual([
      IMPORT_RULE,
    ]);
  });
});

describe('the environment', () => {
  const code = 'export const port = process.env.PORT;\n';

  it('is read in server/config.ts and nowhere else in the server', async () => {
    expect(await broken('server/config.ts', code)).toEqual([]);
    expect(await broken('server/db/probe.ts', code)).toEqual(['no-restricted-properties']);
    expect(await broken('web/probe.ts', code)).toEqual(['no-restricted-properties']);
  });
});
