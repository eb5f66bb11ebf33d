// What the world map shades, computed from the figures: for each State, how many distinct sourced
// figures name it as a beneficiary (the figure's `countries` include it), in total and per fund.
//
// No source gives money per country, so this is a count of *figures* — records of support such as
// "delegates funded at HRC48 from these 16 countries" or "a project in Georgia" — never an amount.
// A figure naming several States counts once for each of them, and its own number (16 delegates,
// US$…) is never added to anything or attributed to one State: it is not read at all here.
// A State no figure names is absent from the result (no recorded support), never given 0.

import countries from 'i18n-iso-countries';
import type { Figure } from '../../../server/contract/schemas.js';
import { FUND_IDS, type FundId } from '../../../server/contract/vocabulary.js';
import { entityName } from '../../i18n/names.js';
import type { UiLanguage } from '../../i18n/languages.js';

export interface CitedSourceRef {
  id: string;
  url: string;
}

export interface StateSupport {
  iso3: string;
  name: { en: string; fr: string };
  /** Distinct figures naming the State as a beneficiary: a number of figures, not a sum of their values. */
  figures: number;
  /** The same count per fund; a fund with no such figure is absent. */
  byFund: Partial<Record<FundId, number>>;
  /** How many of those figures name this State alone (the others give one total for several States). */
  alone: number;
  /** The figures' ids, in the order of FUND_IDS, then by id. */
  figureIds: string[];
  /** Every source of those figures, once each, in the order first met. */
  sources: CitedSourceRef[];
}

const fundOrder = (fund: FundId) => FUND_IDS.indexOf(fund);

/** The States each figure names as beneficiaries (States only: an entity without an ISO3 code is not on a map). */
function beneficiaryStates(figure: Figure): Figure['countries'] {
  const seen = new Set<string>();
  return figure.countries.filter((c) => {
    if (c.kind !== 'state' || !c.iso3 || seen.has(c.iso3)) return false;
    seen.add(c.iso3);
    return true;
  });
}

/** Per State (ISO3): the figures naming it as a beneficiary. States named by no figure are absent. */
export function beneficiaryCounts(figures: readonly Figure[]): Map<string, StateSupport> {
  const sorted = [...figures].sort((a, b) => fundOrder(a.fund) - fundOrder(b.fund) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new Map<string, StateSupport>();
  const seenFigure = new Set<string>();
  for (const figure of sorted) {
    if (seenFigure.has(figure.id)) continue; // the same figure listed twice is still one figure
    // A figure whose source does not say the fund paid for it is not support; its country page still lists it.
    if (figure.attribution === 'unconfirmed') continue;
    seenFigure.add(figure.id);
    const states = beneficiaryStates(figure);
    for (const state of states) {
      const iso3 = state.iso3 as string;
      let entry = out.get(iso3);
      if (!entry) {
        entry = { iso3, name: { ...state.name }, figures: 0, byFund: {}, alone: 0, figureIds: [], sources: [] };
        out.set(iso3, entry);
      }
      entry.figures += 1;
      entry.byFund[figure.fund] = (entry.byFund[figure.fund] ?? 0) + 1;
      if (states.length === 1) entry.alone += 1;
      entry.figureIds.push(figure.id);
      for (const source of figure.sources) {
        if (!entry.sources.some((s) => s.id === source.id)) entry.sources.push({ id: source.id, url: source.url });
      }
    }
  }
  return out;
}

export interface SupportSummary {
  /** States named by at least one figure. */
  states: number;
  /** Distinct figures naming at least one State. */
  figures: number;
  /** Those figures per fund. */
  figuresByFund: Partial<Record<FundId, number>>;
  /** The fund with strictly more of those figures than any other, or null (none, or a tie). */
  leadingFund: FundId | null;
}

export function summarizeSupport(figures: readonly Figure[]): SupportSummary {
  const states = new Set<string>();
  const ids = new Set<string>();
  const figuresByFund: Partial<Record<FundId, number>> = {};
  for (const figure of figures) {
    const named = beneficiaryStates(figure);
    if (named.length === 0 || ids.has(figure.id)) continue;
    ids.add(figure.id);
    for (const state of named) states.add(state.iso3 as string);
    figuresByFund[figure.fund] = (figuresByFund[figure.fund] ?? 0) + 1;
  }
  const ranked = FUND_IDS.filter((f) => figuresByFund[f]).sort((a, b) => (figuresByFund[b] ?? 0) - (figuresByFund[a] ?? 0));
  const [first, second] = ranked;
  const leadingFund = first !== undefined && (second === undefined || (figuresByFund[first] ?? 0) > (figuresByFund[second] ?? 0)) ? first : null;
  return { states: states.size, figures: ids.size, figuresByFund, leadingFund };
}

/** What the map shades: per State, its count in one fund or in all of them. States without figures are absent. */
export function mapValues(counts: ReadonlyMap<string, StateSupport>, fund: FundId | 'all' = 'all'): Map<string, number> {
  const out = new Map<string, number>();
  for (const [iso3, entry] of counts) {
    const value = fund === 'all' ? entry.figures : entry.byFund[fund];
    if (value) out.set(iso3, value);
  }
  return out;
}

/** The States in the order of their names in `lang`. */
export function sortedStates(counts: ReadonlyMap<string, StateSupport>, lang: UiLanguage): StateSupport[] {
  return [...counts.values()].sort((a, b) => entityName(a, lang).localeCompare(entityName(b, lang), lang) || a.iso3.localeCompare(b.iso3));
}

export interface ColourStep {
  /** Inclusive bounds of the values the step covers. */
  from: number;
  to: number;
}

/**
 * Up to `maxSteps` discrete steps covering 1…max in whole numbers, as even as whole numbers allow:
 * max 3 → [1], [2], [3]; max 5 → [1], [2], [3], [4–5]; max 20 → [1–5], [6–10], [11–15], [16–20].
 */
export function colourSteps(max: number, maxSteps = 4): ColourStep[] {
  if (!Number.isFinite(max) || max < 1) return [];
  const top = Math.floor(max);
  const n = Math.min(maxSteps, top);
  const lowers = Array.from({ length: n }, (_, i) => 1 + Math.floor((i * top) / n));
  return lowers.map((from, i) => ({ from, to: i + 1 < n ? (lowers[i + 1] as number) - 1 : top }));
}

/** Which step a value falls in, or -1 (no value: drawn plain). */
export function stepOf(value: number | undefined, steps: readonly ColourStep[]): number {
  if (value === undefined || value < 1) return -1;
  const index = steps.findIndex((s) => value >= s.from && value <= s.to);
  return index === -1 ? (value > (steps.at(-1)?.to ?? 0) ? steps.length - 1 : -1) : index;
}

/** ISO 3166 numeric id (as in world-atlas: "840", or 840) → alpha-3, or null when there is none (e.g. Kosovo, N. Cyprus). */
export function numericToIso3(id: string | number | undefined | null): string | null {
  if (id === undefined || id === null || id === '') return null;
  return countries.numericToAlpha3(id) ?? null;
}

/** Whether the code is an ISO 3166 alpha-3 code the package knows. */
export function isKnownIso3(iso3: string): boolean {
  return /^[A-Z]{3}$/.test(iso3) && countries.isValid(iso3);
}
