// Browser tests: the built SPA served by the real server, read in Debian's Chromium.

import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const h = useBrowserHarness();

describe('first start', () => {
  it('loads the empty database from data/', () => {
    expect(h.server.log()).toMatch(/Loaded data\/ into the (embedded database \(.+\)|PostgreSQL database): \d+ figures/);
  });
});

describe('overview', () => {
  it('shows the four funds, their latest figures with sources, and a rendered chart', async () => {
    await h.page.goto(h.url('/en/'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('article.fund-card[data-fund="upr-implementation"]');
    const funds = await h.page.$$eval('article.fund-card', (cards) => cards.map((c) => c.getAttribute('data-fund')));
    expect(funds).toEqual(['vftc', 'upr-participation', 'ldc-sids', 'upr-implementation']);

    const vftc = h.page.locator('article.fund-card[data-fund="vftc"]');
    await expect(vftc.locator('[data-metric="contributions"] .value').textContent()).resolves.toBe('$23,266,101');
    await expect(vftc.locator('[data-metric="expenditure"] .value').textContent()).resolves.toBe('$15,943,243');
    await expect(vftc.locator('[data-metric="contributions"] .citation a').getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    await expect(vftc.locator('[data-metric="requirement"] .value').textContent()).resolves.toBe('not published');

    // A chart was drawn: bars in an SVG, with "≥" marks over the lower-bound years.
    expect(await vftc.locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(3);
    await expect(vftc.locator('svg').first().textContent()).resolves.toContain('≥');

    // A fund with no money figure says so instead of drawing zeros.
    await expect(h.page.locator('article.fund-card[data-fund="upr-participation"] .no-data').textContent()).resolves.toMatch(/No yearly money figure/);
  });

  it('reads in French, with French number formats', async () => {
    await h.page.goto(h.url('/fr/'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('article.fund-card[data-fund="vftc"] [data-metric="contributions"]');
    await expect(h.page.locator('h1').textContent()).resolves.toBe('Les quatre fonds');
    await expect(h.page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    const amount = await h.page.locator('article.fund-card[data-fund="vftc"] [data-metric="contributions"] .value').textContent();
    expect(amount?.replace(/\s/g, ' ')).toBe('23 266 101 $US');
  });
});

describe('fund page', () => {
  it('lists every figure with its qualifiers and a citation link, and shows missing years as missing', async () => {
    await h.page.goto(h.url('/en/funds/vftc'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.figure-table tbody tr');
    const row1998 = h.page.locator('table.figure-table tr', { hasText: 'part of the year, to 26 November 1998' }).first();
    await expect(row1998.locator('.value').textContent()).resolves.toBe('≥ US$10 million');
    await expect(row1998.locator('.qualifiers').textContent()).resolves.toContain('lower bound');
    await expect(row1998.locator('.citation a').first().getAttribute('href')).resolves.toMatch(/^https?:\/\//);

    const average = h.page.locator('table.figure-table tr', { hasText: 'average per year since 1988' }).first();
    await expect(average.locator('.value').textContent()).resolves.toBe('≈ US$3 million');

    const fundingYears = await h.page.$$eval('table.funding-table tbody th', (cells) => cells.map((c) => c.textContent));
    expect(fundingYears).toEqual(['1998', '2000', '2002', '2019', '2020']);
    await expect(h.page.locator('.chart-summary').textContent()).resolves.toMatch(/missing, not zero/);
    expect(await h.page.locator('ul.backlog li').count()).toBeGreaterThan(0);
  });

  it('marks secondary sources and disagreeing sources', async () => {
    await h.page.goto(h.url('/en/funds/ldc-sids'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.figure-table tbody tr');
    expect(await h.page.locator('.qualifier.conflict').count()).toBeGreaterThan(0);
    await h.page.goto(h.url('/en/funds/upr-implementation'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.figure-table tbody tr');
    await expect(h.page.locator('table.figure-table').textContent()).resolves.toContain('secondary source');
  });

  it('answers an unknown fund with its error, not a blank page', async () => {
    await h.page.goto(h.url('/en/funds/nothing'), { waitUntil: 'networkidle' });
    await expect(h.page.locator('[role="alert"]').textContent()).resolves.toMatch(/No fund with id "nothing"/);
  });
});
