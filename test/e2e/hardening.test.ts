// In the browser: the users page refuses weak passwords with the shared rule, in the reader's language,
// before anything is sent; and a 1,000-character word in a quotable sentence wraps instead of making
// the statement brief wider than the screen.

import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from './harness.js';

const ADMIN = { email: 'admin@example.org', password: 'a long enough password', role: 'admin' as const };
const h = useBrowserHarness({ server: { users: [ADMIN] }, context: { viewport: { width: 1024, height: 900 } } });

describe('the users page', () => {
  it('refuses weak passwords before sending them, saying why in the reader’s language', async () => {
    const page = h.page;
    await page.goto(h.url('/en/sign-in'), { waitUntil: 'networkidle' });
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('.signed-in');

    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/users')) posts.push(request.url());
    });
    await page.goto(h.url('/en/users'), { waitUntil: 'networkidle' });
    const form = page.locator('form.form');
    await form.getByLabel('Email').fill('weak@example.org');
    for (const [password, message] of [
      [' '.repeat(12), 'The password cannot be only spaces.'],
      ['x'.repeat(12), 'The password cannot be one character repeated.'],
      ['Password2024!', 'This is a commonly used password'],
    ] as const) {
      await form.getByLabel('Password').fill(password);
      await form.getByRole('button', { name: 'Create an account' }).click();
      await expect(form.getByRole('alert').first().textContent()).resolves.toContain(message);
    }
    expect(posts).toEqual([]);

    await page.goto(h.url('/fr/users'), { waitUntil: 'networkidle' });
    const formFr = page.locator('form.form');
    await formFr.getByLabel('Adresse électronique').fill('weak@example.org');
    await formFr.getByLabel('Mot de passe').fill(' '.repeat(12));
    await formFr.getByRole('button', { name: /compte/ }).click();
    await expect(formFr.getByRole('alert').first().textContent()).resolves.toContain('uniquement d’espaces');
    expect(posts).toEqual([]);
    await expect(page.locator('table').textContent()).resolves.not.toContain('weak@example.org');
  });
});

describe('the statement brief', () => {
  it('wraps a 1,000-character word instead of growing wider than the screen', async () => {
    const page = h.page;
    await page.goto(h.url('/en/statements/DNK'), { waitUntil: 'networkidle' });
    await page.waitForSelector('ol.statement-sentences > li .statement-text');
    const viewport = await page.evaluate(() => document.documentElement.clientWidth);
    // A source title or note that is one long word, as a crafted or pasted one may be.
    await page.evaluate(() => {
      const sentence = document.querySelector('ol.statement-sentences > li .statement-text')!;
      sentence.textContent = `${sentence.textContent} ${'x'.repeat(1000)}`;
      const citation = document.querySelector('.citation');
      if (citation) citation.textContent = `https://example.org/${'y'.repeat(1000)}`;
    });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      sentence: document.querySelector('ol.statement-sentences > li .statement-text')!.getBoundingClientRect().width,
    }));
    expect(widths.page).toBeLessThanOrEqual(viewport);
    expect(widths.sentence).toBeLessThan(viewport);
  });
});
