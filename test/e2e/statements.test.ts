// The statement brief in the browser: choose a State and a language, read sentences with their
// sources, copy one or all of them; English and French.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { startServer, type RunningServer } from './server.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (!existsSync('dist/web/index.html')) execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const sentences = () => page.locator('ol.statement-sentences > li');
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('statement brief, English', () => {
  it('shows Denmark’s pledge as pledged, with its source link and a copy button per sentence', async () => {
    await page.goto(`${server.url}/en/statements/DNK`, { waitUntil: 'networkidle' });
    await page.waitForSelector('ol.statement-sentences > li');
    await expect(page.locator('h1').textContent()).resolves.toBe('Statement brief');
    await expect(page.getByLabel('State', { exact: true }).inputValue()).resolves.toBe('DNK');
    await expect(page.getByRole('radio', { name: 'English' }).isChecked()).resolves.toBe(true);

    const first = sentences().first();
    const text = await first.locator('.statement-text').textContent();
    expect(text).toMatch(/^Denmark pledged US\$160,000 to the LDC\/SIDS Trust Fund in 2017 \(as of 28 September 2017\)\. \(Source: /);
    expect(text).not.toMatch(/contributed/);
    await expect(first.locator('.statement-text').getAttribute('lang')).resolves.toBe('en');
    await expect(first.locator('.citation a').first().getAttribute('href')).resolves.toMatch(/^https?:\/\//);

    const count = await sentences().count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('button', { name: /^Copy sentence \d+$/ }).count()).toBe(count);
    expect(await page.getByRole('button', { name: /^Copy all/ }).count()).toBe(1);
  });

  it('copies one sentence, then all of them, and says so in a status message', async () => {
    await page.getByRole('button', { name: 'Copy sentence 1' }).click();
    await page.getByRole('status').filter({ hasText: /^Sentence 1 copied\.$/ }).waitFor();
    const first = plain(await sentences().first().locator('.statement-text').textContent());
    expect(plain(await page.evaluate(() => navigator.clipboard.readText()))).toBe(first);

    await page.getByRole('button', { name: /^Copy all/ }).click();
    await page.getByRole('status').filter({ hasText: /^All \d+ sentences copied\.$/ }).waitFor();
    const all = plain(await page.evaluate(() => navigator.clipboard.readText()));
    const texts = (await sentences().locator('.statement-text').allTextContents()).map(plain);
    expect(all).toBe(texts.join('\n\n'));
  });

  it('switches the brief to French and keeps it in the address', async () => {
    await page.getByRole('radio', { name: 'Français' }).click(); // the URL, not the click, sets the state: wait for it below
    await page.waitForURL(/\/en\/statements\/DNK\?lang=fr$/);
    await page.waitForFunction(() => document.querySelector('ol.statement-sentences .statement-text')?.getAttribute('lang') === 'fr');
    const text = plain(await sentences().first().locator('.statement-text').textContent());
    expect(text).toMatch(/^Le Danemark a annoncé une contribution de 160 000 dollars des États-Unis au Fonds PMA\/PEID en 2017/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Statement brief'); // the interface stays English
  });

  it('goes to another State from the list', async () => {
    await page.goto(`${server.url}/en/statements`, { waitUntil: 'networkidle' });
    await expect(page.locator('.no-data').textContent()).resolves.toBe('Choose a State to read its brief.');
    await page.getByLabel('State', { exact: true }).selectOption('AZE');
    await page.waitForURL(/\/en\/statements\/AZE\?lang=en$/);
    await page.waitForSelector('ol.statement-sentences > li');
    await expect(sentences().first().locator('.statement-text').textContent()).resolves.toMatch(/^The Board of Trustees of the VFTC had before it for review 1 project concerning Azerbaijan/);
  });

  it('says when a State has no recorded figure, and when a code is no State', async () => {
    await page.goto(`${server.url}/en/statements/ISL`, { waitUntil: 'networkidle' });
    await expect(page.getByTestId('no-figures').textContent()).resolves.toBe('No figures are recorded for Iceland in this dashboard.');
    expect(await sentences().count()).toBe(0);
    await page.goto(`${server.url}/en/statements/XXX`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('alert').textContent()).resolves.toBe('No State has the code “XXX”.');
  });
});

describe('statement brief, French', () => {
  it('reads in French: interface, sentences, numbers and dates, with sources and copy buttons', async () => {
    await page.goto(`${server.url}/fr/statements/MDV`, { waitUntil: 'networkidle' });
    await page.waitForSelector('ol.statement-sentences > li');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('h1').textContent()).resolves.toBe('Note pour déclaration');
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Note sur les Maldives');
    await expect(page.getByRole('radio', { name: 'Français' }).isChecked()).resolves.toBe(true);

    const texts = (await sentences().locator('.statement-text').allTextContents()).map(plain);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts).toContain(
      "Le Fonds PMA/PEID a soutenu la participation de 1 délégué des Maldives à la 48e session du Conseil des droits de l'homme, en 2021. (Source : OHCHR web page SIDS-LDCs.aspx of the LDCs/SIDS Trust Fund, 2021 version (\"Latest news\": HRC48 delegates), \"Latest news\" numbered list, 2021.)",
    );
    expect(texts.some((t) => t.startsWith('Les Maldives figurent parmi les 10 États que la source cite en lien avec le Fonds PMA/PEID') && t.includes('au 16 juin 2015 (nombre non indiqué)') && t.includes("la source ne dit pas que le Fonds l'a financé"))).toBe(true);
    for (const text of texts) {
      // The sentence's own words are French (source titles are cited as published, in English).
      const claim = text.split(/\. \(Sources? :/)[0]!;
      expect(claim).not.toMatch(/\b(the|delegates?|session of|supported|June|pledged)\b/);
      expect(text).toMatch(/\(Sources? : .+\.\)$/);
    }
    expect(await sentences().locator('.citation a').count()).toBeGreaterThanOrEqual(texts.length);
    expect(await page.getByRole('button', { name: /^Copier la phrase \d+$/ }).count()).toBe(texts.length);
    await page.getByRole('button', { name: /^Tout copier \(\d+ phrases\)$/ }).click();
    await page.getByRole('status').filter({ hasText: /^Les \d+ phrases ont été copiées\.$/ }).waitFor();
  });

  it('gives a French interface an English brief when asked', async () => {
    await page.goto(`${server.url}/fr/statements/MDV?lang=en`, { waitUntil: 'networkidle' });
    await page.waitForSelector('ol.statement-sentences > li');
    await expect(page.getByRole('radio', { name: 'English' }).isChecked()).resolves.toBe(true);
    await expect(sentences().first().locator('.statement-text').getAttribute('lang')).resolves.toBe('en');
    await expect(sentences().first().locator('.statement-text').textContent()).resolves.toMatch(/^Maldives is among the 10 States that the source names/);
    await expect(page.getByRole('button', { name: /^Tout copier|^Copier les/ }).count()).resolves.toBe(1);
  });
});
