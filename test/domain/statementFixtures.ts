// Hand-built figures and helpers shared by the statement-brief tests.

import { expect } from 'vitest';
import { statementSentences, type StatementLang } from '../../server/domain/statements/index.js';
import type { Figure } from '../../server/contract/schemas.js';

export type Source = Figure['sources'][number];

export const FUNDS = [
  { id: 'vftc', name: { en: 'United Nations Voluntary Fund for Technical Cooperation', fr: 'Fonds de contributions volontaires des Nations Unies pour la coopération technique' }, shortName: { en: 'VFTC', fr: 'Fonds pour la coopération technique' } },
  { id: 'upr-participation', name: { en: 'Voluntary Fund for Participation in the UPR', fr: "Fonds de contributions volontaires pour la participation à l'EPU" }, shortName: { en: 'UPR Participation Fund', fr: "Fonds pour la participation à l'EPU" } },
  { id: 'ldc-sids', name: { en: 'LDC/SIDS Trust Fund', fr: "Fonds d'affectation spéciale PMA/PEID" }, shortName: { en: 'LDC/SIDS Trust Fund', fr: 'Fonds PMA/PEID' } },
  { id: 'upr-implementation', name: { en: 'Voluntary Fund for the Implementation of the UPR', fr: "Fonds pour la mise en œuvre de l'EPU" }, shortName: { en: 'UPR Implementation Fund', fr: "Fonds pour la mise en œuvre de l'EPU" } },
];

export const DENMARK = { iso3: 'DNK', name: { en: 'Denmark', fr: 'Danemark' } };
export const BENIN = { iso3: 'BEN', name: { en: 'Benin', fr: 'Bénin' } };
export const MALDIVES = { iso3: 'MDV', name: { en: 'Maldives', fr: 'Maldives' } };
export const state = (c: typeof DENMARK) => ({ id: c.iso3, iso3: c.iso3, kind: 'state' as const, name: c.name });

export const PRESS: Source = {
  id: 'hr-98-91',
  kind: 'press_release',
  title: 'OHCHR press release HR/98/91: Board of Trustees to meet',
  titleIs: 'description',
  symbol: 'HR/98/91',
  locator: 'agenda paragraph',
  url: 'https://example.org/hr-98-91',
  date: '1998-11-26',
  language: 'en',
  copyRead: null,
};
export const UPR_INFO: Source = {
  id: 'uprinfo',
  kind: 'secondary',
  title: 'Making use of the Voluntary Fund for Implementation',
  titleIs: 'published',
  symbol: null,
  locator: 'article body',
  url: 'https://example.org/upr-info',
  date: '2017-06-26',
  language: 'en',
  copyRead: null,
};
export const UNDATED: Source = { ...PRESS, id: 'undated', symbol: null, title: 'OHCHR web page "UPR Voluntary Funds"', locator: '2nd paragraph', date: null };

export function fig(overrides: Partial<Figure> = {}): Figure {
  return {
    id: 'ldc-sids-900',
    fund: 'ldc-sids',
    year: 2017,
    metric: 'contributions',
    value: 16_000_000,
    unit: 'usd_cents',
    status: 'pledged',
    precision: 'exact',
    period: 'calendar_year',
    periodStart: null,
    asOf: null,
    donor: state(DENMARK),
    country: null,
    countries: [],
    scope: null,
    session: null,
    attribution: 'direct',
    basis: 'reported',
    note: null,
    secondary: false,
    sources: [PRESS],
    conflictsWith: [],
    ...overrides,
  };
}

/** Collapses the no-break spaces of French typography and numbers, so expectations read plainly. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

export function brief(f: Figure | Figure[], lang: StatementLang, country = DENMARK) {
  return statementSentences({ country, lang, figures: Array.isArray(f) ? f : [f], funds: FUNDS });
}
/** The one sentence about one figure, spaces made plain. */
export function say(f: Figure, lang: StatementLang, country = DENMARK): string {
  const sentences = brief(f, lang, country);
  expect(sentences).toHaveLength(1);
  return plain(sentences[0]!.text);
}
export const both = (f: Figure, country = DENMARK) => ({ en: say(f, 'en', country), fr: say(f, 'fr', country) });

/** The claim: the words before the source qualifiers and the citation (source titles may use any word). */
export const claimOf = (text: string) =>
  plain(text).split(/, according to (?:a )?secondary sources?|, selon (?:une|des) sources? secondaires?|; another source gives|; une autre source donne|\. \(Sources? ?:/)[0]!;

export const PLEDGE_FORBIDDEN = { en: /contribut|paid|gave|donat|received/i, fr: /versé|payé|a contribué|ont contribué|reçu|donné/i };
