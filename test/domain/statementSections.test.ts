// The brief's sections on hand-built figures: what is quotable, what is context, the fund-wide
// running totals (the latest and every undated one), and locators said in French.

import { describe, expect, it } from 'vitest';
import { briefSections, fundWideSentences } from '../../server/domain/statements/index.js';
import { locatorIn } from '../../server/domain/statements/locators.js';
import { DENMARK, fig, FUNDS, MALDIVES, plain, PRESS, state } from './statementFixtures.js';

const delegates = (id: string, countries: (typeof MALDIVES)[], value: number | null, extra = {}) =>
  fig({
    id,
    metric: 'delegates',
    unit: 'count',
    status: null,
    value,
    donor: null,
    countries: countries.map(state),
    period: 'session',
    session: 'HRC56',
    year: 2024,
    ...extra,
  });

describe('briefSections', () => {
  it('moves an unconfirmed mention, and a shared total where the State’s own count is known, to the context', () => {
    const own = delegates('own', [MALDIVES], 1);
    const shared = delegates('shared', [MALDIVES, DENMARK], 14);
    const unconfirmed = delegates('named', [MALDIVES], null, {
      attribution: 'unconfirmed',
      session: null,
      period: 'calendar_year',
      year: 2015,
    });
    const otherSession = delegates('other', [MALDIVES, DENMARK], 16, { session: 'HRC48', year: 2021 });
    const { sentences, context } = briefSections({
      country: MALDIVES,
      lang: 'en',
      figures: [unconfirmed, shared, own, otherSession],
      funds: FUNDS,
    });
    expect(sentences.flatMap((s) => s.figureIds)).toEqual(['other', 'own']);
    expect(context.flatMap((s) => s.figureIds)).toEqual(['named', 'shared']);
  });

  it('says the same words once, citing every figure behind them', () => {
    const a = fig({ id: 'a' });
    const b = fig({ id: 'b' });
    const { sentences } = briefSections({ country: DENMARK, lang: 'en', figures: [a, b], funds: FUNDS });
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.figureIds).toEqual(['a', 'b']);
  });
});

describe('fundWideSentences', () => {
  const total = (id: string, value: number, asOf: string | null, extra = {}) =>
    fig({
      id,
      metric: 'delegates',
      unit: 'count',
      status: null,
      value,
      donor: null,
      period: 'cumulative',
      periodStart: 2014,
      year: null,
      asOf,
      ...extra,
    });

  it('keeps per fund and metric the latest running total and every undated one, with its qualifiers', () => {
    const older = total('older', 59, '2017');
    const latest = total('latest', 172, '2022-02-28');
    const undated = total('undated', 90, null, { precision: 'lower_bound' });
    const byState = total('state', 5, '2023', { countries: [state(MALDIVES)] });
    const en = fundWideSentences([older, latest, undated, byState], FUNDS, 'en');
    expect(en.map((s) => s.figureIds[0])).toEqual(['latest', 'undated']);
    expect(en[0]!.text).toBe(
      'The LDC/SIDS Trust Fund supported the participation of 172 delegates cumulatively since 2014 (as of 28 February 2022). (Source: HR/98/91, agenda paragraph, 26 November 1998.)',
    );
    expect(en[1]!.text).toMatch(
      /^The LDC\/SIDS Trust Fund supported the participation of more than 90 delegates cumulatively since 2014 \(the as-of date is not stated\)\./,
    );
    const fr = fundWideSentences([latest], FUNDS, 'fr');
    expect(plain(fr[0]!.text)).toBe(
      "Le Fonds PMA/PEID a soutenu la participation de 172 délégués au total depuis 2014 (situation au 28 février 2022). (Source : HR/98/91, paragraphe sur l'ordre du jour, 26 novembre 1998.)",
    );
  });

  it('says a plan is a plan', () => {
    const [planned] = fundWideSentences([total('p', 20, '2020', { basis: 'planned' })], FUNDS, 'en');
    expect(planned!.text).toMatch(
      /announced it would support the participation of 20 delegates .*announced before the session, not a count made after it/,
    );
    expect(planned!.text).not.toMatch(/\bsupported the participation/);
  });

  it('has no sentence for a fund-wide figure without a number', () => {
    expect(fundWideSentences([total('n', 1, '2020', { value: null })], FUNDS, 'en')).toEqual([]);
  });
});

describe('locatorIn', () => {
  it('says our words for where in French and keeps the document’s quoted words', () => {
    expect(locatorIn('para. 5', 'fr')).toBe('par. 5');
    expect(locatorIn('statement text, 3rd paragraph', 'fr')).toBe('texte de la déclaration, 3e paragraphe');
    expect(locatorIn('"Latest news" numbered list', 'fr')).toBe('liste numérotée "Latest news"');
    expect(locatorIn('paragraph "Since it became operational in 2014"', 'fr')).toBe(
      'paragraphe "Since it became operational in 2014"',
    );
    expect(locatorIn('"Latest news", HRC56 (18 June - 12 July 2024)', 'fr')).toBe(
      '"Latest news", HRC56 (18 juin - 12 juillet 2024)',
    );
    expect(locatorIn("section 'Eswatini: Enhancing Women's Political Participation'", 'fr')).toBe(
      "section 'Eswatini: Enhancing Women's Political Participation'",
    );
    expect(locatorIn(PRESS.locator!, 'en')).toBe(PRESS.locator);
  });
});
