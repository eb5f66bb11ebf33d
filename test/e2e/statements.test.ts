// The statement brief in the browser: choose a State and a language, read sentences with their
// sources, copy one or all of them; English and French.

import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const h = useBrowserHarness({ context: { viewport: { width: 1280, height: 1000 } }, permissions: ['clipboard-read', 'clipboard-write'] });

const sentences = () => h.page.locator('ol.statement-sentences > li');
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('statement brief, English', () => {
  it('shows Denmark’s pledge as pledged, with its source link and a copy button per sentence', async () => {
    await h.page.goto(h.url('/en/statements/DNK'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('ol.statement-sentences > li');
    await expect(h.page.locator('h1').textContent()).resolves.toBe('Statement brief');
    await expect(h.page.getByLabel('State', { exact: true }).inputValue()).resolves.toBe('DNK');
    await expect(h.page.getByRole('radio', { name: 'English' }).isChecked()).resolves.toBe(true);

    const first = sentences().first();
    const text = await first.locator('.statement-text').textContent();
    expect(text).toMatch(/^Denmark pledged US\$160,000 to the LDC\/SIDS Trust Fund in 2017 \(as of 28 September 2017\)\. \(Source: /);
    expect(text).not.toMatch(/contributed/);
    await expect(first.locator('.statement-text').getAttribute('lang')).resolves.toBe('en');
    await expect(first.locator('.citation a').first().getAttribute('href')).resolves.toMatch(/^https?:\/\//);

    const count = await sentences().count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await h.page.getByRole('button', { name: /^Copy sentence \d+$/ }).count()).toBe(count);
    expect(await h.page.getByRole('button', { name: /^Copy all/ }).count()).toBe(1);
  });

  it('says what the Council asked of States, by resolution and paragraph, with a copy button per sentence', async () => {
    const calls = h.page.locator('ol.statement-calls > li');
    expect(await calls.count()).toBeGreaterThanOrEqual(4);
    const texts = (await calls.locator('.statement-text').allTextContents()).map(plain);
    expect(texts).toContain(
      'In resolution 57/32 of 11 October 2024 (paragraph 5), the Human Rights Council called upon States to continue contributing to the relevant United Nations funds for technical assistance and capacity-building in human rights and to the technical assistance programme of the Office of the High Commissioner. (Source: A/HRC/RES/57/32, para. 5, 11 October 2024.)',
    );
    // The Advisory Committee's findings are the Committee's, never the Council's.
    for (const text of texts.filter((t) => t.includes('A/HRC/43/31'))) expect(text).toMatch(/Advisory Committee/);
    await expect(calls.first().locator('.citation a').first().getAttribute('href')).resolves.toMatch(/^https:\/\/undocs\.org\//);
    expect(await h.page.getByRole('button', { name: /^Copy call \d+$/ }).count()).toBe(texts.length);
    await h.page.getByRole('button', { name: 'Copy call 1' }).click();
    await h.page.getByRole('status').filter({ hasText: /^Call 1 copied\.$/ }).waitFor();
    expect(plain(await h.page.evaluate(() => navigator.clipboard.readText()))).toBe(texts[0]);
  });

  it('copies one sentence, then all of them, and says so in a status message', async () => {
    await h.page.getByRole('button', { name: 'Copy sentence 1' }).click();
    await h.page.getByRole('status').filter({ hasText: /^Sentence 1 copied\.$/ }).waitFor();
    const first = plain(await sentences().first().locator('.statement-text').textContent());
    expect(plain(await h.page.evaluate(() => navigator.clipboard.readText()))).toBe(first);

    await h.page.getByRole('button', { name: /^Copy all/ }).click();
    await h.page.getByRole('status').filter({ hasText: /^All \d+ sentences copied\.$/ }).waitFor();
    const all = plain(await h.page.evaluate(() => navigator.clipboard.readText()));
    // All that may be quoted: the State's sentences, the fund-wide figures, the Council's calls.
    const texts = (await h.page.locator('ol.statement-sentences .statement-text, ol.statement-fund-wide-list .statement-text, ol.statement-calls .statement-text').allTextContents()).map(plain);
    expect(all).toBe(texts.join('\n\n'));
  });

  it('switches the brief to French and keeps it in the address', async () => {
    await h.page.getByRole('radio', { name: 'Français' }).click(); // the URL, not the click, sets the state: wait for it below
    await h.page.waitForURL(/\/en\/statements\/DNK\?lang=fr$/);
    await h.page.waitForFunction(() => document.querySelector('ol.statement-sentences .statement-text')?.getAttribute('lang') === 'fr');
    const text = plain(await sentences().first().locator('.statement-text').textContent());
    expect(text).toMatch(/^Le Danemark a annoncé une contribution de 160 000 dollars des États-Unis au Fonds PMA\/PEID en 2017/);
    await expect(h.page.locator('h1').textContent()).resolves.toBe('Statement brief'); // the interface stays English
  });

  it('goes to another State from the list', async () => {
    await h.page.goto(h.url('/en/statements'), { waitUntil: 'networkidle' });
    await expect(h.page.locator('.no-data').textContent()).resolves.toBe('Choose a State to read its brief.');
    await h.page.getByLabel('State', { exact: true }).selectOption('AZE');
    await h.page.waitForURL(/\/en\/statements\/AZE\?lang=en$/);
    await h.page.waitForSelector('ol.statement-sentences > li');
    await expect(sentences().first().locator('.statement-text').textContent()).resolves.toMatch(/^The Board of Trustees of the VFTC had before it for review 1 project concerning Azerbaijan/);
  });

  it('lists all 193 Member States, and gives Fiji what every delegation can say', async () => {
    await h.page.goto(h.url('/en/statements/FJI'), { waitUntil: 'networkidle' });
    const options = h.page.getByLabel('State', { exact: true }).locator('option:not([value=""])');
    expect(await options.count()).toBe(193);
    await expect(h.page.getByLabel('State', { exact: true }).inputValue()).resolves.toBe('FJI');
    await expect(h.page.getByTestId('no-figures').textContent()).resolves.toBe('No figure about Fiji as a donor or as a beneficiary is recorded in this dashboard.');
    const fundWide = (await h.page.locator('ol.statement-fund-wide-list .statement-text').allTextContents()).map(plain);
    expect(fundWide.some((t) => t.startsWith('The LDC/SIDS Trust Fund supported the participation of 172 delegates cumulatively since 2014'))).toBe(true);
    expect(await h.page.getByRole('button', { name: /^Copy fund-wide sentence \d+$/ }).count()).toBe(fundWide.length);
  });

  it('says when a State has no recorded figure, and when a code is no State', async () => {
    await h.page.goto(h.url('/en/statements/ISL'), { waitUntil: 'networkidle' });
    await expect(h.page.getByTestId('no-figures').textContent()).resolves.toBe('No figure about Iceland as a donor or as a beneficiary is recorded in this dashboard.');
    expect(await sentences().count()).toBe(0);
    // What the Council asked is the same for every State, with or without figures of its own.
    expect(await h.page.locator('ol.statement-calls > li').count()).toBeGreaterThan(0);
    await h.page.goto(h.url('/en/statements/XXX'), { waitUntil: 'networkidle' });
    await expect(h.page.getByRole('alert').textContent()).resolves.toBe('No State has the code “XXX”.');
  });
});

describe('statement brief, French', () => {
  it('reads in French: interface, sentences, numbers and dates, with sources and copy buttons', async () => {
    await h.page.goto(h.url('/fr/statements/MDV'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('ol.statement-sentences > li');
    await expect(h.page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(h.page.locator('h1').textContent()).resolves.toBe('Note pour déclaration');
    await expect(h.page.locator('h2').first().textContent()).resolves.toBe('Note sur les Maldives');
    await expect(h.page.getByRole('radio', { name: 'Français' }).isChecked()).resolves.toBe(true);

    const texts = (await sentences().locator('.statement-text').allTextContents()).map(plain);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    // HRC48's delegates were announced before the session: a plan, never said as done; the source's title is our description, in brackets.
    expect(texts).toContain(
      "Le Fonds PMA/PEID a annoncé son soutien à la participation de 1 délégué des Maldives à la 48e session du Conseil des droits de l'homme, en 2021 (annonce faite avant la session, et non décompte établi après). (Source : [OHCHR web page SIDS-LDCs.aspx of the LDCs/SIDS Trust Fund, 2021 version (\"Latest news\": HRC48 delegates)] (description en anglais), liste numérotée \"Latest news\", 2021.)",
    );
    expect(texts.some((t) => /a soutenu la participation de \d+ délégués? des Maldives à la 48e session/.test(t))).toBe(false);
    // A source that names the Maldives without saying the Fund paid is context, not a sentence to quote.
    expect(texts.some((t) => t.includes('en lien avec'))).toBe(false);
    const context = (await h.page.locator('.statement-context-list .statement-text').allTextContents()).map(plain);
    expect(context.some((t) => t.startsWith('Les Maldives figurent parmi les 10 États que la source cite en lien avec le Fonds PMA/PEID') && t.includes('au 16 juin 2015 (nombre non indiqué)') && t.includes("la source ne dit pas que le Fonds l'a financé"))).toBe(true);
    await expect(h.page.getByRole('heading', { name: /^Contexte/ }).count()).resolves.toBe(1);
    for (const text of texts) {
      // The sentence's own words are French (source titles are cited as published, in English).
      const claim = text.split(/\. \(Sources? :/)[0]!;
      expect(claim).not.toMatch(/\b(the|delegates?|session of|supported|June|pledged)\b/);
      expect(text).toMatch(/\(Sources? : .+\.\)$/);
    }
    expect(await sentences().locator('.citation a').count()).toBeGreaterThanOrEqual(texts.length);
    expect(await h.page.getByRole('button', { name: /^Copier la phrase \d+$/ }).count()).toBe(texts.length);
    await h.page.getByRole('button', { name: /^Tout copier \(\d+ phrases\)$/ }).click();
    await h.page.getByRole('status').filter({ hasText: /^Les \d+ phrases ont été copiées\.$/ }).waitFor();
  });

  it('gives a French interface an English brief when asked', async () => {
    await h.page.goto(h.url('/fr/statements/MDV?lang=en'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('ol.statement-sentences > li');
    await expect(h.page.getByRole('radio', { name: 'English' }).isChecked()).resolves.toBe(true);
    await expect(sentences().first().locator('.statement-text').getAttribute('lang')).resolves.toBe('en');
    await expect(sentences().first().locator('.statement-text').textContent()).resolves.toMatch(/^The LDC\/SIDS Trust Fund announced it would support the participation of 1 delegate from Maldives/);
    await expect(h.page.locator('.statement-context-list .statement-text').first().textContent()).resolves.toMatch(/^Maldives is among the 10 States that the source names/);
    await expect(h.page.getByRole('button', { name: /^Tout copier|^Copier les/ }).count()).resolves.toBe(1);
  });
});
