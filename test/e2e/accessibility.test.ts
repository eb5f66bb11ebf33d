// WCAG 2.2 AA checks with axe-core on every page, in English, French and Arabic (right to left),
// and keyboard-only use: skip link, visible focus, menus and downloads reachable and operable.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ADMIN = { email: 'admin@example.org', password: 'a long enough password', role: 'admin' as const };

// axe-core is injected as an inline script, which the site's CSP refuses: bypassCSP.
const h = useBrowserHarness({ server: { users: [ADMIN] }, context: { acceptDownloads: true, bypassCSP: true } });

/** Every page a reader can open (editor pages are checked signed in, below). */
const PUBLIC_PAGES = [
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
  'statements/MDV',
  'map',
  'countries/FJI',
  'sources',
  'glossary',
  'api',
  'sign-in',
  'no-such-page',
];
const EDITOR_PAGES = ['import', 'audit', 'users', 'figures/new', 'figures/vftc-001/edit', 'sources/new'];

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] };

async function axeViolations(target: Page): Promise<string[]> {
  await target.addScriptTag({ content: AXE_SOURCE });
  const result = (await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  })) as AxeResult;
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Opens a page and waits until its data has arrived (nothing says "Loading…"). */
async function open(path: string) {
  await h.page.goto(h.url(`/${path}`), { waitUntil: 'networkidle' });
  await h.page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 15_000 });
}

describe.each(['en', 'fr', 'ar'] as const)('axe-core in %s', (lang) => {
  it.each(PUBLIC_PAGES)(`finds no violation on /${lang}/%s`, async (path) => {
    await open(`${lang}/${path}`);
    expect(await h.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    // Open every disclosure (table alternatives, sources, formulas) so that what they hide is checked too.
    await h.page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    expect(await axeViolations(h.page)).toEqual([]);
  });
});

describe('axe-core on the editors’ pages', () => {
  it('signs in', async () => {
    await open('en/sign-in');
    await h.page.getByLabel('Email').fill(ADMIN.email);
    await h.page.getByLabel('Password').fill(ADMIN.password);
    await h.page.getByRole('button', { name: 'Sign in' }).click();
    await h.page.waitForSelector('.signed-in');
  });

  for (const lang of ['en', 'fr', 'ar'] as const) {
    it.each(EDITOR_PAGES)(`finds no violation on /${lang}/%s`, async (path) => {
      await open(`${lang}/${path}`);
      expect(await axeViolations(h.page)).toEqual([]);
    });
  }
});

describe('keyboard only', () => {
  it('starts with a visible skip link that moves focus to the content', async () => {
    await open('en/funds/vftc');
    await h.page.keyboard.press('Tab');
    const skip = await h.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, visible: box.left >= 0 && box.top >= 0 && box.width > 0, outline: getComputedStyle(el).outlineStyle };
    });
    expect(skip).toEqual({ text: 'Skip to content', visible: true, outline: 'solid' });
    await h.page.keyboard.press('Enter');
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a focus ring on every control it reaches, and reaches the downloads', async () => {
    await open('en/funds/vftc');
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await h.page.keyboard.press('Tab');
      const focused = await h.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { label: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', outline: style.outlineStyle, width: style.outlineWidth, tag: el.tagName };
      });
      if (focused.tag === 'BODY') continue;
      expect(focused.outline, `focus ring on ${focused.tag} “${focused.label}”`).not.toBe('none');
      seen.push(focused.label);
    }
    expect(seen.some((label) => /as CSV$/.test(label))).toBe(true);
  });

  it('downloads a chart as SVG from the keyboard, with its sources and qualifier notes inside', async () => {
    await open('en/funds/vftc');
    const button = h.page.getByRole('button', { name: /Download the chart .* as SVG/ }).first();
    await button.focus();
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.keyboard.press('Enter')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('vftc-money-by-year.svg');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('HR/98/91'); // a source of the 1998 figure, cited under the chart
    expect(svg).toContain('≥ at least this much'); // the note on lower bounds
    expect(svg).toContain('recharts-bar-rectangle'); // the bars themselves
  });
});
