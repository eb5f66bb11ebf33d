// The first screens that answer, on a phone and in Arabic: no page wider than a 360 px screen in
// English, French or Arabic; the navigation folded behind a menu button that opens by keyboard; a
// fund page that says how old its latest money figures are and what came in against what went out;
// donors ranked only where the funding module allows it; and a donor sheet that prints on one page
// without the site's controls.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const EDITOR = { email: 'editor@example.org', password: 'a long enough password', role: 'editor' as const };
// axe-core is injected as an inline script, which the site's CSP refuses: bypassCSP.
const h = useBrowserHarness({ server: { users: [EDITOR] }, context: { viewport: { width: 360, height: 780 }, bypassCSP: true } });

const ROUTES = [
  '',
  'funds/vftc',
  'funds/upr-participation',
  'funds/ldc-sids',
  'funds/upr-implementation',
  'gaps',
  'donors',
  'donors/DNK',
  'review?fund=vftc&from=2019&to=2020',
  'statements',
  'statements/DNK',
  'map',
  'countries/FJI',
  'sources',
  'glossary',
  'api',
  'sign-in',
  'no-such-page',
];

const EDITOR_ROUTES = ['import', 'audit', 'users', 'figures/new', 'figures/vftc-001/edit', 'sources/new'];

async function open(path: string) {
  await h.page.goto(h.url(`/${path}`), { waitUntil: 'networkidle' });
  await h.page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 15_000 });
}

/** What sticks out of the screen, for the failure message. */
const overflowing = () =>
  h.page.evaluate(() => {
    const width = window.innerWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const parent = el.parentElement?.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5) && parent !== undefined && parent.right <= width + 0.5 && parent.left >= -0.5;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
  });

describe.each(['en', 'fr', 'ar'] as const)('at 360 px in %s', (lang) => {
  it.each(ROUTES)(`/${lang}/%s is no wider than the screen`, async (path) => {
    await h.page.setViewportSize({ width: 360, height: 780 });
    await open(`${lang}/${path}`);
    const [scrollWidth, viewport] = await h.page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
    expect(scrollWidth, `wider than ${viewport}px: ${(await overflowing()).join(', ')}`).toBeLessThanOrEqual(viewport);
  });
});

