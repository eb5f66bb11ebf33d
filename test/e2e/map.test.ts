// Browser tests of the map and country pages: the map is drawn and shaded, its table lists every
// State (small island States too), the CSV download is exactly the table, and a country page shows
// each figure with its qualifiers and citation, in English and in French.

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isCommentRow } from '../../web/format/csv.js';
import { useBrowserHarness } from './harness.js';

const h = useBrowserHarness({ context: { acceptDownloads: true } });

/** Clicks the button and returns the downloaded file's name and its rows (comment lines apart) and comments. */
async function download(buttonName: string | RegExp): Promise<{ name: string; text: string; rows: string[][]; comments: string[] }> {
  const [file] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: buttonName }).click()]);
  const path = await file.path();
  const raw = readFileSync(path, 'utf8');
  expect(raw.startsWith('\ufeff')).toBe(true); // a byte-order mark, for spreadsheet programs
  const text = raw.slice(1);
  // Comment lines are quoted cells "# …" (formula-safe): told apart from the rows as the app does.
  const all = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const rows = all.filter((row) => !isCommentRow(row));
  const comments = all.filter(isCommentRow).map((row) => row[0] ?? '');
  return { name: file.suggestedFilename(), text, rows, comments };
}

const cellTexts = (selector: string) =>
  h.page.$$eval(selector, (rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));

describe('the map page', () => {
  it('draws the world with the States named as beneficiaries shaded and linked', async () => {
    await h.page.goto(h.url('/en/map'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('svg.world-map-svg a');
    expect(await h.page.locator('svg.world-map-svg path.state').count()).toBeGreaterThan(150);
    const shaded = h.page.locator('svg.world-map-svg a path.state-data');
    expect(await shaded.count()).toBeGreaterThan(20);
    // Every shaded State is a link to its page with a tooltip naming it and its count.
    const mali = h.page.locator('svg.world-map-svg a[data-iso3="MLI"]');
    await expect(mali.getAttribute('href')).resolves.toBe('/en/countries/MLI');
    await expect(mali.locator('title').textContent()).resolves.toMatch(/^Mali: \d+ sourced figures?$/);
    // A State no figure names is plain, not "0".
    const plainFrance = h.page.locator('svg.world-map-svg path.state-plain[data-iso3="FRA"]');
    await expect(plainFrance.count()).resolves.toBe(1);
    await expect(plainFrance.locator('title').textContent()).resolves.toBe('France — no recorded support (not the same as none)');
    await expect(h.page.locator('.world-map-legend').textContent()).resolves.toContain('no recorded support (not the same as none)');
    await expect(h.page.locator('[data-testid="map-summary"]').textContent()).resolves.toMatch(/^\d+ States are named as beneficiaries in \d+ sourced figures/);
  });

  it('lists every State in the table, small island States too, each linked to its page', async () => {
    const mdv = h.page.locator('table.support-table tr[data-iso3="MDV"]');
    await expect(mdv.locator('th a').textContent()).resolves.toBe('Maldives');
    await expect(mdv.locator('th a').getAttribute('href')).resolves.toBe('/en/countries/MDV');
    // Maldives is too small to draw at this scale: it is listed under the map, not drawn on it.
    expect(await h.page.locator('svg.world-map-svg [data-iso3="MDV"]').count()).toBe(0);
    await expect(h.page.locator('.world-map-not-drawn').textContent()).resolves.toContain('Maldives');
    const shadedStates = await h.page.$$eval('svg.world-map-svg a[data-iso3]', (links) => links.map((a) => a.getAttribute('data-iso3')));
    const tableStates = await h.page.$$eval('table.support-table tbody tr', (rows) => rows.map((r) => r.getAttribute('data-iso3')));
    for (const iso3 of shadedStates) expect(tableStates).toContain(iso3);
  });

  it('downloads a CSV whose rows are exactly the table’s', async () => {
    const { name, rows, comments } = await download(/^Download the table “Every State named as a beneficiary.*” as CSV$/);
    expect(name).toMatch(/\.csv$/);
    const [header, ...body] = rows;
    const tableHeader = (await cellTexts('table.support-table thead tr'))[0] as string[];
    const tableRows = await cellTexts('table.support-table tbody tr');
    // CSV: code, State, the four funds, total, figures, source ids, source URLs.
    // Table: State, code, the four funds, total, figures, sources (the ids, linked to the URLs).
    expect(header?.slice(0, 8)).toEqual([tableHeader[1], tableHeader[0], ...tableHeader.slice(2, 8)]);
    expect(body.length).toBe(tableRows.length);
    const tableUrls = await h.page.$$eval('table.support-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td.source-ids a')].map((a) => a.getAttribute('href')).join('; ')),
    );
    body.forEach((csvRow, i) => {
      const cells = tableRows[i] as string[];
      expect([csvRow[1], csvRow[0], ...csvRow.slice(2, 9)]).toEqual(cells);
      expect(csvRow[9]).toBe(tableUrls[i]);
    });
    const maldives = body.find((r) => r[0] === 'MDV');
    expect(maldives?.[1]).toBe('Maldives');
    expect(comments.join(' ')).toMatch(/numbers of sourced figures/);
  });

  it('opens a State’s page from the map', async () => {
    await h.page.locator('svg.world-map-svg a[data-iso3="MLI"]').click();
    await h.page.waitForURL('**/en/countries/MLI');
    // The country page is a chunk of its own: wait for it to replace the map (fails on timeout otherwise).
    await h.page.locator('h1', { hasText: /^Mali$/ }).waitFor({ timeout: 10_000 });
    await expect(h.page.locator('h1').textContent()).resolves.toBe('Mali');
  });
});

