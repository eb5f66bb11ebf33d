// Browser tests: the built SPA served by the real server, read in Debian's Chromium.

import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const h = useBrowserHarness();

/** A figure's record id ("ldc-sids-063"): never in a reader's text. */
const RECORD_ID = /\b(vftc|ldc-sids|upr-participation|upr-implementation)-\d{3}\b/;
/** Staging mirrors of ohchr.org: a copy may have been read there, but no primary link goes there. */
const MIRROR = /un-icc\.cloud|previous\.ohchr\.org/;

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
    // The source is one click away: a marker that opens the citation.
    const marker = vftc.locator('[data-metric="contributions"] .cite-marker summary');
    expect(await vftc.locator('[data-metric="contributions"] .citation a').isVisible()).toBe(false);
    await marker.click();
    await expect(vftc.locator('[data-metric="contributions"] .citation a').getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    expect(await vftc.locator('[data-metric="contributions"] .citation a').isVisible()).toBe(true);
    await expect(vftc.locator('[data-metric="requirement"] .value').textContent()).resolves.toBe('not published');

    // A chart was drawn, in plain SVG (no chart library on the first view): bars, with "≥" marks over the lower-bound years.
    expect(await vftc.locator('.small-chart svg rect.bar').count()).toBeGreaterThan(3);
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
    await h.page.getByTestId('figure-list').locator('summary').first().click(); // the list sits closed below the first screen
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
    await h.page.getByTestId('figure-list').locator('summary').first().click(); // the list sits closed below the first screen
    await h.page.waitForSelector('table.figure-table tbody tr');
    expect(await h.page.locator('.qualifier.conflict').count()).toBeGreaterThan(0);
    // Counts announced before a session say so; record ids and curation notes stay behind "Data notes".
    expect(await h.page.locator('table.figure-table .qualifier', { hasText: 'announced before the session' }).count()).toBeGreaterThan(0);
    const visible = await h.page.locator('main').innerText();
    expect(visible).not.toMatch(RECORD_ID);
    const withNote = h.page.locator('table.figure-table tr', { has: h.page.locator('details.data-notes') }).first();
    await withNote.locator('details.data-notes summary').click();
    await expect(withNote.locator('details.data-notes').innerText()).resolves.toMatch(RECORD_ID);
    await h.page.goto(h.url('/en/funds/upr-implementation'), { waitUntil: 'networkidle' });
    await h.page.getByTestId('figure-list').locator('summary').first().click(); // the list sits closed below the first screen
    await h.page.waitForSelector('table.figure-table tbody tr');
    await expect(h.page.locator('table.figure-table').textContent()).resolves.toContain('secondary source');
  });

  it('answers an unknown fund with its error, not a blank page', async () => {
    await h.page.goto(h.url('/en/funds/nothing'), { waitUntil: 'networkidle' });
    await expect(h.page.locator('[role="alert"]').textContent()).resolves.toMatch(/No fund with id "nothing"/);
  });
});

describe('founding facts', () => {
  it('shows the VFTC created in November 1987 under 1987/38 and 1987/147, with its sources, and the Council’s calls', async () => {
    await h.page.goto(h.url('/en/funds/vftc'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('[data-testid="establishment"] li');
    const first = h.page.locator('[data-testid="establishment"] li').first();
    await expect(first.locator('.establishment-text').textContent()).resolves.toBe(
      'November 1987 — created by the Secretary-General under Commission on Human Rights resolution 1987/38 and ECOSOC decision 1987/147',
    );
    await expect(first.locator('.citation a').first().getAttribute('href')).resolves.toBe('https://undocs.org/fr/A/HRC/43/31');

    // Each call by resolution, paragraph and date; the Advisory Committee's findings apart and named as its own.
    const call = h.page.locator('ol.council-calls > li[data-body="human_rights_council"]').first();
    await expect(call.locator('.call-ref').textContent()).resolves.toBe('Resolution 57/32, paragraph 5 · 11 October 2024');
    await expect(call.locator('.call-text').textContent()).resolves.toMatch(/^The Human Rights Council called upon States to continue contributing .+\(the paragraph speaks of the relevant UN funds; the resolution names this fund\)$/);
    const advisory = await h.page.locator('.advisory-findings ol.council-calls > li .call-text').allTextContents();
    expect(advisory.length).toBeGreaterThan(0);
    for (const text of advisory) expect(text).toMatch(/^The Advisory Committee /);

    // The official address first; a staging copy only as the secondary note. No record id, no curation note in view.
    const primary = await h.page.$$eval('main .citation > a:first-child', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(primary.length).toBeGreaterThan(10);
    expect(primary.filter((href) => MIRROR.test(href))).toEqual([]);
    expect(await h.page.locator('.citation-copy a', { hasText: 'read on a staging copy of this page' }).count()).toBeGreaterThan(0);
    const visible = await h.page.locator('main').innerText();
    expect(visible).not.toMatch(RECORD_ID);
    expect(visible).not.toContain('read during research');
    await h.page.locator('details.data-notes summary').first().click();
    await expect(h.page.locator('details.data-notes').first().innerText()).resolves.toContain('read during research');

    await h.page.goto(h.url('/en/'), { waitUntil: 'networkidle' });
    const card = h.page.locator('article.fund-card[data-fund="vftc"] [data-testid="establishment"]');
    await expect(card.locator('.establishment-text').textContent()).resolves.toMatch(/^November 1987 — .+1987\/38 and ECOSOC decision 1987\/147$/);
    await card.locator('summary').click();
    await expect(card.locator('.citation a').first().getAttribute('href')).resolves.toBe('https://undocs.org/fr/A/HRC/43/31');
  });

  it('shows the UPR Implementation Fund’s 2009 and 2007 as sources that disagree, on the page and the card', async () => {
    await h.page.goto(h.url('/en/funds/upr-implementation'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('[data-testid="establishment"] li');
    const section = h.page.locator('[data-testid="establishment"]');
    await expect(section.locator('.establishment-disagree').textContent()).resolves.toBe('Sources disagree on the year');
    const events = await section.locator('li .establishment-text').allTextContents();
    expect(events).toContain('2009 — created by the Human Rights Council under its resolution 6/17');
    expect(events).toContain('2007 — created by the Human Rights Council under its resolution 6/17');
    await h.page.goto(h.url('/en/'), { waitUntil: 'networkidle' });
    await expect(h.page.locator('article.fund-card[data-fund="upr-implementation"] .establishment-disagree').textContent()).resolves.toBe('Sources disagree on the year');
  });

  it('shows the UPR Participation Fund’s resolutions 5/1 and 6/17, in French', async () => {
    await h.page.goto(h.url('/fr/funds/upr-participation'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('[data-testid="establishment"] li');
    const events = await h.page.locator('[data-testid="establishment"] li .establishment-text').allTextContents();
    expect(events).toContain('Date non indiquée — créé par le Conseil des droits de l’homme en application de ses résolutions 5/1 et 6/17');
    await expect(h.page.locator('.council-calls-section h2').textContent()).resolves.toBe('Ce que le Conseil a demandé aux États');
    await expect(h.page.locator('ol.council-calls > li .call-ref').first().textContent()).resolves.toMatch(/^Résolution 57\/32, paragraphe 5 · 11 octobre 2024$/);
  });
});
