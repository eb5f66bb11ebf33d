// GET /api/statements/:iso3 on the shipped data: the brief of every State in the data, in English and
// French, checked sentence by sentence against the fields of the figure it was written from.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../server/contract/schemas.js';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';

interface Sentence {
  text: string;
  figureIds: string[];
  sources: Figure['sources'];
}
interface Brief {
  country: { iso3: string; name: { en: string; fr: string } };
  lang: 'en' | 'fr';
  sentences: Sentence[];
  context: Sentence[];
  fundWide: Sentence[];
  calls: { text: string; callId: string; sources: Figure['sources'] }[];
  noRecordedFigures: boolean;
  message: string | null;
}

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let figuresById: Map<string, Figure>;
/** Every State that appears in the data as a donor or a beneficiary. */
let states: string[];
/** The 193 Member States the picker lists. */
let members: { iso3: string; name: { en: string; fr: string } }[];
const briefs = new Map<string, Brief>();

const getJson = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  const { body } = await getJson('/api/figures?limit=500');
  const figures = body.figures as Figure[];
  figuresById = new Map(figures.map((f) => [f.id, f]));
  const codes = new Set<string>();
  for (const f of figures) {
    if (f.donor?.kind === 'state' && f.donor.iso3) codes.add(f.donor.iso3);
    for (const c of f.countries) if (c.kind === 'state' && c.iso3) codes.add(c.iso3);
  }
  states = [...codes].sort();
  members = (await getJson('/api/statements')).body.states;
  for (const iso3 of new Set([...states, ...members.map((m) => m.iso3)])) {
    for (const lang of ['en', 'fr'] as const) {
      const { status, body: brief } = await getJson(`/api/statements/${iso3}?lang=${lang}`);
      expect(status, `${iso3} ${lang}`).toBe(200);
      briefs.set(`${iso3}:${lang}`, brief as Brief);
    }
  }
});
afterAll(async () => testDb.cleanup());

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** The words before the source qualifiers and the citation (a source's title may use any word). */
const claimOf = (text: string) =>
  plain(text).split(/, according to (?:a )?secondary sources?|, selon (?:une|des) sources? secondaires?|; another source gives|; une autre source donne|\. \(Sources? ?:/)[0]!;

const every = (fn: (iso3: string, lang: 'en' | 'fr', brief: Brief) => void) => {
  for (const iso3 of states) for (const lang of ['en', 'fr'] as const) fn(iso3, lang, briefs.get(`${iso3}:${lang}`)!);
};

describe('GET /api/statements/:iso3 for every State in the data', () => {
  it('finds the States of the data (donors and beneficiaries)', () => {
    expect(states.length).toBeGreaterThan(50);
    expect(states).toEqual(expect.arrayContaining(['DNK', 'MDV', 'ARE', 'AZE', 'BEN']));
  });

  it('answers 200 with sentences, each with at least one linked source and known figure ids', () => {
    every((iso3, lang, brief) => {
      const where = `${iso3} ${lang}`;
      expect(brief.country.iso3, where).toBe(iso3);
      expect(brief.lang, where).toBe(lang);
      expect(brief.noRecordedFigures, where).toBe(false);
      expect(brief.message, where).toBeNull();
      expect(brief.sentences.length + brief.context.length, where).toBeGreaterThan(0);
      for (const s of [...brief.sentences, ...brief.context, ...brief.fundWide]) {
        expect(s.figureIds.length, where).toBeGreaterThanOrEqual(1);
        for (const id of s.figureIds) expect(figuresById.has(id), `${where}: ${id}`).toBe(true);
        expect(s.sources.length, where).toBeGreaterThanOrEqual(1);
        for (const source of s.sources) expect(source.url, `${where}: ${s.text}`).toMatch(/^https?:\/\//);
        // The citation closes the sentence and names every source by symbol or title, with its date or "undated".
        const text = plain(s.text);
        expect(text, where).toMatch(lang === 'en' ? /\. \(Sources?: .+\.\)$/ : /\. \(Sources? : .+\.\)$/);
        const citation = text.slice(text.lastIndexOf('(Source'));
        for (const source of s.sources) {
          expect(citation, where).toContain(source.symbol ?? source.title);
          if (!source.date) expect(citation, where).toContain(lang === 'en' ? 'undated' : 'non daté');
        }
        expect(text, where).not.toMatch(/undefined|null|NaN|\[object/);
      }
    });
  });

  it('puts one sentence per figure (quotable or context): the donor figures first, then the beneficiary figures', () => {
    every((iso3, lang, brief) => {
      const ids = [...brief.sentences, ...brief.context].flatMap((s) => s.figureIds);
      expect(new Set(ids).size, `${iso3} ${lang}`).toBe(ids.length);
      const roles = brief.sentences.flatMap((s) => s.figureIds).map((id) => (figuresById.get(id)!.donor?.iso3 === iso3 ? 'donor' : 'beneficiary'));
      expect(roles.join(','), `${iso3} ${lang}`).toMatch(/^(donor,)*(donor|beneficiary)?(,beneficiary)*$/);
      const expected = [...figuresById.values()].filter((f) => f.donor?.iso3 === iso3 || f.countries.some((c) => c.iso3 === iso3));
      expect(ids.sort(), `${iso3} ${lang}`).toEqual(expected.map((f) => f.id).sort());
    });
  });

  it('keeps the wording rules against each figure’s fields', () => {
    let checked = 0;
    every((iso3, lang, brief) => {
      const en = lang === 'en';
      for (const s of [...brief.sentences, ...brief.context]) {
        const f = figuresById.get(s.figureIds[0]!)!;
        const text = plain(s.text);
        const claim = claimOf(text);
        const where = `${iso3} ${lang} ${f.id}: ${text}`;
        if (f.status === 'pledged') {
          expect(claim, where).toMatch(en ? /pledge/ : /annoncé/);
          // French "annoncer une contribution" is the United Nations' word for a pledge; nothing says it was paid.
          expect(claim, where).not.toMatch(en ? /contribut|paid|gave|donat|received/i : /versé|payé|a contribué|ont contribué|reçu|donné/i);
        }
        if (f.status === 'received') expect(claim, where).toMatch(en ? /contribut/ : /versé/);
        if (f.status === 'unspecified') {
          const neutral = claim.replace(/\(the source does not say whether paid or pledged\)/, '').replace(/\(la source ne précise pas[^)]*\)/, '');
          expect(neutral, where).not.toMatch(en ? /contributed|\bpaid\b|pledged|announced/ : /versé|annoncé/);
        }
        if (f.value === null) expect(claim, where).toMatch(en ? /not stated/ : /non indiqué/);
        else if (f.precision === 'lower_bound') expect(claim, where).toMatch(en ? /more than/ : /plus d/);
        else if (f.precision === 'rounded') expect(claim, where).toMatch(en ? /about/ : /environ/);
        if (f.period === 'cumulative') expect(claim, where).toMatch(en ? /since/ : /depuis/);
        if (f.period === 'multi_year_average') expect(claim, where).toMatch(en ? /on average per year/ : /en moyenne par an/);
        if (f.period === 'session') expect(claim, where).toMatch(/session/);
        if (f.asOf) expect(claim, where).toMatch(en ? /as of/ : /\b(au|en) /);
        if (f.year === null && f.period !== 'cumulative' && f.period !== 'multi_year_average' && !f.asOf) {
          expect(claim, where).toMatch(en ? /(does|do) not state/ : /ne précisen?t? pas/);
          expect(claim, where).not.toMatch(/\b(19|20)\d\d\b/);
        }
        if (f.secondary) expect(text, where).toMatch(en ? /according to (a )?secondary sources?/ : /selon (une|des) sources? secondaires?/);
        if (f.conflictsWith.length > 0) expect(text, where).toMatch(en ? /another source gives a different figure/ : /une autre source donne un chiffre différent/);
        if (f.attribution === 'unconfirmed') {
          // The source names the State near the fund without saying the fund paid: no support is claimed.
          expect(claim, where).toMatch(en ? /the source does not say that the Fund paid for this/ : /la source ne dit pas que le Fonds l'a financé/);
          expect(claim, where).not.toMatch(/supported|soutenu/);
        } else if (f.countries.length > 1 && f.donor?.iso3 !== iso3) {
          expect(claim, where).toMatch(en ? new RegExp(`among the ${f.countries.length} States named`) : new RegExp(`parmi les ${f.countries.length} États nommés`));
          if (f.value !== null) {
            expect(claim, where).toMatch(en ? /in all, a total/ : /au total/);
            // The total is never given as this State's own number.
            const name = en ? brief.country.name.en : brief.country.name.fr;
            expect(claim, where).not.toMatch(new RegExp(`\\b${f.value} \\S+ (from|of|du|de la|de l'|des|de) (the )?${name}`));
          }
        }
        if (f.metric === 'projects' && f.session?.includes('Board')) {
          expect(claim, where).toMatch(en ? /Board of Trustees .*for review/ : /Conseil d'administration .*pour examen/);
          expect(claim, where).not.toMatch(/funded in|financé en/);
        }
        if (f.metric === 'project_proposals') expect(claim, where).toMatch(en ? /approval is not stated/ : /approbation n'est pas indiquée/);
        // A plan announced before a session is never said as done.
        if (f.basis === 'planned') {
          expect(claim, where).toMatch(en ? /announced before the session, not a count made after it/ : /annonce faite avant la session, et non décompte établi après/);
          expect(claim, where).not.toMatch(en ? /\bsupported the participation/ : /a soutenu la participation/);
        } else {
          expect(claim, where).not.toMatch(en ? /announced it would support/ : /a annoncé (son soutien|soutenir)/);
        }
        // Beneficiaries are never called delegates.
        if (f.metric === 'beneficiaries') {
          const allowed = en ? /(delegates?,? or fellows?|delegates, fellows or both)/g : /(d'un délégué ou d'un boursier|de délégués ou de boursiers|délégués, boursiers ou les deux)/g;
          expect(claim.replace(allowed, ''), where).not.toMatch(en ? /delegate/ : /délégu/);
        }
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(150);
    // The data holds each case these rules are about.
    const ids = [...figuresById.values()];
    expect(ids.some((f) => f.basis === 'planned')).toBe(true);
    expect(ids.some((f) => f.metric === 'beneficiaries')).toBe(true);
    expect(ids.filter((f) => f.attribution === 'unconfirmed').map((f) => f.id)).toEqual(expect.arrayContaining(['upr-implementation-019', 'upr-implementation-020']));
  });

  it('has no duplicate sentence in any brief, and every Council call once', () => {
    every((iso3, lang, brief) => {
      const texts = [...brief.sentences.map((s) => s.text), ...(brief as Brief & { calls: { text: string }[] }).calls.map((c) => c.text)];
      expect(new Set(texts).size, `${iso3} ${lang}`).toBe(texts.length);
      expect((brief as Brief & { calls: unknown[] }).calls.length, `${iso3} ${lang}`).toBeGreaterThanOrEqual(4);
    });
  });

  it('writes French in French: articles from the table for every State in the data, French dates and numbers', () => {
    every((iso3, lang, brief) => {
      if (lang !== 'fr') return;
      for (const s of [...brief.sentences, ...brief.context, ...brief.fundWide]) {
        const text = plain(s.text);
        expect(text, `${iso3}: ${text}`).not.toContain("l'État concerné ("); // the neutral fallback is for names not in the table
        expect(claimOf(text), `${iso3}: ${text}`).not.toMatch(/\b(the|pledged|contributed|delegates?|session of|January|February|March|April|May|June|July|August|September|October|November|December|US\$)\b/);
        expect(text, iso3).toMatch(/\(Sources? : /);
      }
    });
  });

  it('writes English in English', () => {
    every((iso3, lang, brief) => {
      if (lang !== 'en') return;
      for (const s of [...brief.sentences, ...brief.context, ...brief.fundWide]) {
        expect(claimOf(s.text), `${iso3}: ${s.text}`).not.toMatch(/\b(le|la|les|du|des|délégués?|annoncé|versé|janvier|juin|novembre|dollars des États-Unis)\b/);
      }
    });
  });
});

describe('GET /api/statements: a brief for every one of the 193 Member States, in English and French', () => {
  const months = {
    en: /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    fr: /\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/,
  };
  const eachMember = (fn: (iso3: string, lang: 'en' | 'fr', brief: Brief) => void) => {
    for (const { iso3 } of members) for (const lang of ['en', 'fr'] as const) fn(iso3, lang, briefs.get(`${iso3}:${lang}`)!);
  };
  /** The citation that closes a sentence, with the document's quoted words and titles set aside. */
  const citationOf = (text: string) => plain(text).slice(plain(text).lastIndexOf('(Source')).replace(/"[^"]*"|“[^”]*”|«[^»]*»|\[[^\]]*\]|'[^']*'/g, '');

  it('lists the 193 Member States with their UN names in English and French, Fiji and Haiti among them', () => {
    expect(members).toHaveLength(193);
    expect(members.map((m) => m.iso3)).toEqual(expect.arrayContaining(['FJI', 'HTI', 'MDV', 'ISL']));
    for (const m of members) {
      expect(m.name.en, m.iso3).not.toBe('');
      expect(m.name.fr, m.iso3).not.toBe('');
    }
    expect(members.find((m) => m.iso3 === 'FJI')!.name).toEqual({ en: 'Fiji', fr: 'Fidji' });
  });

  it('gives every State the Council’s calls and the fund-wide figures, never only “no figures”', () => {
    eachMember((iso3, lang, brief) => {
      const where = `${iso3} ${lang}`;
      expect(brief.country.iso3, where).toBe(iso3);
      expect(brief.calls.filter((c) => /RES\//.test(c.sources[0]!.symbol ?? '')).length, where).toBeGreaterThanOrEqual(4);
      expect(brief.calls.some((c) => c.text.includes(lang === 'en' ? 'In resolution 57/32' : 'Dans sa résolution 57/32')), where).toBe(true);
      // The running totals of people supported since 2014, as the data states them.
      const fundWideIds = brief.fundWide.flatMap((s) => s.figureIds);
      const delegates = fundWideIds.map((id) => figuresById.get(id)!).filter((f) => f.metric === 'delegates' && f.period === 'cumulative');
      expect(delegates.length, where).toBeGreaterThan(0);
      for (const f of fundWideIds.map((id) => figuresById.get(id)!)) {
        expect(f.donor, where).toBeNull();
        expect(f.countries, where).toEqual([]);
      }
      if (brief.noRecordedFigures) expect(brief.message, where).toMatch(lang === 'en' ? /^No figure about .+ as a donor or as a beneficiary/ : /^Aucun chiffre concernant .+ en tant que donateur ou bénéficiaire/);
    });
    // The fund-wide sentences keep each qualifier: "cumulatively since 2014", the as-of date.
    const fiji = briefs.get('FJI:en')!;
    expect(fiji.noRecordedFigures).toBe(true);
    expect(fiji.fundWide.map((s) => s.text)).toContain(
      'The LDC/SIDS Trust Fund supported the participation of 172 delegates cumulatively since 2014 (as of 28 February 2022). (Sources: [OHCHR, statement by High Commissioner Michelle Bachelet at the HRC49 high-level panel on the 10th anniversary of the LDCs/SIDS Trust Fund], statement text, 28 February 2022; [UN Geneva meeting summary of the HRC49 high-level panel discussion on human rights mainstreaming (tenth anniversary of the LDCs/SIDS Trust Fund)], summary, paragraph beginning \'Least developed countries and small developing island States represented 40 per cent\', 28 February 2022.)',
    );
    expect(plain(briefs.get('FJI:fr')!.fundWide.find((s) => s.figureIds.includes('ldc-sids-059'))!.text)).toMatch(
      /^Le Fonds PMA\/PEID a soutenu la participation de 172 délégués au total depuis 2014 \(situation au 28 février 2022\)\. \(Sources : .*texte de la déclaration, 28 février 2022 ; /,
    );
    // A lower bound stays a lower bound.
    expect(fiji.fundWide.find((s) => s.figureIds.includes('upr-implementation-003'))!.text).toMatch(/allocated more than US\$5\.5 million to projects/);
  });

  it('has no duplicate sentence anywhere in a brief', () => {
    eachMember((iso3, lang, brief) => {
      const texts = [...brief.sentences, ...brief.context, ...brief.fundWide, ...brief.calls].map((s) => s.text);
      expect(new Set(texts).size, `${iso3} ${lang}`).toBe(texts.length);
      // Nor the same claim twice under two citations.
      const claims = texts.map((t) => plain(t).replace(/\. \(Sources? ?:.*$/, ''));
      expect(new Set(claims).size, `${iso3} ${lang}`).toBe(claims.length);
    });
  });

  it('keeps "named in connection with" items out of the quotable sentences, in the context', () => {
    let moved = 0;
    eachMember((iso3, lang, brief) => {
      for (const s of brief.sentences) {
        for (const id of s.figureIds) expect(figuresById.get(id)!.attribution, `${iso3} ${lang} ${id}`).not.toBe('unconfirmed');
        expect(plain(s.text), `${iso3} ${lang}`).not.toMatch(/in connection with|en lien avec/);
      }
      moved += brief.context.filter((s) => s.figureIds.some((id) => figuresById.get(id)!.attribution === 'unconfirmed')).length;
    });
    expect(moved).toBeGreaterThan(0);
    const maldives = briefs.get('MDV:en')!;
    expect(maldives.context.flatMap((s) => s.figureIds)).toEqual(expect.arrayContaining(['ldc-sids-010', 'ldc-sids-041', 'ldc-sids-063']));
    expect(maldives.sentences[0]!.text).toMatch(/^The LDC\/SIDS Trust Fund announced it would support the participation of 1 delegate from Maldives/);
  });

  it('writes every citation in the brief’s language: label, dates, "undated", our words for where', () => {
    eachMember((iso3, lang, brief) => {
      for (const s of [...brief.sentences, ...brief.context, ...brief.fundWide, ...brief.calls]) {
        const citation = citationOf(s.text);
        const where = `${iso3} ${lang}: ${citation}`;
        expect(plain(s.text), where).toMatch(lang === 'en' ? /\(Sources?: / : /\(Sources? : /);
        expect(citation, where).not.toMatch(lang === 'en' ? months.fr : months.en);
        expect(citation, where).not.toMatch(lang === 'en' ? /non daté|paragraphe/ : /\bundated\b|\bpara\. |\bparagraph\b|statement text/);
      }
    });
    // A title we wrote is said to be in English in a French brief; a printed title keeps its own language.
    const fr = briefs.get('FJI:fr')!.calls.map((c) => plain(c.text));
    expect(fr).toContain(
      "Dans sa résolution 57/32 du 11 octobre 2024 (paragraphe 5), le Conseil des droits de l'homme a engagé les États à continuer de contribuer aux fonds des Nations Unies compétents pour l'assistance technique et le renforcement des capacités dans le domaine des droits de l'homme ainsi qu'au programme d'assistance technique du Haut-Commissariat. (Source : A/HRC/RES/57/32, par. 5, 11 octobre 2024.)",
    );
    expect(briefs.get('MDV:fr')!.sentences.some((s) => plain(s.text).includes('(description en anglais)'))).toBe(true);
  });

  it('says nothing about a State’s eligibility, since no source in the data lists eligible States', () => {
    eachMember((iso3, lang, brief) => {
      for (const s of [...brief.sentences, ...brief.context]) expect(claimOf(s.text), `${iso3} ${lang}`).not.toMatch(/eligib|éligib/i);
    });
  });
});

describe('GET /api/statements/:iso3: specific States', () => {
  it('Denmark: US$160,000 pledged (announced), never contributed; listed among the donors', () => {
    const en = briefs.get('DNK:en')!;
    const pledge = en.sentences.find((s) => s.figureIds.includes('ldc-sids-018'))!;
    expect(pledge.text).toBe(
      'Denmark pledged US$160,000 to the LDC/SIDS Trust Fund in 2017 (as of 28 September 2017). (Source: [Statement by Denmark, HRC36 Item 10 general debate: "HRC36: Denmark supports universal participation at the Human Rights Council"], statement text, 3rd paragraph, 28 September 2017.)',
    );
    expect(en.sentences.map((s) => s.text).join(' ')).toMatch(/pledged|announced/);
    expect(en.sentences[0]!.text).toContain('US$160,000');
    expect(en.sentences.some((s) => /is listed among the donors to the LDC\/SIDS Trust Fund in the period since 2013 \(as of 16 April 2018; amount not stated\)/.test(s.text))).toBe(true);
    const fr = briefs.get('DNK:fr')!;
    expect(plain(fr.sentences[0]!.text)).toMatch(
      /^Le Danemark a annoncé une contribution de 160 000 dollars des États-Unis au Fonds PMA\/PEID en 2017 \(situation au 28 septembre 2017\)\. \(Source : \[Statement by Denmark/,
    );
  });

  it('Maldives: delegates at HRC48 and HRC56, its own count apart from the session totals', () => {
    const en = briefs.get('MDV:en')!;
    const texts = en.sentences.map((s) => s.text);
    expect(texts).toContain(
      'The LDC/SIDS Trust Fund announced it would support the participation of 1 delegate from Maldives at the 48th session of the Human Rights Council, in 2021 (announced before the session, not a count made after it). (Source: [OHCHR web page SIDS-LDCs.aspx of the LDCs/SIDS Trust Fund, 2021 version ("Latest news": HRC48 delegates)], "Latest news" numbered list, 2021.)',
    );
    // The session totals shared with other States, and the source that names Maldives without saying the Fund paid, are context.
    const context = en.context.map((s) => s.text);
    expect(context.some((t) => t.startsWith('Maldives is among the 14 States named for the delegates whose participation the LDC/SIDS Trust Fund supported at the 56th session of the Human Rights Council, in 2024: 14 delegates in all, a total for all the States concerned, not the number for Maldives.'))).toBe(true);
    expect(context.some((t) => /Maldives is among the 10 States that the source names in connection with the LDC\/SIDS Trust Fund \(delegates\) in 2015, as of 16 June 2015 \(number not stated\); the source does not say that the Fund paid for this/.test(t))).toBe(true);
    expect(texts).toHaveLength(2);
    const fr = briefs.get('MDV:fr')!.sentences.map((s) => plain(s.text));
    expect(fr).toContain(
      'Le Fonds PMA/PEID a annoncé son soutien à la participation de 1 délégué des Maldives à la 48e session du Conseil des droits de l\'homme, en 2021 (annonce faite avant la session, et non décompte établi après). (Source : [OHCHR web page SIDS-LDCs.aspx of the LDCs/SIDS Trust Fund, 2021 version ("Latest news": HRC48 delegates)] (description en anglais), liste numérotée "Latest news", 2021.)',
    );
    expect(briefs.get('MDV:fr')!.context.some((s) => plain(s.text).startsWith('Les Maldives figurent parmi les 14 États nommés pour les délégués'))).toBe(true);
  });

  it('the United Arab Emirates: a pledge from secondary sources, with no year invented', () => {
    const [en] = briefs.get('ARE:en')!.sentences;
    expect(en!.text).toMatch(/^The United Arab Emirates pledged US\$25,000 to the LDC\/SIDS Trust Fund on a date the sources do not state, according to secondary sources \(/);
    const [fr] = briefs.get('ARE:fr')!.sentences;
    expect(plain(fr!.text)).toMatch(/^Les Émirats Arabes Unis ont annoncé une contribution de 25 000 dollars des États-Unis au Fonds PMA\/PEID à une date que les sources ne précisent pas, selon des sources secondaires \(/);
  });

  it('Cabo Verde: among the States named for the 10 delegates announced for HRC34, a plan, with the disagreement said', () => {
    const [en] = briefs.get('CPV:en')!.sentences;
    expect(en!.text).toMatch(/^Cabo Verde is among the 7 States named for the delegates whose participation the LDC\/SIDS Trust Fund announced it would support .*\(announced before the session, not a count made after it\): 10 delegates in all, a total for all the States concerned, not the number for Cabo Verde; another source gives a different figure\. \(Source:/);
  });

  it('Azerbaijan: VFTC projects the Board of Trustees had before it for review', () => {
    const texts = briefs.get('AZE:en')!.sentences.map((s) => s.text);
    expect(texts[0]).toMatch(/^The Board of Trustees of the VFTC had before it for review 1 project concerning Azerbaijan at its 10th session, in 1998 \(/);
    expect(texts[0]).toMatch(/\(Source: HR\/98\/91, agenda paragraph, 26 November 1998\.\)$/);
  });

  it('a State with no recorded figure: 200, no sentence, and says so in the language asked for', async () => {
    expect(states).not.toContain('ISL');
    const en = await getJson('/api/statements/ISL');
    expect(en.status).toBe(200);
    expect(en.body).toEqual({
      country: { iso3: 'ISL', name: { en: 'Iceland', fr: 'Islande' } },
      lang: 'en',
      sentences: [],
      context: [],
      fundWide: expect.any(Array),
      calls: expect.any(Array),
      noRecordedFigures: true,
      message: 'No figure about Iceland as a donor or as a beneficiary is recorded in this dashboard.',
    });
    // What every delegation can say: the Council's calls, each with resolution, paragraph and date.
    expect(en.body.calls.map((c: { text: string }) => c.text)).toContain(
      'In resolution 57/32 of 11 October 2024 (paragraph 5), the Human Rights Council called upon States to continue contributing to the relevant United Nations funds for technical assistance and capacity-building in human rights and to the technical assistance programme of the Office of the High Commissioner. (Source: A/HRC/RES/57/32, para. 5, 11 October 2024.)',
    );
    const fr = await getJson('/api/statements/isl?lang=fr');
    expect(fr.status).toBe(200);
    expect(fr.body).toMatchObject({ lang: 'fr', noRecordedFigures: true, message: "Aucun chiffre concernant l'Islande en tant que donateur ou bénéficiaire n'est enregistré dans ce tableau de bord." });
  });

  it('an unknown code is 404; a donor that is not a State is 404; a language other than en or fr is 400', async () => {
    const unknown = await getJson('/api/statements/XXX');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect((await getJson('/api/statements/wallonia-brussels-federation')).status).toBe(404);
    const badLang = await getJson('/api/statements/DNK?lang=de');
    expect(badLang.status).toBe(400);
    expect(badLang.body.error.code).toBe('invalid_request');
  });

  it('is described in the OpenAPI document', async () => {
    const { body } = await getJson('/api/openapi.json');
    expect(body.paths['/statements/{iso3}'].get.responses).toHaveProperty('200');
    expect(body.paths['/statements/{iso3}'].get.responses).toHaveProperty('404');
    expect(body.components.schemas.StatementBrief.properties).toHaveProperty('noRecordedFigures');
  });
});
