// The statement brief for one State: the figures about it, as donor and as beneficiary, and the
// figures about each whole fund, read here and written as sentences by server/domain/statements/.
// Only what the brief writes out is read in full: at a million figures a State may be named by
// thousands, and the fund-wide sentences need a handful of figures out of all of them.

import type { StatementBrief } from '../contract/statements.js';
import type { Queryable } from '../db/connection.js';
import {
  briefSections,
  callSentences,
  chooseShownFigures,
  FUND_WIDE_METRICS,
  fundWideSentences,
  noRecordedFiguresMessage,
  notShownMessage,
  SHOWN_PER_SECTION,
  type FigureHead,
  type StatementLang,
} from '../domain/statements/index.js';
import { findState } from './entities.js';
import { listCouncilCalls } from './foundingFacts.js';
import { listFigures } from './figures.js';
import { listFundNames } from './funds.js';

/**
 * The figures fundWideSentences can choose from, and no other: about a whole fund (no donor, no State),
 * running totals with a number, not unconfirmed, of a fund-wide metric; per fund and metric only the
 * latest (as-of date, else year, compared as text as the domain compares them) and the undated ones.
 * The partial index figures_fund_wide (migration 0010) serves it.
 */
async function fundWideFigures(db: Queryable) {
  const rows = await db.query<{ id: string }>(
    `WITH candidates AS (
       SELECT f.id, f.fund_id, f.metric, COALESCE(f.as_of, f.year::text) COLLATE "C" AS held_at
         FROM figures f
        WHERE f.donor_id IS NULL AND f.period = 'cumulative'
          AND f.value IS NOT NULL AND f.attribution <> 'unconfirmed' AND f.metric = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM figure_countries fc WHERE fc.figure_id = f.id))
     SELECT c.id FROM candidates c
      WHERE c.held_at IS NULL
         OR c.held_at = (SELECT max(l.held_at) FROM candidates l WHERE l.fund_id = c.fund_id AND l.metric = c.metric)`,
    [[...FUND_WIDE_METRICS]],
  );
  return rows.length === 0 ? [] : listFigures(db, { ids: rows.map((r) => r.id) });
}

/**
 * What decides the section and the age of every figure about the State, without its sources: as donor
 * (its donor is the State) or else as a beneficiary (it names the State). Each side through its index
 * (figures_donor, figure_countries_entity).
 */
async function stateFigureHeads(db: Queryable, iso3: string): Promise<FigureHead[]> {
  const rows = await db.query<{
    id: string;
    fund_id: FigureHead['fund'];
    metric: FigureHead['metric'];
    period: FigureHead['period'];
    session: string | null;
    year: number | null;
    basis: FigureHead['basis'];
    as_of: string | null;
    attribution: FigureHead['attribution'];
    as_donor: boolean;
    names_state: boolean;
    country_count: number;
  }>(
    // The ids first, through the indexes; then each figure by its key (a plain join would have the
    // planner scan every figure). A State is named as an entity whose id or ISO code is its code.
    `WITH state AS (SELECT e.id FROM entities e WHERE e.id = $1 OR e.iso3 = $1),
     about AS MATERIALIZED (
       SELECT id, bool_or(named) AS names_state FROM (
         SELECT f.id, false AS named FROM figures f WHERE f.donor_id IN (SELECT id FROM state)
         UNION ALL
         SELECT fc.figure_id, true FROM figure_countries fc WHERE fc.entity_id IN (SELECT id FROM state)) AS found
       GROUP BY id)
     SELECT f.id, f.fund_id, f.metric, f.period, f.session, f.year, f.basis, f.as_of, f.attribution,
            COALESCE(d.iso3 = $1, false) AS as_donor, a.names_state,
            (SELECT count(*) FROM figure_countries n WHERE n.figure_id = f.id)::int AS country_count
       FROM figures f JOIN about a ON a.id = f.id LEFT JOIN entities d ON d.id = f.donor_id
      WHERE f.id = ANY(ARRAY(SELECT id FROM about))`,
    [iso3],
  );
  const heads: FigureHead[] = [];
  for (const r of rows) {
    // As the brief decides a role: donor when its donor is the State, else beneficiary when it names the State.
    if (!r.as_donor && !r.names_state) continue;
    const role = r.as_donor ? 'donor' : 'beneficiary';
    heads.push({
      id: r.id,
      fund: r.fund_id,
      metric: r.metric,
      period: r.period,
      session: r.session,
      year: r.year,
      basis: r.basis,
      asOf: r.as_of,
      attribution: r.attribution,
      role,
      countryCount: Number(r.country_count),
    });
  }
  return heads;
}

/** The brief, or null when the code is not the ISO 3166 alpha-3 code of a State. */
export async function statementBrief(
  db: Queryable,
  code: string,
  lang: StatementLang,
): Promise<StatementBrief | null> {
  const country = await findState(db, code);
  if (!country) return null;
  const [heads, fundLevel, funds, calls] = await Promise.all([
    stateFigureHeads(db, country.iso3),
    fundWideFigures(db),
    listFundNames(db),
    listCouncilCalls(db),
  ]);
  const shown = chooseShownFigures(heads);
  const figures = shown.ids.length === 0 ? [] : await listFigures(db, { ids: shown.ids });
  const { sentences, context } = briefSections({ country, lang, figures, funds }, shown.own);
  const none = sentences.length === 0 && context.length === 0;
  const leftOut = shown.notShown.sentences + shown.notShown.context;
  return {
    country,
    lang,
    sentences,
    context,
    fundWide: fundWideSentences(fundLevel, funds, lang),
    calls: callSentences(calls, funds, lang),
    noRecordedFigures: none,
    message: none ? noRecordedFiguresMessage(country, lang) : null,
    // Only when figures are left out, so that a brief that writes out everything is answered as before.
    ...(leftOut > 0
      ? {
          notShown: {
            ...shown.notShown,
            perSection: SHOWN_PER_SECTION,
            message: notShownMessage(country, shown.notShown, lang),
            figureLists: {
              asDonor: `/api/figures?donor=${country.iso3}`,
              asBeneficiary: `/api/figures?country=${country.iso3}`,
            },
          },
        }
      : {}),
  };
}

/** The 193 Member States with their UN names in English and French, for the brief's State picker. */
export async function memberStates(db: Queryable): Promise<{ iso3: string; name: { en: string; fr: string } }[]> {
  const rows = await db.query<{ iso3: string; name_en: string; name_fr: string }>(
    `SELECT iso3, name_en, name_fr FROM entities WHERE kind = 'state' AND un_member ORDER BY name_en`,
  );
  return rows.map((r) => ({ iso3: r.iso3, name: { en: r.name_en, fr: r.name_fr } }));
}
