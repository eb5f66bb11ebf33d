// What page 1 says about the document: its symbol (A/HRC/56/78, E/2025/61), title, date and language.

import { lineText, type Line } from './layout.js';
import type { PageText } from './tables.js';

export interface DocumentFacts {
  symbol: string | null;
  title: string | null;
  date: string | null;
  language: string | null;
}

// A UN symbol: a body letter or two, then slash-separated parts ("A/HRC/56/78", "E/ICEF/672").
const SYMBOL = /(?:^|\s)([A-Z]{1,6}(?:\/[A-Z0-9][A-Za-z0-9.-]*){1,6})\*?(?:\s*(\((?:Part|Partie|Deuxième partie|Première partie)[^)]*\)))?/;

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
// "29 April 2025", "1er mars 2024", "16 de abril de 2024"; an OCR "l6" is 16.
const DATE = new RegExp(`(?:^|\\s)([0-9lI]{1,2})(?:er)?\\s+(?:de\\s+)?(${Object.keys(MONTHS).join('|')})\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b`, 'i');

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'for', 'on', 'with', 'is', 'by'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'pour', 'dans', 'sur', 'une'],
  es: ['el', 'los', 'las', 'del', 'y', 'para', 'por', 'con', 'una', 'que'],
};

/** The language most of the words are in, or null when too few words say. */
export function languageOf(text: string): string | null {
  const words = text.toLowerCase().split(/[^a-zà-ÿ]+/);
  const scores = Object.entries(STOPWORDS).map(([language, list]) => [language, words.filter((w) => list.includes(w)).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  return best && best[1] >= 3 && best[1] > (second?.[1] ?? 0) * 1.5 ? best[0] : null;
}

export function dateIn(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const day = Number(match[1]!.replace(/[lI]/g, '1'));
  const month = MONTHS[match[2]!.toLowerCase()]!;
  if (day < 1 || day > 31) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MASTHEAD = /^(?:united nations|nations unies|n a t i o n s|general assembly|assemblée générale|economic and social council|conseil économique et social|security council|conseil de sécurité|human rights council|conseil des droits de l.homme|distr\.|summary|résumé|original|advance unedited)/i;
const TITLE_START = /^(?:report|rapport|note|letter|lettre|informe|annual report|progress report)\b/i;

/** The title: the lines starting "Report of…" (or the largest text under the masthead), joined. */
function titleOf(lines: Line[], height: number): string | null {
  const body = lines.filter((l) => l.y < height * 0.8 && !MASTHEAD.test(lineText(l)) && l.segments.length <= 2);
  let start = body.findIndex((l) => TITLE_START.test(lineText(l)) && l.size >= 10.5);
  if (start < 0) {
    const largest = Math.max(0, ...body.map((l) => l.size));
    if (largest < 11) return null;
    start = body.findIndex((l) => l.size === largest);
  }
  const first = body[start]!;
  const title = [lineText(first)];
  for (let i = start + 1; i < body.length && title.length < 4; i++) {
    const line = body[i]!;
    if (Math.abs(line.size - first.size) > 0.5 || body[i - 1]!.y - line.y > first.size * 2) break;
    title.push(lineText(line));
  }
  return title.join(' ').replace(/\*+$/, '').trim() || null;
}

export function documentFacts(first: PageText | undefined): DocumentFacts {
  if (!first) return { symbol: null, title: null, date: null, language: null };
  const top = first.lines.filter((l) => l.y > first.height * 0.6);
  // Symbol parts print as separate items ("E" then "/2025/61"): join them without spaces to read it.
  const tight = top.map((l) => l.segments.map((s) => s.text).join(' ').replace(/\s+\//g, '/'));
  let symbol: string | null = null;
  for (const text of tight) {
    const match = SYMBOL.exec(text);
    if (match && !/^\d/.test(match[1]!)) {
      symbol = match[2] ? `${match[1]} ${match[2]}` : match[1]!;
      break;
    }
  }
  const topText = top.map(lineText).join('\n');
  const allText = first.lines.map(lineText).join('\n');
  return {
    symbol,
    title: titleOf(first.lines, first.height),
    date: dateIn(topText) ?? dateIn(allText),
    language: languageOf(allText),
  };
}
