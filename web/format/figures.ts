// How a figure or a computed value reads: its number with every qualifier the source attached.
// Presentation only; the arithmetic is in server/domain/funding.ts.

import type { TFunction } from 'i18next';
import type { Figure } from '../../server/contract/schemas.js';
import type { Quantity } from '../../server/contract/schemas.js';
import { formatCount, formatPartialDate, formatUsd, formatUsdCompact } from './numbers.js';

type ValueFacts = Pick<Figure, 'value' | 'unit' | 'precision'>;

/** A source's round number ("10 million") reads best as the source said it; exact ones in full. */
function moneyText(cents: number, roundish: boolean, lang: string, t: TFunction): string {
  const dollars = cents / 100;
  const compactable = roundish && dollars >= 1_000_000 && dollars % 100_000 === 0;
  return compactable ? formatUsdCompact(cents, lang, t) : formatUsd(cents, lang);
}

/** "≥ US$10 million", "≈ US$1.2 million", "$23,266,101", "14", "amount not stated". */
export function formatFigureValue(figure: ValueFacts, lang: string, t: TFunction): string {
  if (figure.value === null) return figure.unit === 'usd_cents' ? t('value.notStated') : t('value.countNotStated');
  const roundish = figure.precision !== 'exact';
  const text = figure.unit === 'usd_cents' ? moneyText(figure.value, roundish, lang, t) : formatCount(figure.value, lang);
  if (figure.precision === 'lower_bound') return t('value.atLeast', { value: text });
  if (figure.precision === 'rounded') return t('value.about', { value: text });
  return text;
}

/** Every qualifier of a figure, as short phrases: period, precision, status, source quality, disagreement. */
export function figureQualifiers(figure: Figure, lang: string, t: TFunction): string[] {
  const date = (d: string) => formatPartialDate(d, lang);
  const out: string[] = [];
  if (figure.precision === 'lower_bound') out.push(t('qualifier.lowerBound'));
  if (figure.precision === 'rounded') out.push(t('qualifier.rounded'));
  switch (figure.period) {
    case 'year_to_date':
      out.push(figure.asOf ? t('qualifier.yearToDate', { date: date(figure.asOf) }) : t('qualifier.yearToDateNoDate'));
      break;
    case 'cumulative':
      out.push(figure.periodStart ? t('qualifier.cumulativeSince', { start: figure.periodStart }) : t('qualifier.cumulativeSinceStart'));
      if (figure.asOf) out.push(t('qualifier.cumulativeTo', { date: date(figure.asOf) }));
      break;
    case 'multi_year_average':
      out.push(figure.periodStart ? t('qualifier.averageSince', { start: figure.periodStart }) : t('qualifier.averageUndefined'));
      if (figure.asOf) out.push(t('qualifier.cumulativeTo', { date: date(figure.asOf) }));
      break;
    case 'session':
      if (figure.session) out.push(t('qualifier.atSession', { session: figure.session }));
      break;
    case 'point_in_time':
      if (figure.asOf) out.push(t('qualifier.asOf', { date: date(figure.asOf) }));
      break;
    case 'calendar_year':
      break;
  }
  // A cumulative or average figure states its own span; elsewhere a missing year must be said.
  if (figure.year === null && figure.period !== 'cumulative' && figure.period !== 'multi_year_average') out.push(t('qualifier.noYear'));
  if (figure.status) out.push(t(`qualifier.status.${figure.status}`));
  if (figure.attribution === 'unconfirmed') out.push(t('qualifier.unconfirmed'));
  // A count announced before the session is a plan, not a result.
  if (figure.basis === 'planned') out.push(t('qualifier.planned'));
  if (figure.secondary) out.push(t('qualifier.secondary'));
  if (figure.conflictsWith.length > 0) out.push(t('qualifier.sourcesDisagree'));
  return out;
}

/** A computed value (a sum, a gap): "unknown", "≥ $…", "≤ $…", "≈ $…". */
export function formatQuantity(q: Pick<Quantity, 'value' | 'bound' | 'approximate'>, unit: Figure['unit'], lang: string, t: TFunction): string {
  if (q.value === null) return t('value.unknown');
  const text = unit === 'usd_cents' ? moneyText(q.value, q.approximate, lang, t) : formatCount(q.value, lang);
  if (q.bound === 'at_least') return t(q.approximate ? 'value.atLeastAbout' : 'value.atLeast', { value: text });
  if (q.bound === 'at_most') return t('value.atMost', { value: text });
  return q.approximate ? t('value.about', { value: text }) : text;
}

type YearValueLike = Pick<Quantity, 'value' | 'bound' | 'approximate' | 'figureIds'> & { sourcesDisagree: boolean };

/**
 * A yearly value from the funding module, read through the figure it came from when there is one
 * (so it keeps that figure's exact wording and qualifiers), else as a computed quantity.
 */
export function describeYearValue(
  cell: YearValueLike,
  unit: Figure['unit'],
  figuresById: ReadonlyMap<string, Figure>,
  lang: string,
  t: TFunction,
): { value: string; qualifiers: string[] } {
  const figure = cell.figureIds.length === 1 ? figuresById.get(cell.figureIds[0] as string) : undefined;
  if (figure && cell.value !== null) {
    const qualifiers = figureQualifiers(figure, lang, t);
    if (cell.sourcesDisagree && figure.conflictsWith.length === 0) qualifiers.push(t('qualifier.sourcesDisagree'));
    return { value: formatFigureValue(figure, lang, t), qualifiers };
  }
  return { value: formatQuantity(cell, unit, lang, t), qualifiers: cell.sourcesDisagree ? [t('qualifier.sourcesDisagree')] : [] };
}
