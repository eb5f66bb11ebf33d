// Importing tables from the real UN documents in ../shared/un-documents (never committed): runs only
// where that folder exists (CI has it).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../server/contract/schemas.js';
import { createLoadedApp } from '../helpers/app.js';
import { send, signInAs } from '../helpers/auth.js';
import type { TestDb } from '../helpers/db.js';

const DIR = join(process.cwd(), '..', 'shared', 'un-documents');
const present = existsSync(join(DIR, 'A_80_11.en.pdf')) && existsSync(join(DIR, 'E_ICEF_672_PartII.fr.pdf'));
const pdf = (name: string) => readFileSync(join(DIR, name)).toString('base64');

describe.skipIf(!present)('importing tables of real UN documents (../shared/un-documents)', () => {
  let testDb: TestDb;
  let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
  let editor: string;

  beforeAll(async () => {
    ({ testDb, app } = await createLoadedApp());
    editor = await signInAs(app, testDb.db, 'editor', 'real-pdf-importer@example.org');
  });
  afterAll(async () => testDb?.cleanup());

  const post = async (body: unknown, commit = false) => {
    const res = await send(app, 'POST', `/api/imports${commit ? '?commit=true' : ''}`, { cookie: editor, body });
    return { status: res.status, body: (await res.json()) as any };
  };
  const request = (overrides: Record<string, unknown>) => ({
    fund: 'vftc',
    year: 2025,
    metric: 'contributions',
    status: 'pledged',
    asOf: '2025-06-15',
    format: 'pdf',
    nameColumn: 0,
    ...overrides,
  });

  it('A/80/11 table 8: States in their UN names, exact dollars, "–" as none, committed citing page 31 of A/80/11', async () => {
    const body = request({ content: pdf('A_80_11.en.pdf'), table: 'p31-t1', amountColumn: 4 });
    const preview = await post(body);
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.rows.map((r: any) => [r.page, r.donorName, r.donor?.iso3, r.valueCents])).toEqual([
      [31, 'Afghanistan', 'AFG', 109_778_700],
      [31, 'Bolivia (Plurinational State of)', 'BOL', 313_865_700],
      [31, 'Sao Tome and Principe', 'STP', 90_005_400],
    ]);
    const paid = await post({ ...body, amountColumn: 3 });
    expect(paid.body.rows.map((r: any) => r.valueCents)).toEqual([null, null, 118_602_300]);

    const committed = await post(body, true);
    expect(committed.body).toMatchObject({ committed: true, created: 3 });
    const figures = (await (await app.request('/api/figures?fund=vftc&limit=500')).json()).figures as Figure[];
    const cited = figures.filter((f) => f.sources.some((s) => s.symbol === 'A/80/11'));
    expect(cited.map((f) => f.donor?.iso3).sort()).toEqual(['AFG', 'BOL', 'STP']);
    expect(cited[0]!.sources[0]).toMatchObject({ url: 'https://undocs.org/en/A/80/11', title: 'Report of the Committee on Contributions' });
    expect(cited[0]!.sources[0]!.locator).toMatch(/^page 31, Table 8 Requests for exemption under Article 19 of the Charter/);
  });

  it('E/ICEF/672 (Part II), a French scan: each "number" with letters is an error naming page, row and column, never a number', async () => {
    const { status, body } = await post(request({ content: pdf('E_ICEF_672_PartII.fr.pdf'), table: 'p39-t1', amountColumn: 2, year: 1980 }));
    expect(status).toBe(200);
    expect(body.errors).toContainEqual({
      line: 13,
      column: 3,
      page: 39,
      message: expect.stringMatching(/^page 39, row 13, column 3 .*"13 60O" holds letters where digits should be/),
    });
    const misread = body.rows.find((r: any) => r.line === 13);
    expect(misread.valueCents).toBeNull();
    expect(body.committed).toBe(false);
  });
});
