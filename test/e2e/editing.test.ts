// An editor's day in the browser: sign in, import a table copied from a report, have a wrong total
// caught, fix it, commit, find the figures with their citation, and re-import it to no effect.

import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const EDITOR = { email: 'editor@example.org', password: 'a long enough password', role: 'editor' as const };
const shots = process.env.SCREENSHOT_DIR;

const h = useBrowserHarness({ server: { users: [EDITOR] }, context: { viewport: { width: 1280, height: 1000 } } });

const TABLE_WRONG_TOTAL = ['Donor Amount (US$)', 'Royaume-Uni a/ 1 250 000', 'Denmark $160,000', 'Australia* US$ 75,000', 'Total des contributions 1 475 000'].join('\n');
const TABLE = TABLE_WRONG_TOTAL.replace('1 475 000', '1 485 000');

async function fillImportForm(content: string) {
  await h.page.goto(h.url('/en/import'), { waitUntil: 'networkidle' });
  await h.page.getByLabel('Pasted text').check(); // the page opens on report PDFs
  await h.page.getByLabel('Fund').selectOption('ldc-sids');
  await h.page.getByLabel('Year').fill('2021');
  await h.page.getByLabel('Status').selectOption('received');
  await h.page.getByLabel('As of (YYYY-MM-DD, YYYY-MM or YYYY)').fill('2021-12-31');
  await h.page.getByLabel('Symbol (e.g. A/HRC/49/92)').fill('A/HRC/00/TEST');
  await h.page.getByLabel('Where in the source (paragraph, table, annex)').fill('annex I');
  await h.page.getByLabel('Title').fill('Test report on the Trust Fund');
  await h.page.getByLabel('Official address (ohchr.org, undocs.org or the publisher’s)').fill('https://example.org/test-report');
  await h.page.getByLabel('Paste the table here (one donor per line, the amount at the end)').fill(content);
  await h.page.getByRole('button', { name: 'Preview' }).click();
  await h.page.waitForSelector('[data-testid="reconciliation"]');
}

describe('an editor importing a report table', () => {
  it('signs in', async () => {
    await h.page.goto(h.url('/en/sign-in'), { waitUntil: 'networkidle' });
    await h.page.getByLabel('Email').fill(EDITOR.email);
    await h.page.getByLabel('Password').fill(EDITOR.password);
    await h.page.getByRole('button', { name: 'Sign in' }).click();
    await h.page.waitForSelector('.signed-in');
    await expect(h.page.locator('.signed-in').textContent()).resolves.toContain('editor@example.org');
  });

  it('sees a wrong total caught with both amounts, and cannot commit it', async () => {
    await fillImportForm(TABLE_WRONG_TOTAL);
    const reconciliation = await h.page.locator('[data-testid="reconciliation"]').textContent();
    expect(reconciliation).toContain('$1,475,000');
    expect(reconciliation).toContain('$1,485,000');
    await expect(h.page.locator('.import-errors').textContent()).resolves.toMatch(/line 5, column 1: .*does not equal/);
    await expect(h.page.getByRole('button', { name: /Commit/ }).isDisabled()).resolves.toBe(true);
    if (shots) await h.page.screenshot({ path: `${shots}/import-wrong-total.png`, fullPage: true });
  });

  it('fixes it, sees each donor matched, commits, and finds the figures with their citation on the fund page', async () => {
    await fillImportForm(TABLE);
    await expect(h.page.locator('[data-testid="reconciliation"]').textContent()).resolves.toMatch(/add up to the stated total: \$1,485,000/);
    const matched = await h.page.$$eval('table.import-preview tbody tr td:nth-child(3)', (cells) => cells.map((c) => c.textContent));
    expect(matched).toEqual(['United Kingdom (GBR)', 'Denmark (DNK)', 'Australia (AUS)']);
    await h.page.getByRole('button', { name: 'Commit 3 new figures' }).click();
    await h.page.waitForSelector('.success');
    await expect(h.page.locator('.success').textContent()).resolves.toMatch(/3 figures created, 0 already recorded/);

    await h.page.goto(h.url('/en/funds/ldc-sids'), { waitUntil: 'networkidle' });
    await h.page.getByTestId('figure-list').locator('summary').first().click(); // the list sits closed below the first screen
    await h.page.waitForSelector('table.figure-table tbody tr');
    const ukRow = h.page.locator('table.figure-table tr', { hasText: 'United Kingdom' }).filter({ hasText: '$1,250,000' });
    await expect(ukRow.count()).resolves.toBe(1);
    await expect(ukRow.locator('.citation a').first().getAttribute('href')).resolves.toBe('https://example.org/test-report');
    await expect(ukRow.locator('.citation').first().textContent()).resolves.toContain('annex I');
  });

  it('re-imports the same table and nothing new is added', async () => {
    await fillImportForm(TABLE);
    const states = await h.page.$$eval('table.import-preview tbody tr td:nth-child(5)', (cells) => cells.map((c) => c.textContent));
    expect(states).toEqual(['already recorded', 'already recorded', 'already recorded']);
    await expect(h.page.getByRole('button', { name: 'Nothing new to commit' }).isDisabled()).resolves.toBe(true);
  });

  it('finds every change in the audit log', async () => {
    await h.page.goto(h.url('/en/audit'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.audit-table tbody tr');
    const entries = await h.page.$$eval('table.audit-table tbody tr', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].slice(1, 4).map((c) => c.textContent).join(' ')),
    );
    const byEditor = entries.filter((e) => e.startsWith('editor@example.org'));
    expect(byEditor.filter((e) => e === 'editor@example.org created figure')).toHaveLength(3);
    expect(byEditor).toContain('editor@example.org created source');
    expect(byEditor).toContain('editor@example.org imported import');
    expect(entries).toContain('command line created user'); // the account itself, made with npm run user:add
    if (shots) await h.page.screenshot({ path: `${shots}/audit.png`, fullPage: true });
  });

  it('refuses an anonymous visitor the import page', async () => {
    const anonymous = await h.browser.newPage();
    await anonymous.goto(h.url('/en/import'), { waitUntil: 'networkidle' });
    await expect(anonymous.locator('main').textContent()).resolves.toMatch(/This page is for signed-in editors/);
    await anonymous.close();
  });
});
