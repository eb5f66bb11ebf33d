// The statement brief's wording rules, on hand-built figures, in English and French: every
// qualifier in words, a pledge never "contributed", a shared total never the State's own, and every
// sentence ending with its citation.

import { describe, expect, it } from 'vitest';
import {
  citation,
  formatMoney,
  formatPartialDate,
  fundForms,
  noRecordedFiguresMessage,
  ordinal,
  stateFormsEn,
  stateFormsFr,
} from '../../server/domain/statements/index.js';
import { BENIN, both, brief, claimOf, DENMARK, fig, FUNDS, MALDIVES, plain, PLEDGE_FORBIDDEN, PRESS, say, state, UNDATED, UPR_INFO } from './statementFixtures.js';

describe('numbers, money and dates', () => {
  it('writes exact amounts in full and rounded ones as the source rounded them', () => {
    expect(formatMoney(16_000_000, 'exact', 'en')).toBe('US$160,000');
    expect(plain(formatMoney(16_000_000, 'exact', 'fr'))).toBe('160 000 dollars des États-Unis');
    expect(formatMoney(120_000_000, 'rounded', 'en')).toBe('US$1.2 million');
    expect(plain(formatMoney(120_000_000, 'rounded', 'fr'))).toBe('1,2 million de dollars des États-Unis');
    expect(plain(formatMoney(1_000_000_000, 'lower_bound', 'fr'))).toBe('10 millions de dollars des États-Unis');
    expect(formatMoney(120_000_000, 'exact', 'en')).toBe('US$1,200,000'); // exact: never shortened
    expect(formatMoney(120_000_050, 'exact', 'en')).toBe('US$1,200,000.50');
    expect(plain(formatMoney(2_326_610_100, 'exact', 'fr'))).toBe('23 266 101 dollars des États-Unis');
  });

  it('writes partial dates in the language, day first', () => {
    expect(formatPartialDate('2017-06-26', 'en')).toBe('26 June 2017');
    expect(formatPartialDate('2017-06-26', 'fr')).toBe('26 juin 2017');
    expect(formatPartialDate('2017-06', 'en')).toBe('June 2017');
    expect(formatPartialDate('2017-06', 'fr')).toBe('juin 2017');
    expect(formatPartialDate('2017', 'fr')).toBe('2017');
    expect(formatPartialDate('2017-06-01', 'fr')).toBe('1er juin 2017');
    expect(formatPartialDate('2017-06-01', 'en')).toBe('1 June 2017');
  });

  it('writes ordinals of sessions', () => {
    expect(['1', '2', '3', '4', '11', '12', '13', '21', '22', '34', '48', '101', '111'].map((n) => ordinal(Number(n), 'en'))).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '34th', '48th', '101st', '111th',
    ]);
    expect([1, 2, 48].map((n) => ordinal(n, 'fr'))).toEqual(['1re', '2e', '48e']);
  });
});

