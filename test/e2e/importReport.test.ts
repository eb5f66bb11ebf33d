// An editor importing a report PDF in the browser: add it (with a scan and a spreadsheet by mistake),
// see what page 1 says, pick the donor table as printed, map its columns, dry-run, choose the donor
// for the one name nothing matched, commit, and find the figures on the fund page citing their page.
// Then the same page in French and Arabic at phone width, checked by axe and for sideways scrolling.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDonorTablePdf, buildTextlessPdf } from '../helpers/reportPdfs.js';
import { useBrowserHarness } from './harness.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const EDITOR = { email: 'editor@example.org', password: 'a long enough password', role: 'editor' as const };
const shots = process.env.SCREENSHOT_DIR;

// axe-core is injected as an inline script, which the site's CSP refuses: bypassCSP.
const h = useBrowserHarness({ server: { users: [EDITOR] }, context: { viewport: { width: 1280, height: 1000 }, bypassCSP: true } });

async function axeViolations(target: Page): Promise<string[]> {
  await target.addScriptTag({ content: AXE_SOURCE });
  const result = (await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  })) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const pdfFile = async (name: string, build: () => Promise<Uint8Array>) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await build()) });

/** Adds the report on the import page in `lang` and picks its table, by structure rather than words. */
async function addReportAndPickTable(lang: string) {
  await h.page.goto(h.url(`/${lang}/import`), { waitUntil: 'networkidle' });
  await h.page.locator('.drop-zone input[type="file"]').setInputFiles([await pdfFile('donors.pdf', buildDonorTablePdf)]);
  await h.page.locator('input[name="pdf-table"]').first().check();
  await h.page.waitForSelector('table.pdf-table');
}

