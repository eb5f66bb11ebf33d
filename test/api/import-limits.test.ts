// The hostile uploads of issue 14, through the API: each is answered (a 4xx, or a preview naming
// the row), other requests are answered while a large file is parsed, and nothing is written.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRequest } from '../../server/contract/imports.js';
import { HEADERS } from '../../server/ingest/dataset.js';
import { parseInWorker, parsesInFlight } from '../../server/ingest/parseInWorker.js';
import { createLoadedApp } from '../helpers/app.js';
import { send, signInAs } from '../helpers/auth.js';
import type { TestDb } from '../helpers/db.js';
import { figureCsvLine, figuresCsv, inflatingXlsx } from '../helpers/hostileFiles.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let editor: string;
let states: string[];

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  editor = await signInAs(app, testDb.db, 'editor', 'limits@example.org');
  states = (await testDb.db.query<{ id: string }>(`SELECT id FROM entities WHERE kind = 'state' ORDER BY id`)).map((r) => r.id);
});
afterAll(async () => testDb.cleanup());

const snapshot = async () =>
  (await testDb.db.query<Record<string, string>>(`SELECT (SELECT count(*) FROM figures)::text AS figures, (SELECT count(*) FROM sources)::text AS sources, (SELECT count(*) FROM audit_log)::text AS audit`))[0];

const request = (format: ImportRequest['format'], content: string): ImportRequest => ({
  fund: 'ldc-sids',
  year: 2021,
  metric: 'contributions',
  status: 'received',
  asOf: null,
  period: 'calendar_year',
  precision: 'exact',
  source: { kind: 'official_report', title: 'Limits test report', symbol: 'A/HRC/00/LIMITS', locator: null, url: 'https://example.org/limits', date: null },
  format,
  content,
});

const post = async (body: ImportRequest, commit = false) => {
  const res = await send(app, 'POST', `/api/imports${commit ? '?commit=true' : ''}`, { cookie: editor, body });
  return { status: res.status, body: (await res.json()) as any };
};

const years = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const column = (name: (typeof HEADERS.figures)[number]) => HEADERS.figures.indexOf(name) + 1;

describe('hostile files', () => {
  it('answers an XLSX whose one cell sits on row 1,048,576 with the row, and a commit of it with a 422', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('figures').addRow([...HEADERS.figures]);
    workbook.getWorksheet('figures')!.getCell('A1048576').value = 'x';
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const before = await snapshot();
    const preview = await post(request('xlsx', base64));
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([{ line: 1_048_576, column: 1, message: expect.stringMatching(/row 1,048,576; at most 10,000 rows/) }]);
    expect((await post(request('xlsx', base64), true)).status).toBe(422);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an XLSX that inflates to hundreds of MB with a 413 naming the limit', async () => {
    const bomb = inflatingXlsx(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await post(request('xlsx', Buffer.from(bomb).toString('base64')));
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'import_too_large', message: expect.stringMatching(/at most 64 MB/) });
  });

  it('previews a 0.78 MB CSV of 9,000 rows, every row read', async () => {
    const csv = figuresCsv(states.slice(0, 193), years(1981, 48), 55);
    expect(csv.length).toBeGreaterThan(0.75 * 1024 * 1024);
    const preview = await post(request('csv', csv));
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.rows).toHaveLength(csv.split('\n').length - 1);
  });

  it('answers other requests while a 10 MB file is being parsed', async () => {
    const csv = figuresCsv(states.slice(0, 193), years(1981, 51), 990);
    expect(csv.length).toBeGreaterThan(9.5 * 1024 * 1024);
    let importAnswered = false;
    const importing = post(request('csv', csv)).then((res) => {
      importAnswered = true;
      return res;
    });
    // Wait (without a clock) until the file is in the parse worker, then ask for other things.
    while (parsesInFlight() === 0 && !importAnswered) await new Promise((resolve) => setImmediate(resolve));
    const others = await Promise.all(
      ['/api/health', '/api/funds'].map(async (path) => {
        const res = await app.request(path);
        return { path, status: res.status, parsing: parsesInFlight(), importAnswered };
      }),
    );
    expect(others).toEqual([
      { path: '/api/health', status: 200, parsing: 1, importAnswered: false },
      { path: '/api/funds', status: 200, parsing: 1, importAnswered: false },
    ]);
    const done = await importing;
    expect(done.status).toBe(200);
    expect(done.body.errors).toEqual([]);
    expect(done.body.rows).toHaveLength(193 * 51);
  });

  it('answers a 503 when more files are sent at once than can be parsed or wait', async () => {
    // Two large pasted tables being parsed and eight waiting fill every place (a large parse takes
    // far longer than a request takes to reach the parser).
    const large = `${'Norway'.padEnd(1000, ' ')} 1,000\n`.repeat(9000);
    const filling = Array.from({ length: 10 }, () => parseInWorker({ format: 'text', content: large }));
    const refused = await post(request('text', 'Norway 1,000'));
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({ code: 'import_busy', message: expect.stringMatching(/try again/) });
    expect(await Promise.all(filling)).toHaveLength(10);
    expect((await post(request('text', 'Norway 1,000'))).status).toBe(200);
  });
});

describe('file rows are checked as the API checks a figure', () => {
  it('names line, column and field of a cell longer than the API takes, and writes nothing', async () => {
    const csv = [
      HEADERS.figures.join(','),
      figureCsvLine({ donor: 'NOR', value: '100' }),
      figureCsvLine({ donor: 'SWE', value: '200', scope: 's'.repeat(501) }),
      figureCsvLine({ donor: 'DNK', value: '300', locator: 'l'.repeat(501) }),
    ].join('\n');
    const before = await snapshot();
    const res = await post(request('csv', csv), true);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { line: 3, column: column('scope'), message: expect.stringMatching(/^scope: .*500/) },
      { line: 4, column: column('locator'), message: expect.stringMatching(/^locator: .*500/) },
    ]);
    expect(await snapshot()).toEqual(before);
    // A cell past the longest field any figure takes stops the parse there.
    const longest = (await post(request('csv', `${csv}\n${figureCsvLine({ donor: 'ISL', note: 'n'.repeat(4001) })}`))).body;
    expect(longest.errors).toEqual([{ line: 5, column: column('note'), message: expect.stringMatching(/^note: a cell of 4001 characters; at most 4000/) }]);
  });

  it('reports a figure given twice in one file, naming both lines, and writes nothing', async () => {
    const csv = [
      HEADERS.figures.join(','),
      figureCsvLine({ donor: 'NOR', value: '100' }),
      figureCsvLine({ donor: 'SWE', value: '200' }),
      figureCsvLine({ donor: 'NOR', value: '100' }),
      figureCsvLine({ donor: 'SWE', value: '250' }),
      figureCsvLine({ donor: 'SWE', value: '200', year: '2020' }),
    ].join('\n');
    const before = await snapshot();
    const res = await post(request('csv', csv), true);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { line: 4, column: 1, message: expect.stringMatching(/repeats the figure on line 2: remove one of lines 2 and 4/) },
      { line: 5, column: 1, message: expect.stringMatching(/same figure as line 3 with another value \(US\$250 here, US\$200 on line 3\)/) },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