describe('a country page', () => {
  it('shows Denmark’s pledge with its “pledged” qualifier and its source link', async () => {
    await h.page.goto(h.url('/en/countries/DNK'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.figure-table tbody tr');
    await expect(h.page.locator('h1').textContent()).resolves.toBe('Denmark');
    await expect(h.page.locator('[data-testid="country-summary"]').textContent()).resolves.toBe('Denmark appears in 2 figures as a donor and 0 figures as a beneficiary.');
    const pledge = h.page.locator('table.figure-table tr', { hasText: '$160,000' });
    await expect(pledge.locator('.qualifiers').textContent()).resolves.toContain('pledged');
    await expect(pledge.locator('.citation a').first().getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    await expect(h.page.locator(`a[href="/en/statements/DNK"]`).count()).resolves.toBe(1);
    await expect(h.page.locator('.breadcrumb a[href="/en/map"]').textContent()).resolves.toBe('Back to the map');

    const { rows } = await download('Download CSV');
    const [, ...body] = rows;
    expect(body.length).toBe(await h.page.locator('table.figure-table tbody tr').count());
    const pledgeRow = body.find((r) => r[1] === 'ldc-sids-018');
    expect(pledgeRow?.[5]).toBe('160000'); // dollars as the source states them, not cents
    expect(pledgeRow?.[7]).toContain('pledged');
    expect(pledgeRow?.[10]).toMatch(/^https?:\/\//);
  });

  it('keeps a number naming several States apart from the State’s own figures', async () => {
    await h.page.goto(h.url('/en/countries/MDV'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.figure-table tbody tr');
    const shared = h.page.locator('.shared-figures table.figure-table');
    await expect(shared.locator('caption').textContent()).resolves.toMatch(/one total for all the States named/);
    await expect(shared.locator('tr', { hasText: 'HRC48' }).locator('.value').textContent()).resolves.toBe('16');
  });

  it('reads in French', async () => {
    await h.page.goto(h.url('/fr/countries/MDV'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.figure-table tbody tr');
    await expect(h.page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(h.page.locator('h1').textContent()).resolves.toBe('Maldives');
    await expect(h.page.locator('[data-testid="country-summary"]').textContent()).resolves.toBe(
      'Maldives\u00a0: cité comme donateur dans 0 chiffre et comme bénéficiaire dans 5 chiffres.',
    );
    await expect(h.page.locator('h2').allTextContents()).resolves.toEqual(['En tant que donateur', 'En tant que bénéficiaire']);
    await expect(h.page.getByRole('button', { name: 'Télécharger en CSV' }).count()).resolves.toBe(1);
    await expect(h.page.locator('.breadcrumb a[href="/fr/map"]').textContent()).resolves.toBe('Retour à la carte');
  });

  it('says so when nothing is recorded, and when the code is not a State’s', async () => {
    await h.page.goto(h.url('/en/countries/ISL'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('.no-data');
    await expect(h.page.locator('h1').textContent()).resolves.toBe('Iceland');
    await expect(h.page.locator('.no-data').textContent()).resolves.toMatch(/^No figures are recorded for this State/);
    await h.page.goto(h.url('/en/countries/XXX'), { waitUntil: 'networkidle' });
    await expect(h.page.locator('[role="alert"]').textContent()).resolves.toMatch(/not the ISO 3166 alpha-3 code of a State/);
  });
});
