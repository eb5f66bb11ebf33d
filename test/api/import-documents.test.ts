import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentReadingSchema, MAX_PDF_BYTES } from '../../server/contract/imports.js';
import { createLoadedApp } from '../helpers/app.js';
import { send, signInAs } from '../helpers/auth.js';
import type { TestDb } from '../helpers/db.js';
import { buildEncryptedPdf, buildReportPdf, buildTextlessPdf } from '../helpers/reportPdfs.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let editor: string;
let viewer: string;

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  editor = await signInAs(app, testDb.db, 'editor', 'pdf-editor@example.org');
  viewer = await signInAs(app, testDb.db, 'viewer', 'pdf-viewer@example.org');
});
afterAll(async () => testDb.cleanup());

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
/** Posts as the editor, or as the cookie given, or (null) as no one. */
const post = async (body: unknown, cookie: string | null = editor) => {
  const res = await send(app, 'POST', '/api/imports/documents', { cookie: cookie ?? undefined, body });
  return { status: res.status, body: (await res.json()) as any };
};
const count = async () => Number((await testDb.db.query<{ n: unknown }>('SELECT (SELECT count(*) FROM figures) + (SELECT count(*) FROM sources) + (SELECT count(*) FROM audit_log) AS n'))[0]?.n);

describe('POST /api/imports/documents', () => {
  it('reads a report PDF into its document and tables, as the contract says, writing nothing', async () => {
    const before = await count();
    const { status, body } = await post({ content: base64(await buildReportPdf('en')), fileName: 'A_HRC_56_78.en.pdf' });
    expect(status).toBe(200);
    expect(DocumentReadingSchema.parse(body)).toEqual(body);
    expect(body.document).toEqual({
      symbol: 'A/HRC/56/78',
      title: 'Report of the Board of Trustees of the United Nations Voluntary Fund for Technical Cooperation',
      date: '2024-06-12',
      language: 'en',
      pages: 3,
    });
    expect(body.tables.map((t: any) => [t.id, t.page, t.rows.length])).toEqual([
      ['p2-t1', 2, 6],
      ['p2-t2', 2, 7],
    ]);
    expect(body.tables[1].errors[0]).toMatchObject({ page: 3, row: 5, column: 2 });
    expect(await count()).toBe(before);
  });

  it('answers 401 to anyone not signed in and 403 to a viewer', async () => {
    const content = base64(await buildReportPdf('en'));
    const anonymous = await post({ content }, null);
    expect(anonymous.status).toBe(401);
    const notEditor = await post({ content }, viewer);
    expect(notEditor.status).toBe(403);
  });

  it('refuses an encrypted PDF and one without text with 422, saying why', async () => {
    const encrypted = await post({ content: base64(await buildEncryptedPdf()) });
    expect(encrypted.status).toBe(422);
    expect(encrypted.body.error).toMatchObject({ code: 'pdf_encrypted' });
    expect(encrypted.body.error.message).toMatch(/encrypted/);
    const textless = await post({ content: base64(await buildTextlessPdf()) });
    expect(textless.status).toBe(422);
    expect(textless.body.error).toMatchObject({ code: 'pdf_no_text_layer' });
  });

  it('names what is wrong with the request: no content, not base64, not a PDF, too large', async () => {
    const missing = await post({ fileName: 'report.pdf' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^content: /);
    const notBase64 = await post({ content: 'not base64 at all!' });
    expect(notBase64.status).toBe(400);
    expect(notBase64.body.error.message).toMatch(/content: is not base64/);
    const csv = await post({ content: base64(new TextEncoder().encode('Donor,Amount\nDenmark,100\n')) });
    expect(csv.status).toBe(422);
    expect(csv.body.error).toMatchObject({ code: 'pdf_not_pdf' });
    const huge = await post({ content: 'A'.repeat(Math.ceil(MAX_PDF_BYTES / 3) * 4 + 4) });
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toMatch(/content: is too large/);
    const tooLargeToRead = await post({ content: 'A'.repeat(Math.ceil(MAX_PDF_BYTES / 3) * 4 + 8192) });
    expect(tooLargeToRead.status).toBe(413);
    expect(tooLargeToRead.body.error.message).toMatch(/larger than 7 MB/);
  });

  it('answers other requests while a PDF is being read (the reading runs in a worker thread)', async () => {
    let settled = false;
    const reading = post({ content: base64(await buildReportPdf('fr')) }).then((answer) => {
      settled = true;
      return answer;
    });
    const funds = await app.request('/api/funds');
    expect(funds.status).toBe(200);
    expect(settled).toBe(false);
    expect((await reading).body.document.language).toBe('fr');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as any;
    expect(Object.keys(doc.paths['/imports/documents'].post.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '413', '422']));
  });
});
