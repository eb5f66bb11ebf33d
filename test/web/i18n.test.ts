// Every UI language has every key English has, the plural forms its grammar needs, and the same
// placeholders; a missing or empty string fails here before a reader sees a raw key.

import { describe, expect, it } from 'vitest';
import { en } from '../../web/i18n/en.js';
import { UI_LANGUAGES } from '../../web/i18n/languages.js';
import { otherLanguageFundNames } from '../../web/i18n/names.js';
import { FUND_IDS } from '../../server/contract/vocabulary.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

/** The plural categories a language uses for whole numbers 0–10,000 (what counts on these pages are). */
function integerPluralCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const categories = new Set<string>();
  for (let n = 0; n <= 10_000; n++) categories.add(rules.select(n));
  return categories;
}

const english = flatten(en as unknown as Tree);
const pluralBases = new Set([...english.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));

describe.each(UI_LANGUAGES.filter((l) => l !== 'en'))('UI text in %s', (lang) => {
  const load = async () => flatten((await import(`../../web/i18n/${lang}.ts`))[lang] as Tree);

  it('has every key English has, and no key English does not (except extra plural forms)', async () => {
    const messages = await load();
    const missing = [...english.keys()].filter((k) => !messages.has(k));
    const unknown = [...messages.keys()].filter((k) => !english.has(k) && !pluralBases.has(k.replace(PLURAL_SUFFIX, '')));
    expect(missing, `missing in ${lang}`).toEqual([]);
    expect(unknown, `not in English (${lang})`).toEqual([]);
  });

  it('has no empty string and keeps every placeholder of the English text', async () => {
    const messages = await load();
    for (const [key, text] of messages) {
      expect(text.trim().length, `${lang} ${key} is empty`).toBeGreaterThan(0);
      const englishKey = english.has(key) ? key : `${key.replace(PLURAL_SUFFIX, '')}_other`;
      const source = english.get(englishKey);
      if (source !== undefined) expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(source));
    }
  });

  it('gives buttons accessible names that contain their visible text (WCAG 2.5.3)', async () => {
    const messages = await load();
    const pairs = [
      ['statements.copy', 'statements.copySentence'],
      ['statements.copyAll', 'statements.copyAllLabel'],
    ] as const;
    for (const [visible, name] of pairs) expect(messages.get(name), `${lang} ${name}`).toContain(messages.get(visible));
    for (const format of ['csv', 'xlsx', 'png', 'svg']) {
      expect(messages.get('exports.tableAs')?.replace('{{format}}', messages.get(`exports.${format}`) ?? '?'), lang).toContain(messages.get(`exports.${format}`));
    }
  });

  it('has every plural form the language needs for whole numbers', async () => {
    const messages = await load();
    const needed = integerPluralCategories(lang);
    const missing = [...pluralBases].flatMap((base) => [...needed].filter((c) => !messages.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing, `plural forms missing in ${lang}`).toEqual([]);
  });
});

describe('names', () => {
  it('every other language names all four funds, in full and short', () => {
    for (const [lang, names] of Object.entries(otherLanguageFundNames)) {
      for (const id of FUND_IDS) {
        expect(names[id].name.length, `${lang} ${id}`).toBeGreaterThan(names[id].short.length - 1);
        expect(names[id].short.trim(), `${lang} ${id}`).not.toBe('');
      }
    }
  });
});
