// Numbers, money and dates through Intl, in the reader's language. Money arrives in integer cents.

import type { TFunction } from 'i18next';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format;
}

/** Whole dollars when the cents are zero, else with cents: "$23,266,101" / "23 266 101 $US". */
export function formatUsd(cents: number, lang: string): string {
  const hasCents = cents % 100 !== 0;
  return numberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: hasCents ? 2 : 0,
  }).format(cents / 100);
}

/** "US$1.2 million" / "1,2 million de dollars des États-Unis": for figures the source itself rounds. */
export function formatUsdCompact(cents: number, lang: string, t: TFunction): string {
  const amount = numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(cents / 100);
  return t('value.usdCompact', { amount });
}

/** Short axis labels: "$10M". */
export function formatUsdAxis(cents: number, lang: string): string {
  return numberFormat(lang, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(cents / 100);
}

export function formatCount(value: number, lang: string): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

export function formatPercent(fraction: number, lang: string): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** "2002-10-31" → "31 October 2002" (UN style, day first, in English too); "2017-07" → "July 2017"; "2017" → "2017". */
export function formatPartialDate(date: string, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  if (m === undefined) return String(y);
  const utc = new Date(Date.UTC(y, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale, d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

/** A year's age from today, in the reader's language: "6 years ago", "il y a 6 ans", "this year". */
export function formatYearAge(year: number, lang: string, today: Date = new Date()): string {
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(year - today.getUTCFullYear(), 'year');
}
