// Read models of the funds: the list, and one fund with its funding series from the funding module.

import type { Fund, FundDetail } from '../contract/schemas.js';
import { METRICS } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import { factsOf } from '../domain/figure.js';
import { fundFundingSeries, latestFundLevelFigure, metricSeries } from '../domain/funding.js';
import { listFigures } from './figures.js';
import { listBacklog } from './sources.js';

interface FundRowDb {
  id: Fund['id'];
  name_en: string;
  name_fr: string;
  short_name_en: string;
  short_name_fr: string;
  established_year: number | null;
  establishing_resolution_en: string | null;
  establishing_resolution_fr: string | null;
  note: string | null;
  figure_count: unknown;
  source_id: string | null;
  source_locator: string | null;
  source_title: string | null;
  source_symbol: string | null;
  source_url: string | null;
}

const toFund = (r: FundRowDb): Fund => ({
  id: r.id,
  name: { en: r.name_en, fr: r.name_fr },
  shortName: { en: r.short_name_en, fr: r.short_name_fr },
  establishedYear: r.established_year,
  establishingResolution:
    r.establishing_resolution_en && r.establishing_resolution_fr ? { en: r.establishing_resolution_en, fr: r.establishing_resolution_fr } : null,
  establishmentSource:
    r.source_id && r.source_title
      ? { id: r.source_id, title: r.source_title, symbol: r.source_symbol, url: r.source_url, locator: r.source_locator }
      : null,
  note: r.note,
  figureCount: Number(r.figure_count),
});

const FUND_SELECT = `SELECT f.*, s.title AS source_title, s.symbol AS source_symbol, s.url AS source_url,
  (SELECT count(*) FROM figures g WHERE g.fund_id = f.id) AS figure_count
  FROM funds f LEFT JOIN sources s ON s.id = f.source_id`;
// The order of design.md: technical cooperation first, then the three participation/UPR funds.
const FUND_ORDER = `ORDER BY array_position(ARRAY['vftc','upr-participation','ldc-sids','upr-implementation'], f.id)`;

export async function listFunds(db: Queryable): Promise<Fund[]> {
  return (await db.query<FundRowDb>(`${FUND_SELECT} ${FUND_ORDER}`)).map(toFund);
}

/** One fund, or null when there is no fund with that id. */
export async function findFund(db: Queryable, id: string): Promise<Fund | null> {
  const [row] = await db.query<FundRowDb>(`${FUND_SELECT} WHERE f.id = $1`, [id]);
  return row ? toFund(row) : null;
}

export async function getFundDetail(db: Queryable, id: string): Promise<FundDetail | null> {
  const fund = await findFund(db, id);
  if (!fund) return null;
  const [figures, backlog] = await Promise.all([listFigures(db, { fund: id }), listBacklog(db, { fund: id })]);
  const facts = figures.map(factsOf);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const series: FundDetail['series'] = {};
  const latest: FundDetail['latest'] = {};
  for (const metric of METRICS) {
    const points = metricSeries(facts, id, metric);
    if (points.length > 0) series[metric] = points;
    const newest = latestFundLevelFigure(facts, id, metric);
    if (newest) latest[metric] = byId.get(newest.id)!;
  }
  return { fund, funding: fundFundingSeries(facts, id), series, latest, figures, backlog };
}
