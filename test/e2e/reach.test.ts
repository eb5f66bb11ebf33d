// Six languages on every page, links that reproduce a view, and downloads that carry their sources.

import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { en } from '../../web/i18n/en.js';
import { useBrowserHarness } from './harness.js';

const require = createRequire(import.meta.url);
for (const l of ['es', 'ar', 'zh', 'ru']) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

const h = useBrowserHarness({ context: { acceptDownloads: true }, permissions: ['clipboard-read', 'clipboard-write'] });

async function open(path: string) {
  await h.page.goto(h.url(`/${path}`), { waitUntil: 'networkidle' });
  await h.page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 15_000 });
}

type Tree = { [key: string]: string | Tree };
const keyPaths = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`.replace(/_(one|other)$/, '')] : keyPaths(v, `${prefix}${k}.`)));
const ALL_KEYS = [...new Set(keyPaths(en as unknown as Tree))];

const PAGES = ['', 'funds/vftc', 'funds/ldc-sids', 'gaps', 'donors', 'donors/DNK', 'review?fund=vftc&from=2019&to=2020', 'statements/DNK', 'map', 'countries/FJI', 'sources', 'glossary', 'api'];
const HEADINGS: Record<string, string> = { es: 'Glosario', ar: 'المسرد', zh: '术语表', ru: 'Глоссарий' };

describe.each(['es', 'ar', 'zh', 'ru'] as const)('the interface in %s', (lang) => {
  it.each(PAGES)(`renders /${lang}/%s with no raw message key and no English interface text`, async (path) => {
    await open(`${lang}/${path}`);
    expect(await h.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    const text = await h.page.evaluate(() => {
      // Data in its own language (notes, source titles, the API's English summaries) is marked lang="en" or is a citation.
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="en"], .citation, code, script').forEach((e) => e.remove());
      return copy.innerText;
    });
    const rawKeys = ALL_KEYS.filter((key) => key.includes('.') && text.includes(key));
    expect(rawKeys).toEqual([]);
    for (const english of ['Skip to content', 'Sources', 'Loading…', 'Download this table', 'Copy a link to this view']) expect(text).not.toContain(english);
  });

  it('names funds, metrics and States in the language, with Intl numbers', async () => {
    await open(`${lang}/glossary`);
    await expect(h.page.locator('h1').textContent()).resolves.toBe(HEADINGS[lang]);
    await open(`${lang}/countries/FJI`);
    await expect(h.page.locator('h1').textContent()).resolves.toBe(countries.getName('FJI', lang));
    // Money through Intl in the language: VFTC's 2020 contributions, $23,266,101.
    await open(`${lang}/funds/vftc`);
    const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(23_266_101);
    await expect(h.page.locator('table.funding-table').first().textContent()).resolves.toContain(money);
    // The fund's name as the UN writes it in the language, not the English one.
    await expect(h.page.locator('h1').textContent()).resolves.not.toContain('Voluntary Fund');
  });
});

describe('links that reproduce a view', () => {
  it('keeps the map’s fund in the URL, across a reload and a change of language', async () => {
    await open('en/map');
    await h.page.getByRole('radio', { name: 'LDC/SIDS Trust Fund' }).click();
    await h.page.waitForURL('**/en/map?fund=ldc-sids');
    await h.page.reload({ waitUntil: 'networkidle' });
    await expect(h.page.getByRole('radio', { name: 'LDC/SIDS Trust Fund' }).isChecked()).resolves.toBe(true);
    await h.page.getByRole('link', { name: 'Français' }).click();
    await h.page.waitForURL('**/fr/map?fund=ldc-sids');
    await expect(h.page.getByRole('radio', { name: 'Fonds PMA/PEID' }).isChecked()).resolves.toBe(true);
  });

  it('reopens the Board pack for the same fund and period from its link', async () => {
    await open('en/review?fund=upr-participation&from=2017&to=2019');
    const shown = await h.page.locator('h2').first().textContent();
    expect(shown).toMatch(/2017.2019/);
    await expect(h.page.getByRole('combobox', { name: 'Fund' }).inputValue()).resolves.toBe('upr-participation');
  });

  it('copies the address of the current view', async () => {
    await open('en/donors?fund=ldc-sids');
    await h.page.getByRole('button', { name: 'Copy a link to this view' }).click();
    await expect(h.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(h.url('/en/donors?fund=ldc-sids'));
  });

  it('remembers the language: the bare address opens in the last one used', async () => {
    await open('ar/gaps');
    await h.page.goto(h.url(), { waitUntil: 'networkidle' });
    expect(new URL(h.page.url()).pathname).toBe('/ar/');
    await open('en/');
  });
});

describe('downloads', () => {
  async function save(name: RegExp): Promise<{ filename: string; bytes: Buffer }> {
    const [file] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name }).first().click()]);
    return { filename: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }

  it('gives a table as CSV with its sources and notes, and as XLSX with a sheet of sources and notes', async () => {
    await open('en/funds/vftc');
    await h.page.getByTestId('figure-list').locator('summary').first().click(); // the list sits closed below the first screen
    const csv = await save(/^Download the table “All \d+ figures about VFTC.*” as CSV$/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\ufeff"Year","What","Figure","Qualifiers"')).toBe(true); // every field quoted
    expect(text).toContain('lower bound (at least this)'); // a qualifier, in the row it qualifies
    expect(text).toMatch(/# Sources: HR\/98\/91 — .*<https:\/\//); // a citation with its URL
    expect(text).toContain('# Notes: “unknown” and “not recorded” mean no public figure was found');

    const xlsx = await save(/^Download the table “All \d+ figures about VFTC.*” as XLSX$/);
    expect(xlsx.filename).toBe('funds-vftc-figure-table.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const [data, about] = workbook.worksheets;
    expect(data?.getRow(2).getCell(1).value).toBe('Year');
    const rows = (data?.rowCount ?? 0) - 2;
    await expect(h.page.locator('table.figure-table tbody tr').count()).resolves.toBe(rows);
    const aboutText = (about?.getSheetValues() ?? []).flat().join('\n');
    expect(aboutText).toContain('HR/98/91');
    expect(aboutText).toContain('A pledge is an announcement, not a payment');
  });

  it('gives a chart as PNG: a real image, taller than the chart, since its sources are drawn under it', async () => {
    await open('en/funds/vftc');
    const chartHeight = await h.page.locator('.chart svg.recharts-surface').first().evaluate((svg) => svg.getBoundingClientRect().height);
    const png = await save(/^Download the chart .* as PNG$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const height = png.bytes.readUInt32BE(20) / 2; // drawn at twice the size
    expect(height).toBeGreaterThan(chartHeight + 100);
  });

  it('gives a chart’s data as XLSX with the same rows as its CSV', async () => {
    await open('en/funds/vftc');
    const csv = (await save(/^Download the chart .* as CSV$/)).bytes.toString('utf8');
    const csvRows = csv.split('\r\n').filter((l) => l && !/^\ufeff?"# /.test(l)).length;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await save(/^Download the chart .* as XLSX$/)).bytes as unknown as ArrayBuffer);
    expect((workbook.worksheets[0]?.rowCount ?? 0) - 1).toBe(csvRows); // the title row, then the CSV's header and rows
  });
});
