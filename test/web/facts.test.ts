// How citations, establishment events and the Council's calls read in the UI: official address first,
// the copy read named second, published titles quoted and descriptions never; dates through Intl; calls
// worded per kind, the Advisory Committee's apart; and every shipped fact readable in all six languages.

import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouncilCall, EstablishmentEvent, Figure, Fund, FundDetail } from '../../server/contract/schemas.js';
import { callReference, callText } from '../../web/components/CouncilCalls/CouncilCalls.js';
import { establishmentText, leadingEvent } from '../../web/components/FundEstablishment/FundEstablishment.js';
import { citationLine, copyReadText, sourceLabel } from '../../web/components/SourceCitation/SourceCitation.js';
import { figureQualifiers } from '../../web/format/figures.js';
import { createI18n, UI_LANGUAGES, type UiLanguage } from '../../web/i18n/index.js';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';

type Source = Figure['sources'][number];

const source = (overrides: Partial<Source>): Source => ({
  id: 'a-hrc-43-31',
  kind: 'official_report',
  title: 'Rapport du Comité consultatif',
  titleIs: 'description',
  symbol: 'A/HRC/43/31',
  locator: 'para. 23',
  url: 'https://undocs.org/fr/A/HRC/43/31',
  date: '2020',
  language: 'fr',
  copyRead: null,
  ...overrides,
});

const event = (overrides: Partial<EstablishmentEvent>): EstablishmentEvent => ({
  id: 'e',
  date: '1987-11',
  body: 'secretary_general',
  instruments: [
    { kind: 'chr-resolution', number: '1987/38' },
    { kind: 'ecosoc-decision', number: '1987/147' },
  ],
  source: source({}),
  note: null,
  ...overrides,
});

const call = (overrides: Partial<CouncilCall>): CouncilCall => ({
  id: 'c',
  body: 'human_rights_council',
  call: 'continue_contributing',
  adopted: '2024-10-11',
  funds: ['vftc', 'upr-participation', 'ldc-sids', 'upr-implementation'],
  reference: 'relevant_funds',
  source: source({ id: 'a-hrc-res-57-32', kind: 'resolution', symbol: 'A/HRC/RES/57/32', locator: 'para. 5', titleIs: 'published', title: 'Amélioration de la coopération technique' }),
  note: null,
  ...overrides,
});

const FUNDS = [
  { id: 'vftc', name: { en: 'VFTC full', fr: 'FCT complet' }, shortName: { en: 'VFTC', fr: 'Fonds pour la coopération technique' } },
  { id: 'upr-implementation', name: { en: 'UPR-I full', fr: 'EPU-M complet' }, shortName: { en: 'UPR Implementation Fund', fr: "Fonds pour la mise en œuvre de l'EPU" } },
] as unknown as Fund[];

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const translators = new Map<UiLanguage, TFunction>();
beforeAll(async () => {
  for (const lang of UI_LANGUAGES) translators.set(lang, (await createI18n(lang)).t);
});
const tr = (lang: UiLanguage) => translators.get(lang)!;

