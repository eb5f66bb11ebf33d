// When a figure holds: its period, year, session and as-of date in words ("cumulatively since 2014
// (as of 22 June 2018)", "at the 48th session of the Human Rights Council, in 2021").

import type { Figure } from '../../contract/schemas.js';
import { formatPartialDate, frAt, NBSP } from './format.js';
import type { FundForms } from './grammar.js';
import type { StatementLang } from './types.js';

export type SessionInfo = { kind: 'hrc'; n: number } | { kind: 'board'; n: number } | { kind: 'other'; raw: string } | { kind: 'none' };

export function sessionInfo(session: string | null): SessionInfo {
  if (!session) return { kind: 'none' };
  const hrc = /^HRC\s*(\d+)$/i.exec(session.trim());
  if (hrc) return { kind: 'hrc', n: Number(hrc[1]) };
  const board = /\bBoard\s*(\d+)$/i.exec(session.trim());
  if (board) return { kind: 'board', n: Number(board[1]) };
  return { kind: 'other', raw: session.trim() };
}

export function ordinal(n: number, lang: StatementLang): string {
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

export function sessionName(info: SessionInfo, F: FundForms, lang: StatementLang): string {
  if (lang === 'en') {
    switch (info.kind) {
      case 'hrc':
        return `the ${ordinal(info.n, 'en')} session of the Human Rights Council`;
      case 'board':
        return `the ${ordinal(info.n, 'en')} session of the Board of Trustees ${F.of}`;
      case 'other':
        return `the ${info.raw} session`;
      case 'none':
        return 'a session the source does not name';
    }
  }
  switch (info.kind) {
    case 'hrc':
      return `la ${ordinal(info.n, 'fr')} session du Conseil des droits de l'homme`;
    case 'board':
      return `la ${ordinal(info.n, 'fr')} session du Conseil d'administration ${F.of}`;
    case 'other':
      return `la session ${info.raw}`;
    case 'none':
      return 'une session que la source ne nomme pas';
  }
}

// ---- when: the period, the year and the as-of date in words -------------------------------------

export interface When {
  /** Words that go in the sentence: "in 2017", "cumulatively since 2014", "at the 48th session …, in 2021". */
  main: string;
  /** Words that go in the sentence's parenthesis: "as of 16 April 2018". */
  notes: string[];
}

/**
 * `presence`: the figure has no number, so "cumulatively" would mean nothing: "in the period since 2013".
 */
export function when(f: Figure, F: FundForms, lang: StatementLang, presence: boolean): When {
  const date = (d: string) => formatPartialDate(d, lang);
  const several = f.sources.length > 1;
  const en = lang === 'en';
  const notStated = en ? `the source${several ? 's do' : ' does'} not state` : `que la source ne précise pas`;
  const notStatedFr = several ? 'que les sources ne précisent pas' : notStated;
  const unknownYear = en ? `in a year ${notStated}` : `au cours d'une année ${notStatedFr}`;
  const inYear = (y: number) => (en ? `in ${y}` : `en ${y}`);
  const asOfNote = (d: string) => (en ? `as of ${date(d)}` : `situation ${frAt(d)}`);

  switch (f.period) {
    case 'calendar_year':
      return { main: f.year !== null ? inYear(f.year) : unknownYear, notes: f.asOf ? [asOfNote(f.asOf)] : [] };
    case 'year_to_date': {
      const year = f.year !== null ? inYear(f.year) : en ? `in part of a year ${notStated}` : `sur une partie d'une année ${notStatedFr}`;
      if (f.asOf) return { main: `${year}, ${en ? `as of ${date(f.asOf)}` : frAt(f.asOf)}`, notes: [] };
      return { main: year, notes: [en ? 'part of the year only, up to a date not stated' : "une partie de l'année seulement, jusqu'à une date non précisée"] };
    }
    case 'cumulative': {
      const start = f.periodStart;
      const main = en
        ? presence
          ? start !== null
            ? `in the period since ${start}`
            : 'since the Fund began'
          : start !== null
            ? `cumulatively since ${start}`
            : 'cumulatively since the Fund began'
        : presence
          ? start !== null
            ? `sur la période écoulée depuis ${start}`
            : 'depuis la création du Fonds'
          : start !== null
            ? `au total depuis ${start}`
            : 'au total depuis la création du Fonds';
      return { main, notes: [f.asOf ? asOfNote(f.asOf) : en ? 'the as-of date is not stated' : 'date de situation non précisée'] };
    }
    case 'multi_year_average': {
      const start = f.periodStart;
      const main = en
        ? start !== null
          ? `on average per year since ${start}`
          : `on average per year over a period ${notStated}`
        : start !== null
          ? `en moyenne par an depuis ${start}`
          : `en moyenne par an sur une période ${notStatedFr}`;
      const notes = [f.asOf ? asOfNote(f.asOf) : en ? 'the as-of date is not stated' : 'date de situation non précisée'];
      notes.push(en ? 'not the amount of any single year' : "il ne s'agit du montant d'aucune année en particulier");
      return { main, notes };
    }
    case 'session': {
      const at = `${en ? 'at' : 'à'} ${sessionName(sessionInfo(f.session), F, lang)}`;
      return { main: f.year !== null ? `${at}, ${inYear(f.year)}` : at, notes: f.asOf ? [asOfNote(f.asOf)] : [] };
    }
    case 'point_in_time': {
      if (f.asOf) return { main: en ? `as of ${date(f.asOf)}` : frAt(f.asOf), notes: [] };
      if (f.year !== null) return { main: inYear(f.year), notes: [] };
      return { main: en ? `on a date ${notStated}` : `à une date ${notStatedFr}`, notes: [] };
    }
  }
}

export const withNotes = (w: When, extra: string[] = [], lang: StatementLang): string => {
  const notes = [...w.notes, ...extra];
  return `${w.main}${notes.length ? ` (${notes.join(lang === 'fr' ? `${NBSP}; ` : '; ')})` : ''}`;
};

// ---- the sentences -----------------------------------------------------------------------------