describe('State and fund names', () => {
  it('gives English names the article United Nations usage gives them', () => {
    expect(stateFormsEn('Denmark')).toMatchObject({ subject: 'Denmark', plain: 'Denmark' });
    expect(stateFormsEn('Netherlands')).toMatchObject({ subject: 'The Netherlands', plain: 'the Netherlands' });
    expect(stateFormsEn('Gambia').plain).toBe('the Gambia');
    expect(stateFormsEn('Republic of Korea').plain).toBe('the Republic of Korea');
    expect(stateFormsEn('United Republic of Tanzania').subject).toBe('The United Republic of Tanzania');
    expect(stateFormsEn('Micronesia (Federated States of)').plain).toBe('the Federated States of Micronesia');
    expect(stateFormsEn('Moldova, Republic of').plain).toBe('the Republic of Moldova');
    expect(stateFormsEn('Maldives').plain).toBe('Maldives');
  });

  it('gives French names their article, its contractions and the number of the verb', () => {
    expect(stateFormsFr('Danemark')).toMatchObject({ subject: 'Le Danemark', plain: 'le Danemark', of: 'du Danemark', plural: false });
    expect(stateFormsFr('Gambie')).toMatchObject({ subject: 'La Gambie', of: 'de la Gambie' });
    expect(stateFormsFr('Angola')).toMatchObject({ subject: "L'Angola", plain: "l'Angola", of: "de l'Angola" });
    expect(stateFormsFr('Maldives')).toMatchObject({ subject: 'Les Maldives', of: 'des Maldives', plural: true });
    expect(stateFormsFr('Madagascar')).toMatchObject({ subject: 'Madagascar', plain: 'Madagascar', of: 'de Madagascar' });
    expect(stateFormsFr('Oman').of).toBe("d'Oman");
    expect(stateFormsFr('Antigua-et-Barbuda').of).toBe("d'Antigua-et-Barbuda");
    expect(stateFormsFr('République unie de Tanzanie').subject).toBe('La République unie de Tanzanie');
    expect(stateFormsFr('Micronésie (États fédérés de)')).toMatchObject({ subject: 'Les États fédérés de Micronésie', plural: true });
    expect(stateFormsFr('Îles Marshall')).toMatchObject({ subject: 'Les Îles Marshall', plural: true });
  });

  it('guesses no French article for a name it does not know: the name stands in apposition', () => {
    const forms = stateFormsFr('Atlantide');
    expect(forms).toMatchObject({ subject: "L'État concerné (Atlantide)", of: "de l'État concerné (Atlantide)", neutral: true });
    const text = say(fig(), 'fr', { iso3: 'DNK', name: { en: 'Atlantis', fr: 'Atlantide' } });
    expect(text).toMatch(/^L'État concerné \(Atlantide\) a annoncé une contribution/);
  });

  it("uses each fund's short name with the right French article", () => {
    expect(FUNDS.map((f) => fundForms(f.shortName.fr, 'fr').the)).toEqual([
      'le Fonds pour la coopération technique',
      "le Fonds pour la participation à l'EPU",
      'le Fonds PMA/PEID',
      "le Fonds pour la mise en œuvre de l'EPU",
    ]);
    expect(fundForms('Fonds PMA/PEID', 'fr')).toMatchObject({ The: 'Le Fonds PMA/PEID', to: 'au Fonds PMA/PEID', of: 'du Fonds PMA/PEID' });
    expect(fundForms('Initiative X', 'fr')).toMatchObject({ the: "l'Initiative X", to: "à l'Initiative X", of: "de l'Initiative X" });
    expect(fundForms('Caisse X', 'fr')).toMatchObject({ the: 'la Caisse X', to: 'à la Caisse X', of: 'de la Caisse X' });
    expect(fundForms('LDC/SIDS Trust Fund', 'en')).toMatchObject({ the: 'the LDC/SIDS Trust Fund', The: 'The LDC/SIDS Trust Fund' });
    expect(fundForms('VFTC', 'en').the).toBe('the VFTC');
  });
});

describe('money as a donor: pledged, received, both, unspecified', () => {
  it('says a pledge is pledged or announced, never contributed or paid', () => {
    const { en, fr } = both(fig({ asOf: '2017-09-28' }));
    expect(en).toBe(
      'Denmark pledged US$160,000 to the LDC/SIDS Trust Fund in 2017 (as of 28 September 2017). (Source: HR/98/91, agenda paragraph, 26 November 1998.)',
    );
    expect(fr).toBe(
      'Le Danemark a annoncé une contribution de 160 000 dollars des États-Unis au Fonds PMA/PEID en 2017 (situation au 28 septembre 2017). (Source : HR/98/91, paragraphe sur l\'ordre du jour, 26 novembre 1998.)',
    );
    expect(claimOf(en)).not.toMatch(PLEDGE_FORBIDDEN.en);
    expect(claimOf(fr)).not.toMatch(PLEDGE_FORBIDDEN.fr);
  });

  it('says a pledge without an amount was announced, amount not stated', () => {
    const { en, fr } = both(fig({ value: null }));
    expect(en).toMatch(/^Denmark announced a pledge to the LDC\/SIDS Trust Fund in 2017 \(amount not stated\)\./);
    expect(fr).toMatch(/^Le Danemark a annoncé une contribution au Fonds PMA\/PEID en 2017 \(montant non indiqué\)\./);
    expect(claimOf(en)).not.toMatch(PLEDGE_FORBIDDEN.en);
    expect(claimOf(fr)).not.toMatch(PLEDGE_FORBIDDEN.fr);
  });

  it('says money received was contributed / versé', () => {
    const { en, fr } = both(fig({ status: 'received' }));
    expect(en).toMatch(/^Denmark contributed US\$160,000 to the LDC\/SIDS Trust Fund in 2017\./);
    expect(fr).toMatch(/^Le Danemark a versé 160 000 dollars des États-Unis au Fonds PMA\/PEID en 2017\./);
    const none = both(fig({ status: 'received', value: null, period: 'cumulative', periodStart: 2009, year: null, asOf: '2017-06-26' }));
    expect(none.en).toMatch(/^Denmark made financial contributions to the LDC\/SIDS Trust Fund in the period since 2009 \(as of 26 June 2017; amount not stated\)\./);
    expect(none.fr).toMatch(/^Le Danemark a versé des contributions financières au Fonds PMA\/PEID sur la période écoulée depuis 2009 \(situation au 26 juin 2017 ; montant non indiqué\)\./);
  });

  it('says contributions and pledges combined when the source combines them', () => {
    const { en, fr } = both(fig({ status: 'pledged_and_received', precision: 'lower_bound', value: 1_000_000_000, period: 'year_to_date', year: 1998, asOf: '1998-11-26' }));
    expect(en).toMatch(/^Denmark is recorded with more than US\$10 million in contributions and pledges combined to the LDC\/SIDS Trust Fund in 1998, as of 26 November 1998\./);
    expect(fr).toMatch(/versements et annonces confondus, atteignent plus de 10 millions de dollars des États-Unis en 1998, au 26 novembre 1998\./);
  });

  it('claims neither payment nor pledge when the source does not say', () => {
    const { en, fr } = both(fig({ status: 'unspecified', precision: 'rounded', value: 120_000_000, year: 2018, asOf: '2024-11-15' }));
    expect(en).toMatch(/^Denmark is recorded as a donor to the LDC\/SIDS Trust Fund in 2018 \(as of 15 November 2024\), with contributions of about US\$1\.2 million \(the source does not say whether paid or pledged\)\./);
    expect(fr).toMatch(/^Le Danemark figure parmi les donateurs du Fonds PMA\/PEID en 2018 \(situation au 15 novembre 2024\), avec des contributions d'environ 1,2 million de dollars des États-Unis \(la source ne précise pas/);
    expect(claimOf(en).replace('(the source does not say whether paid or pledged)', '')).not.toMatch(/contributed|paid|pledged|announced/);
    expect(claimOf(fr).replace(/\(la source ne précise pas[^)]*\)/, '')).not.toMatch(/versé|annoncé/);

    const listed = both(fig({ status: 'unspecified', value: null, year: null, period: 'cumulative', periodStart: 2013, asOf: '2018-04-16' }));
    expect(listed.en).toMatch(/^Denmark is listed among the donors to the LDC\/SIDS Trust Fund in the period since 2013 \(as of 16 April 2018; amount not stated\)\./);
    expect(listed.fr).toMatch(/^Le Danemark figure parmi les donateurs du Fonds PMA\/PEID sur la période écoulée depuis 2013 \(situation au 16 avril 2018 ; montant non indiqué\)\./);
  });

  it('agrees the French verb with a plural State name', () => {
    const uae = { iso3: 'ARE', name: { en: 'United Arab Emirates', fr: 'Émirats arabes unis' } };
    const f = fig({ donor: state(uae), year: null, period: 'point_in_time' });
    expect(say(f, 'fr', uae)).toMatch(/^Les Émirats arabes unis ont annoncé une contribution de 160 000 dollars des États-Unis au Fonds PMA\/PEID à une date que la source ne précise pas\./);
    expect(say(f, 'en', uae)).toMatch(/^The United Arab Emirates pledged/);
    const listed = say(fig({ donor: state(MALDIVES), status: 'unspecified', value: null }), 'fr', MALDIVES);
    expect(listed).toMatch(/^Les Maldives figurent parmi les donateurs/);
  });
});

describe('qualifiers in words', () => {
  it('lower bound → more than / plus de', () => {
    const { en, fr } = both(fig({ status: 'unspecified', precision: 'lower_bound', value: 41_000_000, period: 'year_to_date', year: 2024, asOf: '2024-11-15' }));
    expect(en).toContain('more than US$410,000 (the source does not say');
    expect(en).toContain('in 2024, as of 15 November 2024');
    expect(fr).toContain('de plus de 410 000 dollars des États-Unis');
    expect(fr).toContain('en 2024, au 15 novembre 2024');
  });

  it("writes French round millions as French does: \"plus d'un million\", \"environ un million\"", () => {
    expect(say(fig({ status: 'received', precision: 'lower_bound', value: 100_000_000 }), 'fr')).toContain("a versé plus d'un million de dollars des États-Unis");
    expect(say(fig({ status: 'received', precision: 'rounded', value: 100_000_000 }), 'fr')).toContain('a versé environ un million de dollars des États-Unis');
    expect(say(fig({ status: 'received', precision: 'lower_bound', value: 100_000_000 }), 'en')).toContain('contributed more than US$1 million');
  });

  it('rounded → about / environ (with the French elision)', () => {
    const { en, fr } = both(fig({ precision: 'rounded', value: 120_000_000 }));
    expect(en).toContain('pledged about US$1.2 million');
    expect(fr).toContain("annoncé une contribution d'environ 1,2 million de dollars des États-Unis");
  });

  it('cumulative → cumulatively since / au total depuis, with the as-of date; the Fund start when no start year', () => {
    const f = fig({ metric: 'participants', unit: 'count', value: 252, status: null, donor: null, countries: [state(BENIN)], period: 'cumulative', periodStart: 2014, asOf: '2024-05-29', year: 2024 });
    const { en, fr } = both(f, BENIN);
    expect(en).toContain('cumulatively since 2014 (as of 29 May 2024)');
    expect(fr).toContain('au total depuis 2014 (situation au 29 mai 2024)');
    const sinceStart = both({ ...f, periodStart: null }, BENIN);
    expect(sinceStart.en).toContain('cumulatively since the Fund began (as of 29 May 2024)');
    expect(sinceStart.fr).toContain('au total depuis la création du Fonds (situation au 29 mai 2024)');
    const undated = both({ ...f, asOf: null }, BENIN);
    expect(undated.en).toContain('(the as-of date is not stated)');
    expect(undated.fr).toContain('(date de situation non précisée)');
  });

  it('multi-year average → on average per year / en moyenne par an, never one year', () => {
    const f = fig({ status: 'pledged_and_received', precision: 'rounded', value: 300_000_000, period: 'multi_year_average', periodStart: 1988, year: 1998, asOf: '1998-11-26' });
    const { en, fr } = both(f);
    expect(en).toContain('about US$3 million in contributions and pledges combined to the LDC/SIDS Trust Fund on average per year since 1988 (as of 26 November 1998; not the amount of any single year)');
    expect(fr).toContain('en moyenne par an depuis 1988 (situation au 26 novembre 1998');
    expect(claimOf(en)).not.toMatch(/in 1998/);
    const undefinedSpan = both({ ...f, periodStart: null });
    expect(undefinedSpan.en).toContain('on average per year over a period the source does not state');
    expect(undefinedSpan.fr).toContain('en moyenne par an sur une période que la source ne précise pas');
  });

  it('session → at the Nth session of the Council / à la Ne session du Conseil', () => {
    const f = fig({ metric: 'delegates', unit: 'count', value: 1, status: null, donor: null, countries: [state(BENIN)], period: 'session', session: 'HRC48', year: 2021 });
    const { en, fr } = both(f, BENIN);
    expect(en).toBe(
      'The LDC/SIDS Trust Fund supported the participation of 1 delegate from Benin at the 48th session of the Human Rights Council, in 2021. (Source: HR/98/91, agenda paragraph, 26 November 1998.)',
    );
    expect(fr).toBe(
      "Le Fonds PMA/PEID a soutenu la participation de 1 délégué du Bénin à la 48e session du Conseil des droits de l'homme, en 2021. (Source : HR/98/91, paragraphe sur l'ordre du jour, 26 novembre 1998.)",
    );
    const unnamed = both({ ...f, session: null }, BENIN);
    expect(unnamed.en).toContain('at a session the source does not name');
    expect(unnamed.fr).toContain('à une session que la source ne nomme pas');
  });

  it('point in time → as of / au', () => {
    const f = fig({ status: 'pledged', period: 'point_in_time', asOf: '2024-11-15', year: 2024 });
    const { en, fr } = both(f);
    expect(en).toContain('pledged US$160,000 to the LDC/SIDS Trust Fund as of 15 November 2024');
    expect(fr).toContain('au Fonds PMA/PEID au 15 novembre 2024');
  });

  it('never invents a year the source does not give', () => {
    for (const period of ['calendar_year', 'point_in_time', 'year_to_date'] as const) {
      const f = fig({ year: null, period, asOf: null, value: 2_500_000 });
      const { en, fr } = both(f);
      expect(claimOf(en)).not.toMatch(/\b(19|20)\d\d\b/);
      expect(claimOf(fr)).not.toMatch(/\b(19|20)\d\d\b/);
      expect(en).toMatch(/the source does not state/);
      expect(fr).toMatch(/que la source ne précise pas/);
    }
    expect(say(fig({ year: null }), 'en')).toContain('in a year the source does not state');
    expect(say(fig({ year: null, period: 'point_in_time' }), 'en')).toContain('on a date the source does not state');
    expect(say(fig({ year: null, period: 'point_in_time', sources: [UPR_INFO, UNDATED] }), 'en')).toContain('on a date the sources do not state');
  });

  it('a presence without a number says the number is not stated, never zero', () => {
    const f = fig({ metric: 'delegates', unit: 'count', value: null, status: null, donor: null, countries: [state(BENIN)], period: 'session', session: 'HRC45', year: 2020 });
    const { en, fr } = both(f, BENIN);
    expect(en).toContain('supported the participation of delegates from Benin at the 45th session of the Human Rights Council, in 2020 (number not stated)');
    expect(fr).toContain('a soutenu la participation de délégués du Bénin à la 45e session du Conseil des droits de l\'homme, en 2020 (nombre non indiqué)');
    expect(claimOf(en)).not.toMatch(/\b0\b/);
  });

  it('secondary → according to a secondary source (title) / selon une source secondaire (titre)', () => {
    const f = fig({ status: 'received', value: null, period: 'cumulative', periodStart: 2009, year: null, asOf: '2017-06-26', secondary: true, sources: [UPR_INFO] });
    const { en, fr } = both(f);
    expect(en).toContain(', according to a secondary source (“Making use of the Voluntary Fund for Implementation”). (Source: “Making use of the Voluntary Fund for Implementation”, article body');
    expect(fr).toContain(', selon une source secondaire (« Making use of the Voluntary Fund for Implementation »). (Source : « Making use');
    const two = both({ ...f, sources: [UPR_INFO, { ...UPR_INFO, id: 'b', title: 'The Arabian News item on a pledge', titleIs: 'description' }] });
    expect(two.en).toContain('according to secondary sources (“Making use of the Voluntary Fund for Implementation”; [The Arabian News item on a pledge])');
    expect(two.fr).toContain('selon des sources secondaires (');
    expect(two.en).toMatch(/\(Sources: .+; .+\.\)$/);
  });

  it('conflict → another source gives a different figure / une autre source donne un chiffre différent', () => {
    const f = fig({ metric: 'delegates', unit: 'count', value: 11, status: null, donor: null, countries: [state(MALDIVES)], period: 'session', session: 'HRC34', conflictsWith: ['ldc-sids-022'] });
    const { en, fr } = both(f, MALDIVES);
    expect(en).toContain('at the 34th session of the Human Rights Council, in 2017; another source gives a different figure. (Source:');
    expect(fr).toContain("en 2017 ; une autre source donne un chiffre différent. (Source :");
  });
});

describe('beneficiary wording', () => {
  const SEVEN = ['CPV', 'JAM', 'MHL', 'FSM', 'PNG', 'TON', 'TTO'].map((iso3) => ({ id: iso3, iso3, kind: 'state' as const, name: { en: iso3, fr: iso3 } }));
  const CABO_VERDE = { iso3: 'CPV', name: { en: 'Cabo Verde', fr: 'Cabo Verde' } };

  it('never gives a total shared by several States as this State’s number', () => {
    const f = fig({ metric: 'delegates', unit: 'count', value: 10, status: null, donor: null, countries: SEVEN, period: 'session', session: 'HRC34', year: 2017 });
    const { en, fr } = both(f, CABO_VERDE);
    expect(en).toMatch(/^Cabo Verde is among the 7 States named for the delegates whose participation the LDC\/SIDS Trust Fund supported at the 34th session of the Human Rights Council, in 2017: 10 delegates in all, a total for all the States concerned, not the number for Cabo Verde\./);
    expect(fr).toMatch(/^Le Cabo Verde figure parmi les 7 États nommés pour les délégués dont le Fonds PMA\/PEID a soutenu la participation à la 34e session du Conseil des droits de l'homme, en 2017 : 10 délégués au total, pour l'ensemble des États concernés, et non le nombre concernant le Cabo Verde\./);
    expect(en).not.toMatch(/10 delegates from Cabo Verde/);
    expect(fr).not.toMatch(/10 délégués du Cabo Verde/);
    const none = both({ ...f, value: null }, CABO_VERDE);
    expect(none.en).toContain('is among the 7 States named for the delegates whose participation the LDC/SIDS Trust Fund supported at the 34th session of the Human Rights Council, in 2017 (number not stated)');
    expect(none.fr).toContain('(nombre non indiqué)');
  });

  it('fellows and participants (delegates and fellows combined)', () => {
    const fellows = both(fig({ metric: 'fellows', unit: 'count', value: 2, status: null, donor: null, countries: [state(BENIN)], year: 2015 }), BENIN);
    expect(fellows.en).toContain('supported the participation of 2 fellows from Benin in 2015');
    expect(fellows.fr).toContain('a soutenu la participation de 2 boursiers du Bénin en 2015');
    const participants = both(fig({ metric: 'participants', unit: 'count', value: 10, status: null, donor: null, countries: [state(BENIN)], period: 'session', session: 'HRC30', year: 2015 }), BENIN);
    expect(participants.en).toContain('10 participants (delegates and fellows combined) from Benin at the 30th session');
    expect(participants.fr).toContain('10 participants (délégués et boursiers confondus) du Bénin à la 30e session');
  });

  it('VFTC projects are those the Board of Trustees had before it for review at a session, not projects funded that year', () => {
    const azerbaijan = { iso3: 'AZE', name: { en: 'Azerbaijan', fr: 'Azerbaïdjan' } };
    const f = fig({ id: 'vftc-003', fund: 'vftc', metric: 'projects', unit: 'count', value: 1, status: null, donor: null, countries: [state(azerbaijan)], period: 'session', session: 'VFTC Board 10', year: 1998 });
    const { en, fr } = both(f, azerbaijan);
    expect(en).toMatch(/^The Board of Trustees of the VFTC had before it for review 1 project concerning Azerbaijan at its 10th session, in 1998 \(the year is that of the Board session, not necessarily of the project\)\./);
    expect(fr).toMatch(/^Le Conseil d'administration du Fonds pour la coopération technique était saisi, pour examen à sa 10e session, en 1998, de 1 projet concernant l'Azerbaïdjan/);
    expect(en).not.toMatch(/funded in|financed/i);
    expect(fr).not.toMatch(/financé en/);
  });

  it('projects without a Board session, and a State only named with projects', () => {
    const panama = { iso3: 'PAN', name: { en: 'Panama', fr: 'Panama' } };
    const f = fig({ fund: 'upr-implementation', metric: 'projects', unit: 'count', value: null, status: null, donor: null, countries: [state(panama)], period: 'cumulative', year: null, asOf: '2022-09-14', secondary: true, sources: [UPR_INFO] });
    const { en, fr } = both(f, panama);
    expect(en).toMatch(/^Panama is named among the countries with projects supported by the UPR Implementation Fund since the Fund began \(as of 14 September 2022; number of projects not stated\), according to a secondary source/);
    expect(fr).toMatch(/^Le Panama figure parmi les pays ayant bénéficié de projets soutenus par le Fonds pour la mise en œuvre de l'EPU depuis la création du Fonds \(situation au 14 septembre 2022 ; nombre de projets non indiqué\), selon une source secondaire/);
  });

  it('a project proposal before the Board: approval is not stated', () => {
    const morocco = { iso3: 'MAR', name: { en: 'Morocco', fr: 'Maroc' } };
    const one = both(fig({ fund: 'vftc', metric: 'project_proposals', unit: 'count', value: 1, status: null, donor: null, countries: [state(morocco)], period: 'session', session: 'VFTC Board 11', year: 1999 }), morocco);
    expect(one.en).toMatch(/^Morocco was the subject of 1 project proposal put before the Board of Trustees of the VFTC at its 11th session, in 1999; approval is not stated\./);
    expect(one.fr).toMatch(/^Le Maroc a fait l'objet de 1 proposition de projet soumise au Conseil d'administration du Fonds pour la coopération technique à sa 11e session, en 1999 ; leur approbation n'est pas indiquée\./);
    const seven = both(fig({ fund: 'vftc', metric: 'project_proposals', unit: 'count', value: 7, status: null, donor: null, countries: [state(morocco), ...SEVEN.slice(0, 6)], period: 'session', session: 'VFTC Board 10', year: 1998 }), morocco);
    expect(seven.en).toMatch(/^Morocco is among the 7 States named in the project proposals put before the Board of Trustees of the VFTC at its 10th session, in 1998: 7 project proposals in all, a total for all the States concerned, not the number for Morocco; approval is not stated\./);
    expect(seven.fr).toMatch(/^Le Maroc figure parmi les 7 États nommés dans les propositions de projet soumises au Conseil d'administration du Fonds pour la coopération technique à sa 10e session, en 1998 : 7 propositions au total, pour l'ensemble des États concernés, et non le nombre concernant le Maroc ; leur approbation n'est pas indiquée\./);
  });

  it('countries supported and trainings', () => {
    const cs = both(fig({ fund: 'upr-implementation', metric: 'countries_supported', unit: 'count', value: 76, status: null, donor: null, countries: [state(BENIN), state(MALDIVES)], period: 'cumulative', year: 2022, asOf: '2022-09-14' }), BENIN);
    expect(cs.en).toContain('Benin is among the 2 States named among the countries supported by the UPR Implementation Fund cumulatively since the Fund began (as of 14 September 2022): 76 countries in all, a total, not a number for Benin');
    expect(cs.fr).toContain('Le Bénin figure parmi les 2 États nommés parmi les pays aidés par le Fonds pour la mise en œuvre de l\'EPU au total depuis la création du Fonds (situation au 14 septembre 2022) : 76 pays au total');
    const tr = both(fig({ metric: 'trainings', unit: 'count', value: null, status: null, donor: null, countries: [state(MALDIVES)], period: 'point_in_time', year: 2024, asOf: '2024-12' }), MALDIVES);
    expect(tr.en).toMatch(/^The LDC\/SIDS Trust Fund held training events or workshops concerning Maldives as of December 2024 \(number not stated\)\./);
    expect(tr.fr).toMatch(/^Le Fonds PMA\/PEID a organisé des formations ou ateliers concernant les Maldives en décembre 2024 \(nombre non indiqué\)\./);
  });
});

describe('citation and order', () => {
  it('ends every sentence with its citation: symbol or title, locator, date or undated', () => {
    expect(citation([PRESS], 'en')).toBe('(Source: HR/98/91, agenda paragraph, 26 November 1998.)');
    expect(plain(citation([PRESS], 'fr'))).toBe('(Source : HR/98/91, paragraphe sur l\'ordre du jour, 26 novembre 1998.)');
    // A title we wrote to describe a document is bracketed, never quoted as the document's own.
    expect(citation([UNDATED], 'en')).toBe('(Source: [OHCHR web page "UPR Voluntary Funds"], 2nd paragraph, undated.)');
    expect(plain(citation([UNDATED], 'fr'))).toBe('(Source : [OHCHR web page "UPR Voluntary Funds"] (description en anglais), 2e paragraphe, non daté.)');
    // A title the document prints is quoted, in each language's quotation marks.
    expect(citation([PRESS, UPR_INFO], 'en')).toBe(
      '(Sources: HR/98/91, agenda paragraph, 26 November 1998; “Making use of the Voluntary Fund for Implementation”, article body, 26 June 2017.)',
    );
    expect(plain(citation([UPR_INFO], 'fr'))).toBe('(Source : « Making use of the Voluntary Fund for Implementation », corps de l\'article, 26 juin 2017.)');
  });

  it('puts donor sentences first (by fund, then year), then beneficiary sentences (by fund, year, session); ignores other States; one sentence per figure', () => {
    const figures = [
      fig({ id: 'b-ldc-2021-hrc48', metric: 'delegates', unit: 'count', value: 1, status: null, donor: null, countries: [state(DENMARK)], period: 'session', session: 'HRC48', year: 2021 }),
      fig({ id: 'b-ldc-2017-hrc34', metric: 'delegates', unit: 'count', value: 1, status: null, donor: null, countries: [state(DENMARK)], period: 'session', session: 'HRC34', year: 2017 }),
      fig({ id: 'b-ldc-2017-hrc36', metric: 'delegates', unit: 'count', value: 1, status: null, donor: null, countries: [state(DENMARK)], period: 'session', session: 'HRC36', year: 2017 }),
      fig({ id: 'b-vftc-1998', fund: 'vftc', metric: 'projects', unit: 'count', value: 1, status: null, donor: null, countries: [state(DENMARK)], period: 'session', session: 'VFTC Board 10', year: 1998 }),
      fig({ id: 'd-impl-null', fund: 'upr-implementation', year: null }),
      fig({ id: 'd-ldc-null', year: null }),
      fig({ id: 'd-ldc-2017', year: 2017 }),
      fig({ id: 'd-ldc-2015', year: 2015 }),
      fig({ id: 'd-vftc-2020', fund: 'vftc', year: 2020 }),
      fig({ id: 'other-state', donor: state(BENIN) }),
      fig({ id: 'd-ldc-2015', year: 2015 }), // the same figure twice (as donor and as country query): one sentence
    ];
    const sentences = brief(figures, 'en');
    expect(sentences.map((s) => s.figureIds[0])).toEqual([
      'd-vftc-2020',
      'd-ldc-2015',
      'd-ldc-2017',
      'd-ldc-null',
      'd-impl-null',
      'b-vftc-1998',
      'b-ldc-2017-hrc34',
      'b-ldc-2017-hrc36',
      'b-ldc-2021-hrc48',
    ]);
    for (const s of sentences) {
      expect(s.sources.length).toBeGreaterThanOrEqual(1);
      expect(s.text).toMatch(/\(Sources?: .+\.\)$/);
    }
  });

  it('has nothing to say about a State with no figure, and says so plainly', () => {
    expect(brief([fig({ donor: state(BENIN) })], 'en', DENMARK)).toEqual([]);
    expect(noRecordedFiguresMessage({ iso3: 'ISL', name: { en: 'Iceland', fr: 'Islande' } }, 'en')).toBe('No figure about Iceland as a donor or as a beneficiary is recorded in this dashboard.');
    expect(noRecordedFiguresMessage({ iso3: 'ISL', name: { en: 'Iceland', fr: 'Islande' } }, 'fr')).toBe("Aucun chiffre concernant l'Islande en tant que donateur ou bénéficiaire n'est enregistré dans ce tableau de bord.");
    expect(noRecordedFiguresMessage({ iso3: 'NLD', name: { en: 'Netherlands', fr: 'Pays-Bas' } }, 'en')).toBe('No figure about the Netherlands as a donor or as a beneficiary is recorded in this dashboard.');
  });
});
