// Every combination of a figure's qualifiers, for a donor's money and a beneficiary's counts, in
// English and French: each keeps its words (split from statements.test.ts, same fixtures).

import { describe, expect, it } from 'vitest';
import type { Figure } from '../../server/contract/schemas.js';
import { PLANNABLE_METRICS } from '../../server/contract/vocabulary.js';
import type { StatementLang } from '../../server/domain/statements/index.js';
import { BENIN, claimOf, DENMARK, fig, MALDIVES, plain, PLEDGE_FORBIDDEN, PRESS, say, state } from './statementFixtures.js';

describe('every combination of qualifiers keeps its words', () => {
  const STATUSES = ['received', 'pledged', 'pledged_and_received', 'unspecified'] as const;
  const PRECISIONS = ['exact', 'rounded', 'lower_bound'] as const;
  const PERIODS = ['calendar_year', 'year_to_date', 'cumulative', 'multi_year_average', 'session', 'point_in_time'] as const;

  function expectWording(f: Figure, text: string, lang: StatementLang) {
    const t = plain(text);
    const claim = claimOf(t);
    const en = lang === 'en';
    if (f.value === null) expect(claim).toMatch(en ? /not stated/ : /non indiqué/);
    if (f.value !== null && f.precision === 'lower_bound') expect(claim).toMatch(en ? /more than/ : /plus de/);
    if (f.value !== null && f.precision === 'rounded') expect(claim).toMatch(en ? /about/ : /environ/);
    if (f.period === 'year_to_date' && f.asOf) expect(claim).toMatch(en ? /as of \d/ : /(au|en) (\d|[a-zéû]+ \d{4})/);
    if (f.period === 'cumulative') expect(claim).toMatch(en ? /since/ : /depuis/);
    if (f.period === 'multi_year_average') expect(claim).toMatch(en ? /on average per year/ : /en moyenne par an/);
    if (f.period === 'session') expect(claim).toMatch(/session/);
    if (f.period === 'point_in_time' && f.asOf) expect(claim).toMatch(en ? /as of/ : /(au|en) (\d|[a-zéû]+ \d{4})/);
    if (f.asOf && f.period !== 'year_to_date' && f.period !== 'point_in_time') expect(claim).toMatch(en ? /as of/ : /situation (au|en) /);
    if (f.status === 'pledged') {
      expect(claim).toMatch(en ? /pledge/ : /annoncé/);
      expect(claim).not.toMatch(PLEDGE_FORBIDDEN[lang]);
    }
    if (f.status === 'received') expect(claim).toMatch(en ? /contribut/ : /versé/);
    if (f.status === 'pledged_and_received') expect(claim).toMatch(en ? /contributions and pledges combined/ : /versées et annoncées|versements et annonces/);
    if (f.status === 'unspecified') {
      const neutral = claim.replace(/\(the source does not say whether paid or pledged\)/, '').replace(/\(la source ne précise pas[^)]*\)/, '');
      expect(neutral).not.toMatch(en ? /contributed|\bpaid\b|pledged|announced/ : /versé|annoncé/);
    }
    if (f.secondary) expect(t).toMatch(en ? /according to a secondary source/ : /selon une source secondaire/);
    // A plan is never said as done; an unconfirmed link never as the fund's support; beneficiaries never as delegates.
    if (f.basis === 'planned') {
      expect(claim).toMatch(en ? /announced before the session, not a count made after it/ : /annonce faite avant la session, et non décompte établi après/);
      expect(claim).not.toMatch(en ? /\bsupported the participation|\bheld\b/ : /a soutenu la participation|a organisé/);
    }
    if (f.attribution === 'unconfirmed') {
      expect(claim).toMatch(en ? /the source does not say that the Fund paid for this/ : /la source ne dit pas que le Fonds l'a financé/);
      // (the metric's own label "countries supported" names what was counted, not who paid)
      expect(claim.replace(/countries supported/, '')).not.toMatch(en ? /\bsupported\b|\bheld\b/ : /a soutenu|a organisé/);
    }
    if (f.metric === 'beneficiaries') {
      expect(claim).toMatch(en ? /beneficiar(y|ies)/ : /bénéficiaires?/);
      // The only mention of delegates is the one saying the source does not tell delegates from fellows.
      const allowed = en ? /(delegates?,? or fellows?|delegates, fellows or both)/g : /(d'un délégué ou d'un boursier|de délégués ou de boursiers|délégués, boursiers ou les deux)/g;
      expect(claim.replace(allowed, '')).not.toMatch(en ? /delegate/ : /délégu/);
    }
    if (f.conflictsWith.length) expect(t).toMatch(en ? /another source gives a different figure/ : /une autre source donne un chiffre différent/);
    expect(t).toMatch(en ? /\(Source: HR\/98\/91, agenda paragraph, 26 November 1998\.\)$/ : /\(Source : HR\/98\/91, paragraphe sur l'ordre du jour, 26 novembre 1998\.\)$/);
    expect(t).not.toMatch(/undefined|null|NaN|\s{2}/);
  }

  it('for a donor’s money, in both languages', () => {
    let count = 0;
    for (const status of STATUSES)
      for (const precision of PRECISIONS)
        for (const period of PERIODS)
          for (const value of [16_000_000, null])
            for (const year of [2017, null])
              for (const asOf of ['2017-09-28', null])
                for (const flags of [{ secondary: false, conflictsWith: [] }, { secondary: true, conflictsWith: ['x-1'] }]) {
                  const f = fig({
                    status, precision, period, value, year, asOf,
                    periodStart: period === 'cumulative' || period === 'multi_year_average' ? 2014 : null,
                    session: period === 'session' ? 'HRC36' : null,
                    ...flags,
                    sources: flags.secondary ? [{ ...PRESS, kind: 'secondary' }] : [PRESS],
                  });
                  for (const lang of ['en', 'fr'] as const) {
                    expectWording(f, say(f, lang), lang);
                    count++;
                  }
                }
    expect(count).toBe(4 * 3 * 6 * 2 * 2 * 2 * 2 * 2);
  });

  it('for a beneficiary’s counts, alone or among several States, in both languages', () => {
    const PEOPLE: readonly string[] = PLANNABLE_METRICS;
    const METRICS = ['delegates', 'fellows', 'participants', 'beneficiaries', 'projects', 'project_proposals', 'countries_supported', 'trainings', 'funds_allocated'] as const;
    for (const metric of METRICS)
      for (const precision of PRECISIONS)
        for (const period of PERIODS)
          for (const value of [3, 1, null])
            for (const countries of [[state(BENIN)], [state(BENIN), state(MALDIVES), state(DENMARK)]])
            for (const basis of PEOPLE.includes(metric) ? (['reported', 'planned'] as const) : (['reported'] as const))
            for (const attribution of ['direct', 'unconfirmed'] as const) {
              const f = fig({
                metric, precision, period, value, countries, donor: null, status: null, basis, attribution,
                unit: metric === 'funds_allocated' ? 'usd_cents' : 'count',
                asOf: '2021-10-08', periodStart: period === 'cumulative' ? 2014 : null,
                session: period === 'session' ? (metric.startsWith('project') ? 'VFTC Board 10' : 'HRC48') : null,
              });
              for (const lang of ['en', 'fr'] as const) {
                const text = plain(say(f, lang, BENIN));
                expectWording(f, text, lang);
                if (attribution === 'unconfirmed') continue; // the unconfirmed sentence names the link only (checked above)
                if (countries.length > 1) {
                  expect(text).toMatch(lang === 'en' ? /among the 3 States named/ : /parmi les 3 États nommés/);
                  if (value !== null) expect(text).toMatch(lang === 'en' ? /a total/ : /au total|total pour l'ensemble/);
                  // The shared total is never put next to the State's name as its own.
                  expect(text).not.toMatch(lang === 'en' ? /\b3 \w+ (from|concerning) Benin/ : /\b3 \w+ (du|concernant le) Bénin/);
                }
                if (metric === 'project_proposals') expect(text).toMatch(lang === 'en' ? /approval is not stated/ : /approbation n'est pas indiquée/);
                if (metric === 'projects' && period === 'session') {
                  expect(text).toMatch(lang === 'en' ? /Board of Trustees/ : /Conseil d'administration/);
                  expect(text).toMatch(lang === 'en' ? /for review/ : /pour examen/);
                  expect(text).not.toMatch(/funded in|financé en/);
                }
              }
            }
  });
});