describe('an editor importing a report PDF', () => {
  it('signs in', async () => {
    await h.page.goto(h.url('/en/sign-in'), { waitUntil: 'networkidle' });
    await h.page.getByLabel('Email').fill(EDITOR.email);
    await h.page.getByLabel('Password').fill(EDITOR.password);
    await h.page.getByRole('button', { name: 'Sign in' }).click();
    await h.page.waitForSelector('.signed-in');
  });

  it('adds several files: the report is read, a scan is refused by the server, a spreadsheet by the page', async () => {
    await h.page.goto(h.url('/en/import'), { waitUntil: 'networkidle' });
    await h.page.getByLabel('Choose report PDFs (or drop them here)').setInputFiles([
      await pdfFile('donors.pdf', buildDonorTablePdf),
      await pdfFile('scan.pdf', buildTextlessPdf),
      { name: 'table.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK') },
    ]);
    await expect(h.page.getByRole('alert').filter({ hasText: 'Not a PDF' }).textContent()).resolves.toContain('table.xlsx');
    await h.page.getByRole('status').filter({ hasText: '2 of 2 files read.' }).waitFor();

    const report = h.page.locator('.document-card').first();
    const facts = await report.locator('.document-facts').evaluate((dl) =>
      Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])),
    );
    expect(facts).toMatchObject({ File: 'donors.pdf', Symbol: 'A/HRC/58/12', Date: '12 June 2024', Language: 'English', Pages: '2' });
    await expect(report.locator('h2').textContent()).resolves.toBe('A/HRC/58/12');
    await expect(h.page.locator('.document-card').nth(1).locator('.error').textContent()).resolves.toMatch(/^Not read: .*text/i);
  });

  it('picks the donor table and sees it as printed: caption, page, amounts aligned, total marked', async () => {
    await h.page.getByLabel(/Page 2: .*Contributions received, by donor, in 2024/).check();
    const table = h.page.locator('table.pdf-table');
    await expect(table.locator('caption').textContent()).resolves.toContain('Contributions received, by donor, in 2024');
    await expect(h.page.locator('.document-table-where').textContent()).resolves.toMatch(/^A\/HRC\/58\/12, page 2/);
    const amountCell = table.locator('tbody tr', { hasText: 'Denmark' }).locator('td.num');
    await expect(amountCell.textContent()).resolves.toBe('150 000');
    await expect(amountCell.evaluate((td) => [getComputedStyle(td).textAlign, getComputedStyle(td).fontVariantNumeric])).resolves.toEqual(['end', 'tabular-nums']);
    await expect(table.locator('tr.total-row th').textContent()).resolves.toBe('Total (total)');
  });

  it('maps the columns, sets what the figures are, and passes axe', async () => {
    await h.page.getByLabel('Column of donor names').selectOption({ label: 'Column 1: Donor' });
    await h.page.getByLabel('Column of amounts').selectOption({ label: 'Column 2: Amount' });
    await expect(h.page.locator('table.pdf-table th.mapped').allTextContents()).resolves.toEqual(['Donordonor', 'Amountamount']);
    await h.page.getByLabel('Fund').selectOption('upr-implementation');
    await h.page.getByLabel('Year').fill('2024');
    await h.page.getByLabel('Status').selectOption('received');
    await h.page.getByLabel('As of (YYYY-MM-DD, YYYY-MM or YYYY)').fill('2024-12-31');
    expect((await axeViolations(h.page)).join('\n')).toBe('');
  });

  it('dry-runs: States matched with their page, the unmatched name offered its candidates, the total reconciled', async () => {
    await h.page.getByRole('button', { name: 'Dry run' }).click();
    await h.page.waitForSelector('[data-testid="reconciliation"]');
    await expect(h.page.locator('[data-testid="reconciliation"]').textContent()).resolves.toContain('$235,000');
    const rows = await h.page.$$eval('table.import-preview tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['2', 'Denmark'],
      ['2', 'Maldives'],
      ['2', 'European Commission'],
    ]);
    expect(rows[0]![3]).toBe('Denmark (DNK)');
    expect(rows[2]![3]).toMatch(/^not matched/);
    await expect(h.page.getByRole('button', { name: /^Commit/ }).isDisabled()).resolves.toBe(true);
  });

  it('chooses the European Union for “European Commission”, dry-runs again, and commits', async () => {
    const choose = h.page.getByLabel('Donor for “European Commission”');
    await choose.selectOption('european-union');
    await h.page.locator('.notice').waitFor(); // the preview no longer stands for the request
    await h.page.getByRole('button', { name: 'Dry run' }).click();
    await h.page.waitForFunction(() => !document.querySelector('.notice'));
    const matched = await h.page.$$eval('table.import-preview tbody tr td:nth-child(4)', (cells) => cells.map((c) => c.firstChild?.textContent));
    expect(matched).toEqual(['Denmark (DNK)', 'Maldives (MDV)', 'European Union']);
    expect((await axeViolations(h.page)).join('\n')).toBe('');
    if (shots) {
      await h.page.screenshot({ path: `${shots}/import-report-en-1280.png`, fullPage: true });
      // For the README: from the table as printed to the dry run's rows, the form's width only.
      const clip = await h.page.evaluate(() => {
        const from = document.querySelector('table.pdf-table')!.closest('fieldset')!.getBoundingClientRect();
        const to = document.querySelector('.import-result')!.getBoundingClientRect();
        return { x: 0, y: from.top + window.scrollY - 12, width: from.right + 16, height: to.bottom - from.top + 24 };
      });
      await h.page.screenshot({ path: `${shots}/import-report.png`, fullPage: true, clip });
    }

    await h.page.getByRole('button', { name: 'Commit 3 new figures' }).click();
    await h.page.waitForSelector('.success');
    await expect(h.page.locator('.success').textContent()).resolves.toMatch(/3 figures created, 0 already recorded/);
  });

  it('follows the link to the fund page and finds each figure citing the report and its page', async () => {
    await h.page.getByRole('link', { name: 'See them on the fund’s page' }).click();
    // The link opens the fund's figure list, where the imported figures are.
    await h.page.waitForURL(/\/en\/funds\/upr-implementation#figure-list$/);
    await h.page.waitForSelector('table.figure-table tbody tr');
    const denmark = h.page.locator('table.figure-table tr', { hasText: 'Denmark' }).filter({ hasText: '$150,000' });
    await expect(denmark.count()).resolves.toBe(1);
    const citation = await denmark.locator('.citation').first().textContent();
    expect(citation).toContain('A/HRC/58/12');
    expect(citation).toMatch(/page 2/);
    await expect(denmark.locator('.citation a').first().getAttribute('href')).resolves.toBe('https://undocs.org/en/A/HRC/58/12');
    await expect(h.page.locator('table.figure-table tr', { hasText: 'European Union' }).filter({ hasText: '$80,000' }).count()).resolves.toBe(1);
  });

  it('re-imports the report and nothing new is added', async () => {
    await addReportAndPickTable('en');
    await h.page.getByLabel('Fund').selectOption('upr-implementation');
    await h.page.getByLabel('Year').fill('2024');
    await h.page.getByLabel('As of (YYYY-MM-DD, YYYY-MM or YYYY)').fill('2024-12-31');
    await h.page.getByRole('button', { name: 'Dry run' }).click();
    await h.page.waitForSelector('[data-testid="reconciliation"]');
    await h.page.getByLabel('Donor for “European Commission”').selectOption('european-union');
    await h.page.getByRole('button', { name: 'Dry run' }).click();
    await h.page.waitForFunction(() => !document.querySelector('.notice'));
    const states = await h.page.$$eval('table.import-preview tbody tr td:last-child', (cells) => cells.map((c) => c.textContent));
    expect(states).toEqual(['already recorded', 'already recorded', 'already recorded']);
    await expect(h.page.getByRole('button', { name: 'Nothing new to commit' }).isDisabled()).resolves.toBe(true);
  });
});

describe.each(['fr', 'ar'] as const)('the import page in %s', (lang) => {
  it('reads the report, shows its table and dry run without axe violations, and fits a phone screen', async () => {
    await h.page.setViewportSize({ width: 1280, height: 1000 });
    await addReportAndPickTable(lang);
    await h.page.locator('.form-actions button[type="submit"]').click();
    await h.page.waitForSelector('[data-testid="reconciliation"]');
    expect(await h.page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect((await axeViolations(h.page)).join('\n')).toBe('');
    if (shots) await h.page.screenshot({ path: `${shots}/import-report-${lang}-1280.png`, fullPage: true });
    await h.page.setViewportSize({ width: 390, height: 844 });
    // Wide tables scroll inside their own frame; the page itself never scrolls sideways.
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (shots) await h.page.screenshot({ path: `${shots}/import-report-${lang}-390.png`, fullPage: true });
  });
});