describe('the navigation on a phone', () => {
  it('is folded behind a menu button that opens and closes by keyboard', async () => {
    await h.page.setViewportSize({ width: 360, height: 780 });
    await open('en/funds/vftc');
    const menu = h.page.getByRole('button', { name: 'Menu' });
    const gaps = h.page.getByRole('link', { name: 'Gaps', exact: true });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(gaps.isVisible()).resolves.toBe(false);
    // Skip link, site title, then the menu button.
    for (let i = 0; i < 3; i++) await h.page.keyboard.press('Tab');
    await expect(h.page.evaluate(() => document.activeElement?.className)).resolves.toContain('menu-button');
    await h.page.keyboard.press('Enter');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(gaps.isVisible()).resolves.toBe(true);
    // The next Tab reaches the first link of the opened menu.
    await h.page.keyboard.press('Tab');
    await expect(h.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Overview');
    await h.page.keyboard.press('Shift+Tab');
    await h.page.keyboard.press('Space');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(gaps.isVisible()).resolves.toBe(false);
  });

  it('folds again on the next page, and is not folded on a wide screen', async () => {
    await h.page.setViewportSize({ width: 360, height: 780 });
    await open('en/');
    await h.page.getByRole('button', { name: 'Menu' }).click();
    await h.page.getByRole('link', { name: 'Gaps', exact: true }).click();
    await h.page.waitForURL(/\/en\/gaps$/);
    await h.page.waitForSelector('h1');
    // The new page renders once its code and data are in; then the menu is folded.
    await h.page.waitForSelector('.menu-button[aria-expanded="false"]', { timeout: 5000 });
    await expect(h.page.getByRole('link', { name: 'Gaps', exact: true }).isVisible()).resolves.toBe(false);
    await h.page.setViewportSize({ width: 1280, height: 900 });
    await expect(h.page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    await expect(h.page.getByRole('link', { name: 'Gaps', exact: true }).isVisible()).resolves.toBe(true);
  });
});

describe('axe-core on a phone, the menu folded and opened', () => {
  it.each(['en/funds/vftc', 'ar/funds/ldc-sids', 'fr/donors', 'ar/donors/DNK'])('finds no violation on /%s at 390 px', async (path) => {
    await h.page.setViewportSize({ width: 390, height: 844 });
    await open(path);
    await h.page.addScriptTag({ content: AXE_SOURCE });
    const run = () =>
      h.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
    expect(await run()).toEqual([]);
    await h.page.locator('.menu-button').click();
    expect(await run()).toEqual([]);
  });
});

describe('a fund’s first screen', () => {
  const age = (lang: string, year: number) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(year - new Date().getUTCFullYear(), 'year');

  it.each(['en', 'fr', 'ar'] as const)('shows in %s the latest year of each money figure with its age, and received against spent', async (lang) => {
    await h.page.setViewportSize({ width: 390, height: 844 });
    await open(`${lang}/funds/vftc`);
    const glance = h.page.getByTestId('fund-glance');
    // On the first screen of a phone, not below the fold.
    const top = await glance.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    const contributions = glance.locator('[data-metric="contributions"]');
    await expect(contributions.locator('.glance-age').textContent()).resolves.toBe(`2020 — ${age(lang, 2020)}`);
    const money = (dollars: number) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(dollars);
    const balance = await h.page.getByTestId('received-vs-spent').textContent();
    for (const amount of [23_266_101, 15_943_243, 7_322_858]) expect(balance).toContain(money(amount));
    if (lang === 'en') expect(balance).toContain('$7,322,858 more came in than went out');
    // Sources one click away, not inline.
    const marker = h.page.getByTestId('received-vs-spent').locator('.cite-marker summary');
    await marker.click();
    await expect(h.page.getByTestId('received-vs-spent').locator('.citation a').first().getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    // No guessed gap: no requirement is published, and the page says what is known instead.
    await expect(h.page.getByTestId('gap').textContent()).resolves.not.toMatch(/\d/);
  });

  it('keeps the long figure list closed below the answers', async () => {
    await open('en/funds/vftc');
    await expect(h.page.locator('table.figure-table').isVisible()).resolves.toBe(false);
    await h.page.getByTestId('figure-list').locator('summary').first().click();
    await expect(h.page.locator('table.figure-table').isVisible()).resolves.toBe(true);
  });

  it('reads "at least" in Arabic as words, and draws the chart’s axis labels outside the plot', async () => {
    await h.page.setViewportSize({ width: 390, height: 844 });
    await open('ar/funds/ldc-sids');
    const latest = await h.page.getByTestId('fund-glance').locator('[data-metric="contributions"] .value').textContent();
    expect(latest).toContain('لا يقل عن');
    expect(latest).not.toMatch(/[≥≤]/);
    // The amount and its currency are one isolated run.
    expect(latest).toMatch(/\u2068[^\u2069]*US\$[^\u2069]*\u2069/);
    const [plotRight, labelsLeft] = await h.page.evaluate(() => {
      const grid = document.querySelector('.recharts-cartesian-grid')!.getBoundingClientRect();
      const ticks = [...document.querySelectorAll('.recharts-yAxis .recharts-cartesian-axis-tick-value')].map((t) => t.getBoundingClientRect().left);
      return [grid.right, Math.min(...ticks)];
    });
    expect(labelsLeft).toBeGreaterThanOrEqual(plotRight - 1);
  });
});

describe('donors', () => {
  it('says why a year is not ranked where the fund’s total is unknown', async () => {
    await h.page.setViewportSize({ width: 1280, height: 900 });
    await open('en/donors?fund=ldc-sids');
    const y2017 = h.page.getByTestId('donor-ranking').locator('[data-year="2017"]');
    await expect(y2017.locator('[data-withheld]').textContent()).resolves.toMatch(/not ranked — the fund’s total received for 2017 is not recorded/);
    await expect(y2017.locator('li[data-donor="DNK"]').textContent()).resolves.toContain('not ranked: only a pledge is recorded for this year');
    await expect(y2017.locator('table.ranking-table').count()).resolves.toBe(0);
  });

  it('ranks exact amounts once the fund’s total for the year is recorded', async () => {
    const headers = { origin: h.url() };
    const signIn = await h.page.request.post(h.url('/api/session'), { data: { email: EDITOR.email, password: EDITOR.password }, headers });
    expect(signIn.status()).toBe(200);
    const sources = (await (await h.page.request.get(h.url('/api/sources'))).json()) as { sources: { id: string }[] };
    const source = sources.sources[0]!.id;
    const figure = (donor: string | null, dollars: number, precision = 'exact') => ({
      fund: 'ldc-sids', year: 2021, metric: 'contributions', value: dollars * 100, status: 'received', precision, period: 'calendar_year',
      periodStart: null, asOf: null, donor, countries: [], scope: null, session: null, note: null, sources: [{ id: source, locator: null }],
    });
    for (const data of [figure(null, 1_485_000), figure('GBR', 1_250_000), figure('DNK', 160_000), figure('AUS', 75_000, 'rounded')]) {
      const created = await h.page.request.post(h.url('/api/figures'), { data, headers });
      expect(created.status(), await created.text()).toBe(201);
    }
    await open('en/donors?fund=ldc-sids');
    const y2021 = h.page.getByTestId('donor-ranking').locator('[data-year="2021"]');
    const rows = await y2021.locator('table.ranking-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-donor'), tr.querySelector('td')?.textContent]));
    expect(rows).toEqual([
      ['GBR', '1'],
      ['DNK', '2'],
    ]);
    await expect(y2021.locator('tr[data-donor="DNK"]').textContent()).resolves.toContain('10.8%');
    await expect(y2021.locator('li[data-donor="AUS"]').textContent()).resolves.toContain('not ranked: the amount is not exact');
  });

  it.each(['en', 'fr', 'ar'])('keeps the editors’ pages no wider than a 360 px screen in %s (signed in above)', async (lang) => {
    await h.page.setViewportSize({ width: 360, height: 780 });
    for (const path of EDITOR_ROUTES) {
      await open(`${lang}/${path}`);
      await expect(h.page.locator('.signed-in').count(), 'signed in as the editor').resolves.toBe(1);
      const [scrollWidth, viewport] = await h.page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
      expect(scrollWidth, `/${lang}/${path} wider than ${viewport}px: ${(await overflowing()).join(', ')}`).toBeLessThanOrEqual(viewport);
    }
    await h.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints the donor sheet on one page without the site’s controls', async () => {
    await open('en/donors/DNK');
    await expect(h.page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(true);
    await h.page.emulateMedia({ media: 'print' });
    try {
      for (const selector of ['.site-header', '.site-footer', '.sheet-tools', '.export-buttons', 'table.figure-table']) {
        await expect(h.page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      await expect(h.page.locator('table.donor-years').isVisible()).resolves.toBe(true);
      await expect(h.page.locator('.sheet-sources').isVisible()).resolves.toBe(true);
      await expect(h.page.locator('.sheet-made').textContent()).resolves.toContain(h.url('/en/donors/DNK'));
      const pdf = await h.page.pdf({ format: 'A4' });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    } finally {
      await h.page.emulateMedia({ media: 'screen' });
    }
  });
});
