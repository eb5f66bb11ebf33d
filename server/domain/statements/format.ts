// Numbers, money and dates as the briefs write them, in English and French (Intl, UN style:
// "26 November 1998", "160 000 dollars des États-Unis"), and a figure's number with its precision word.

import type { Figure } from '../../contract/schemas.js';
import type { StatementLang } from './types.js';

export const NBSP = '\u00a0';
export const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

const LOCALE: Record<StatementLang, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Digits grouped the language's way: "160,000" / "160 000". */
export function formatNumber(value: number, lang: StatementLang, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * An amount in US dollars (from integer cents), without its precision word:
 * "US$160,000" / "160 000 dollars des États-Unis"; a round amount the source rounded reads as the
 * source said it: "US$1.2 million" / "1,2 million de dollars des États-Unis". Exact amounts in full.
 */
export function formatMoney(cents: number, precision: Figure['precision'], lang: StatementLang): string {
  const dollars = cents / 100;
  const compact = precision !== 'exact' && dollars >= 1_000_000 && dollars % 100_000 === 0;
  if (compact) {
    const amount = new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(dollars);
    return lang === 'en' ? `US$${amount}` : `${amount} de dollars des États-Unis`;
  }
  const amount = formatNumber(dollars, lang, cents % 100 === 0 ? 0 : 2);
  if (lang === 'en') return `US$${amount}`;
  return `${amount} ${Math.abs(dollars) < 2 ? 'dollar' : 'dollars'} des États-Unis`;
}

/** "2017-06-26" → "26 June 2017" / "26 juin 2017"; "2017-06" → "June 2017"; "2017" → "2017". */
export function formatPartialDate(date: string, lang: StatementLang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  if (m === undefined) return String(Number(y));
  const utc = new Date(Date.UTC(Number(y), Number(m) - 1, d === undefined ? 1 : Number(d)));
  if (d === undefined) return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc);
  const text = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
  // French writes the first day of a month as an ordinal: "1er juin 2017".
  return lang === 'fr' && Number(d) === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/** French "as at" a partial date: "au 26 juin 2017", "en juin 2017", "en 2017". */
export function frAt(date: string): string {
  return `${/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'au' : 'en'} ${formatPartialDate(date, 'fr')}`;
}

const PRECISION_WORD: Record<StatementLang, Record<Figure['precision'], string>> = {
  en: { exact: '', rounded: 'about ', lower_bound: 'more than ' },
  fr: { exact: '', rounded: 'environ ', lower_bound: 'plus de ' },
};

/** French "de" before a word: "d'environ", "de 160 000". */
export const deFr = (text: string) => (/^[aeiouyàâäéèêëîïôöûüAEIOUYÀÂÉÈÊÎÔÛ]/.test(text) ? `d'${text}` : `de ${text}`);

/** The figure's number with its precision word: "more than US$10 million", "about 30", "plus de 410 000 …". */
export function valueText(f: Figure, lang: StatementLang): string {
  if (f.value === null) return '';
  let number = f.unit === 'usd_cents' ? formatMoney(f.value, f.precision, lang) : formatNumber(f.value, lang);
  if (lang === 'fr') {
    // "un million", and "plus d'un million", as French writes them.
    number = number.replace(/^1 (million|milliard)\b/, 'un $1');
    if (f.precision === 'lower_bound') return `plus ${deFr(number)}`;
  }
  return PRECISION_WORD[lang][f.precision] + number;
}

/** Whether a count takes the plural noun: "1 delegate", "more than 1 delegates"; French "1 délégué", "2 délégués". */
export function isPlural(f: Figure, lang: StatementLang): boolean {
  if (f.value === null) return true;
  return lang === 'en' ? f.value !== 1 || f.precision === 'lower_bound' : f.value >= 2;
}


// ---- State names -------------------------------------------------------------------------------
