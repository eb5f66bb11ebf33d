// The donors' gaps, the donor pages and the Board's review pack, read in the browser; the pack printed to A4.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const h = useBrowserHarness({ context: { viewport: { width: 1280, height: 1000 } } });

const text = (selector: string) => h.page.locator(selector).first().textContent();

describe('gaps', () => {
  it('shows every fund with "requirement not published" and no invented gap, with the formula one click away', async () => {
    await h.page.goto(h.url('/en/gaps'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('section.gap-fund[data-fund="upr-implementation"]');
    expect(await h.page.locator('section.gap-fund').count()).toBe(4);
    expect(await h.page.locator('.requirement-missing').count()).toBe(4);
    await expect(text('.no-ranking')).resolves.toMatch(/no gap can be computed/);
    await h.page.locator('details.formula summary').click();
    await expect(text('details.formula p')).resolves.toMatch(/gap = requirement − received − outstanding/);
    const vftcGap = await h.page.locator('section.gap-fund[data-fund="vftc"] table.funding-table tbody tr', { hasText: '2020' }).textContent();
    expect(vftcGap).toContain('$23,266,101');
    expect(vftcGap).toContain('unknown (no published requirement)');
  });
});

describe('donors', () => {
  it('shows the donor × fund matrix with a pledge as a pledge, and a fund’s donor base', async () => {
    await h.page.goto(h.url('/en/donors?fund=ldc-sids'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.donor-matrix tr[data-donor="DNK"]');
    await expect(h.page.locator('table.donor-matrix tr[data-donor="DNK"][data-fund="ldc-sids"]').textContent()).resolves.toContain('pledged $160,000');
    await expect(h.page.locator('table.donor-matrix tr[data-donor="AUS"][data-fund="ldc-sids"]').textContent()).resolves.toContain('listed as a donor (amount not stated)');
    // An undated pledge counts in the matrix; a contribution without an amount says so, never a dash.
    await expect(h.page.locator('table.donor-matrix tr[data-donor="ARE"][data-fund="ldc-sids"]').textContent()).resolves.toContain('pledged $25,000');
    // One row per donor and fund: donor, fund, what is recorded, then year by year.
    const aut = h.page.locator('table.donor-matrix tr[data-donor="AUT"][data-fund="ldc-sids"] td');
    await expect(aut.nth(0).textContent()).resolves.toBe('LDC/SIDS Trust Fund');
    await expect(aut.nth(1).textContent()).resolves.toBe('contribution recorded, amount not stated (paid or pledged not stated)');
    await expect(aut.nth(2).textContent()).resolves.toBe('2020: contribution recorded, amount not stated');
    await h.page.waitForSelector('table.donor-base tbody tr');
    const y2016 = await h.page.locator('table.donor-base tbody tr', { hasText: '2016' }).textContent();
    expect(y2016).toMatch(/2016\s*15\s*10/);
    // Counted out of the UN's Member States, not ISO territories.
    await expect(h.page.locator('.donor-base ~ details summary, details:has(.state-list) summary').first().textContent()).resolves.toMatch(
      /^\d+ of the 193 Member States have no contribution recorded for this fund$/,
    );
  });

  it('shows one donor’s pledges, payments and unpaid pledges, never ranking an unknown amount', async () => {
    await h.page.goto(h.url('/en/donors/DNK'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.donor-years tbody tr');
    const row = await h.page.locator('table.donor-years tbody tr', { hasText: '2017' }).textContent();
    expect(row).toContain('$160,000');
    expect(row).toContain('pledged (not known to be paid)');
    // The pledge's amount is known: it is stated, with the real reason it is not ranked.
    const cells = h.page.locator('table.donor-years tbody tr', { hasText: '2017' }).locator('td');
    await expect(cells.nth(2).textContent()).resolves.toBe('$160,000 pledged, payment not recorded');
    await expect(cells.nth(3).textContent()).resolves.toBe('not ranked: only a pledge is recorded for this year');
    await expect(cells.nth(4).textContent()).resolves.toBe('share unknown: the fund’s total for the year is not recorded');
    await expect(h.page.locator('dd[data-total="payment-not-recorded"]').textContent()).resolves.toBe('$160,000');
  });

  it('shows an undated pledge in the donor’s totals, and a contribution without an amount as recorded', async () => {
    await h.page.goto(h.url('/en/donors/ARE'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('section.donor-fund[data-fund="ldc-sids"]');
    await expect(h.page.locator('dd[data-total="pledged"]').textContent()).resolves.toBe('$25,000');
    await h.page.goto(h.url('/en/donors/AUT'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.donor-years tbody tr');
    const cells = h.page.locator('table.donor-years tbody tr', { hasText: '2020' }).locator('td');
    await expect(cells.nth(1).textContent()).resolves.toMatch(/^contribution recorded, amount not stated/);
    await expect(cells.nth(3).textContent()).resolves.toBe('not ranked: the amount is not stated');
  });
});

describe('Board review pack', () => {
  it('shows sources and uses, year-on-year changes and completeness for a fund and period', async () => {
    await h.page.goto(h.url('/en/review?fund=vftc&from=2019&to=2020'), { waitUntil: 'networkidle' });
    await h.page.waitForSelector('table.sources-uses tbody tr');
    const contributions = await h.page.locator('table.sources-uses tbody tr', { hasText: 'Contributions' }).textContent();
    expect(contributions).toContain('$17,208,002');
    expect(contributions).toContain('$23,266,101');
    await expect(h.page.locator('.review-pack').textContent()).resolves.toContain('Contributions 2020: +$6,058,099 (+35.2%) on the year before');
    // Completeness, compact: one row per year, the missing lines named.
    const y2020 = h.page.locator('table.completeness tbody tr', { hasText: '2020' });
    await expect(y2020.locator('td').nth(0).textContent()).resolves.toBe('2 of 6');
    await expect(y2020.locator('td').nth(1).textContent()).resolves.toContain('Closing balance');
    // Contributions less expenditure where both are recorded; the implied balance is unknown (its parts are).
    const result = h.page.locator('table.review-results tbody tr', { hasText: 'Contributions less expenditure' });
    await expect(result.locator('td').nth(1).locator('.value').textContent()).resolves.toBe('$7,322,858');
    await expect(result.locator('td .cite-marker').count()).resolves.toBe(2);
    await expect(h.page.locator('table.review-results tbody tr', { hasText: 'Implied closing balance' }).locator('td').allTextContents()).resolves.toEqual(['unknown', 'unknown']);
  });

  it('gives every amount its citation, one keyboard press away', async () => {
    const amounts = h.page.locator('table.sources-uses tbody td:has(.value)');
    const count = await amounts.count();
    expect(count).toBe(4); // contributions and expenditure, 2019 and 2020
    for (let i = 0; i < count; i++) expect(await amounts.nth(i).locator('.cite-marker summary').count()).toBe(1);
    expect(await h.page.locator('.pack-section li:has-text("on the year before") .cite-marker').count()).toBe(2);
    const marker = amounts.first().locator('.cite-marker');
    await marker.locator('summary').focus();
    await h.page.keyboard.press('Enter');
    await expect(marker.locator('details').getAttribute('open')).resolves.toBe('');
    await expect(marker.locator('.citation a').first().getAttribute('href')).resolves.toMatch(/^https?:\/\//);
  });

  it('prints to A4 without the site’s navigation', async () => {
    await h.page.emulateMedia({ media: 'print' });
    await expect(h.page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(h.page.locator('.no-print').isVisible()).resolves.toBe(false);
    await expect(h.page.locator('table.sources-uses').isVisible()).resolves.toBe(true);
    // On paper each amount's citation is printed beside it.
    await expect(h.page.locator('table.sources-uses .cite-print').first().isVisible()).resolves.toBe(true);
    await expect(h.page.locator('table.sources-uses .cite-print').first().textContent()).resolves.toMatch(/<https?:\/\/.+>/);
    // No control prints: buttons, selects, inputs, forms, navigation.
    const controls = await h.page.locator('button, select, input, textarea, form, nav').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    expect(controls).toBe(0);
    // The summary opens the pack; the documents to read are the annex that closes it.
    const sections = await h.page.locator('.review-pack > section h3').allTextContents();
    expect(sections[0]).toBe('Summary');
    expect(sections.at(-1)).toBe('Annex: documents to read');
    await expect(h.page.locator('.pack-summary').textContent()).resolves.toMatch(/In 2020, the latest year with both recorded, contributions of \$23,266,101 exceeded expenditure of \$15,943,243 by \$7,322,858\./);
    await expect(h.page.locator('.pack-summary .cite-print').isVisible()).resolves.toBe(true);
    await expect(h.page.locator('.pack-made').textContent()).resolves.toMatch(/^Made on .+ from http:\/\/.+\/en\/review\?fund=vftc&from=2019&to=2020$/);
    const pdf = await h.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    // Each page carries "n / total" in its margin.
    const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    expect(document.numPages).toBeGreaterThanOrEqual(2);
    expect(document.numPages).toBeLessThanOrEqual(8);
    for (let n = 1; n <= document.numPages; n++) {
      const text = (await (await document.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
      expect(text.replace(/\s+/g, ''), `page ${n}`).toContain(`${n}/${document.numPages}`);
    }
    await document.destroy();
    await h.page.emulateMedia({ media: 'screen' });
  });
});
