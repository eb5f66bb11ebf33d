// The rules a figure must keep, whatever way it arrives (a data/ file, an import, an edit form):
// one place, so the loader, the import and the API can never accept different things.

import { isMoneyMetric, PLANNABLE_METRICS, type EntityKind, type SourceStatus } from '../contract/vocabulary.js';
import type { FigureDraft } from './figure.js';

export interface FigureRuleContext {
  entityKind(id: string): EntityKind | undefined;
  sourceStatus(id: string): SourceStatus | undefined;
}

export type FigureField = keyof FigureDraft;

export interface FigureViolation {
  field: FigureField;
  /** For `sources`: which one. */
  index?: number;
  message: string;
}

export function figureRuleViolation(d: FigureDraft, ctx: FigureRuleContext): FigureViolation | null {
  const money = isMoneyMetric(d.metric);
  if (money !== (d.unit === 'usd_cents')) return { field: 'unit', message: `metric "${d.metric}" is measured in ${money ? 'usd' : 'count'}` };
  if (d.value !== null && (!Number.isSafeInteger(d.value) || d.value < 0)) return { field: 'value', message: 'must be a whole, non-negative number (US cents for money)' };
  if (d.metric === 'contributions' && d.status === null) return { field: 'status', message: 'contributions need a status: received, pledged, pledged_and_received or unspecified' };
  if (d.metric !== 'contributions' && d.status !== null) return { field: 'status', message: 'only contributions have a status' };
  if (d.basis === 'planned' && !PLANNABLE_METRICS.includes(d.metric)) {
    return { field: 'basis', message: `only ${PLANNABLE_METRICS.join(', ')} can be planned (an announced amount of money is a pledge: status pledged)` };
  }
  if (d.value === null && d.precision !== 'exact') return { field: 'precision', message: 'a figure without a value cannot be rounded or a lower bound' };
  if (d.periodStart !== null && d.period !== 'cumulative' && d.period !== 'multi_year_average') {
    return { field: 'periodStart', message: 'only a cumulative or multi-year-average figure has a start year' };
  }
  if (d.periodStart !== null && d.year !== null && d.periodStart > d.year) return { field: 'periodStart', message: `must not be after the figure's year (${d.year})` };
  if ((d.period === 'calendar_year' || d.period === 'year_to_date') && d.year === null) return { field: 'year', message: `a ${d.period} figure needs its year` };
  if (d.period === 'year_to_date' && d.asOf === null) return { field: 'asOf', message: 'a year_to_date figure needs the date it is stated as of' };
  if (d.donorId !== null && ctx.entityKind(d.donorId) === undefined) return { field: 'donorId', message: `unknown donor "${d.donorId}" (an ISO3 code or an entity id)` };
  for (const country of d.countryIds) {
    if (ctx.entityKind(country) !== 'state') return { field: 'countryIds', message: `"${country}" is not the ISO3 code of a State` };
  }
  if (new Set(d.countryIds).size !== d.countryIds.length) return { field: 'countryIds', message: 'a country is listed twice' };
  if (d.period === 'session' && d.session === null) return { field: 'session', message: 'a session figure needs its session (e.g. HRC34)' };
  if (d.sources.length === 0) return { field: 'sources', index: 0, message: 'every figure needs a source' };
  const seen = new Set<string>();
  for (const [index, { sourceId }] of d.sources.entries()) {
    const status = ctx.sourceStatus(sourceId);
    if (status === undefined) return { field: 'sources', index, message: `unknown source "${sourceId}"` };
    if (status !== 'cited') return { field: 'sources', index, message: `source "${sourceId}" is marked not_transcribed; a figure read from it makes it cited` };
    if (seen.has(sourceId)) return { field: 'sources', index, message: 'the same source twice' };
    seen.add(sourceId);
  }
  return null;
}