describe('citations', () => {
  it('quote a published title in the language’s marks and never quote a description', () => {
    const published = source({ titleIs: 'published', title: 'Annual report' });
    expect(sourceLabel(published, tr('en'))).toBe('A/HRC/43/31 — “Annual report”');
    expect(spaces(sourceLabel(published, tr('fr')))).toBe('A/HRC/43/31 — « Annual report »');
    expect(sourceLabel(published, tr('ru'))).toBe('A/HRC/43/31 — «Annual report»');
    for (const lang of UI_LANGUAGES) {
      const described = sourceLabel(source({ symbol: null, title: 'OHCHR web page on the Fund' }), tr(lang));
      expect(described, lang).toBe('[OHCHR web page on the Fund]');
      expect(described, lang).not.toMatch(/[“”«»"]/);
    }
  });

  it('link the official address first and name the copy read after it: a staging copy, or a copy at another host', () => {
    const staging = source({ url: 'https://www.ohchr.org/en/page', copyRead: 'https://web.test.ohchr.un-icc.cloud/en/page' });
    const line = citationLine(staging, 'en', tr('en'));
    expect(line.indexOf('<https://www.ohchr.org/en/page>')).toBeGreaterThan(-1);
    expect(line.indexOf('<https://www.ohchr.org/en/page>')).toBeLessThan(line.indexOf('un-icc.cloud'));
    expect(line).toContain('read on a staging copy of this page <https://web.test.ohchr.un-icc.cloud/en/page>');
    expect(copyReadText('https://right-docs.org/doc/a-hrc-24-56', tr('en'))).toBe('read on a copy at right-docs.org');
    expect(copyReadText('https://previous.ohchr.org/EN/Pages/x.aspx', tr('fr'))).toBe('consulté sur une copie de préproduction de cette page');
    expect(citationLine(source({}), 'en', tr('en'))).not.toMatch(/read on/);
  });
});

describe('establishment', () => {
  it('reads the VFTC’s creation with month precision, its body and both instruments', () => {
    expect(establishmentText(event({}), 'en', tr('en'))).toBe(
      'November 1987 — created by the Secretary-General under Commission on Human Rights resolution 1987/38 and ECOSOC decision 1987/147',
    );
    expect(establishmentText(event({}), 'fr', tr('fr'))).toBe(
      'Novembre 1987 — créé par le Secrétaire général en application de la résolution 1987/38 de la Commission des droits de l’homme et de la décision 1987/147 du Conseil économique et social',
    );
  });

  it('says "its resolutions" when the Council acted under its own, and says when no date or no act is given', () => {
    const council = event({ date: null, body: 'human_rights_council', instruments: [{ kind: 'hrc-resolution', number: '5/1' }, { kind: 'hrc-resolution', number: '6/17' }] });
    expect(establishmentText(council, 'en', tr('en'))).toBe('Date not stated — created by the Human Rights Council under its resolutions 5/1 and 6/17');
    expect(establishmentText(event({ date: '2009', instruments: [{ kind: 'hrc-resolution', number: '6/17' }] }), 'en', tr('en'))).toBe(
      '2009 — created by the Secretary-General under Human Rights Council resolution 6/17',
    );
    expect(establishmentText(event({ date: '1987', body: null, instruments: [] }), 'en', tr('en'))).toBe('1987 — created (the source names neither an act nor a body)');
  });

  it('leads a card with the first account that gives a date', () => {
    const undated = event({ id: 'undated', date: null });
    const dated = event({ id: 'dated', date: '2007' });
    expect(leadingEvent([undated, dated])?.id).toBe('dated');
    expect(leadingEvent([event({ id: 'first' }), dated])?.id).toBe('first');
    expect(leadingEvent([undated])?.id).toBe('undated');
    expect(leadingEvent([])).toBeUndefined();
  });
});

describe('the Council’s calls', () => {
  it('cite resolution and paragraph, and keep the Advisory Committee’s words its own', () => {
    expect(callReference(call({}), tr('en'))).toBe('Resolution 57/32, paragraph 5');
    expect(callText(call({}), FUNDS, 'en', tr('en'))).toMatch(/^The Human Rights Council called upon States to continue contributing to the relevant United Nations funds/);
    const advisory = call({ body: 'advisory_committee', call: 'increase_contributions', funds: ['vftc', 'upr-implementation'], reference: 'named', source: source({ locator: 'para. 108' }) });
    expect(callReference(advisory, tr('en'))).toBe('Report A/HRC/43/31, paragraph 108');
    expect(callText(advisory, FUNDS, 'en', tr('en'))).toBe(
      'The Advisory Committee recommended that States, the international institutions concerned and other stakeholders increase their voluntary contributions to the VFTC and the UPR Implementation Fund.',
    );
    expect(callText(advisory, FUNDS, 'fr', tr('fr'))).toBe(
      "Le Comité consultatif a recommandé que les États, les institutions internationales concernées et les autres parties prenantes augmentent leurs contributions volontaires au Fonds pour la coopération technique et au Fonds pour la mise en œuvre de l'EPU.",
    );
  });
});

describe('planned counts', () => {
  it('carry "announced before the session", reported ones do not', async () => {
    const base = { id: 'ldc-sids-1', fund: 'ldc-sids', year: 2021, metric: 'delegates', value: 16, unit: 'count', status: null, precision: 'exact', period: 'session', periodStart: null, asOf: null, donor: null, countries: [], scope: null, session: 'HRC48', attribution: 'direct', note: null, secondary: false, sources: [source({})], conflictsWith: [] } as const;
    expect(figureQualifiers({ ...base, basis: 'planned' } as unknown as Figure, 'en', tr('en'))).toContain('announced before the session');
    expect(figureQualifiers({ ...base, basis: 'planned' } as unknown as Figure, 'fr', tr('fr'))).toContain('annoncé avant la session');
    expect(figureQualifiers({ ...base, basis: 'reported' } as unknown as Figure, 'en', tr('en'))).not.toContain('announced before the session');
  });
});

describe('the shipped facts in six languages', () => {
  let testDb: TestDb;
  let funds: Fund[];
  let details: FundDetail[];
  beforeAll(async () => {
    const loaded = await createLoadedApp();
    testDb = loaded.testDb;
    funds = ((await (await loaded.app.request('/api/funds')).json()) as { funds: Fund[] }).funds;
    details = await Promise.all(funds.map(async (f) => (await (await loaded.app.request(`/api/funds/${f.id}`)).json()) as FundDetail));
  });
  afterAll(async () => testDb.cleanup());

  it('reads every establishment event and every call with no raw key or placeholder left', () => {
    const events = funds.flatMap((f) => f.establishment);
    const calls = details.flatMap((d) => d.calls);
    expect(events.length).toBeGreaterThan(0);
    expect(calls.length).toBeGreaterThan(0);
    for (const lang of UI_LANGUAGES) {
      const texts = [
        ...events.map((e) => establishmentText(e, lang, tr(lang))),
        ...calls.flatMap((c) => [callText(c, funds, lang, tr(lang)), callReference(c, tr(lang))]),
      ];
      for (const text of texts) {
        expect(text, lang).not.toMatch(/\{\{|\}\}|facts\.|undefined/);
        expect(text.trim().length, lang).toBeGreaterThan(8);
      }
    }
  });
});
