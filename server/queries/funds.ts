// Read models of the funds: the list, and one fund with its funding series from the funding module.

import type { EstablishmentEvent, Fund, FundDetail } from '../contract/schemas.js';
import { METRICS } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import { establishmentYearsDisagree } from '../domain/establishment.js';
import { fundGlanceOf } from '../domain/funding.js';
import { listFigures } from './figures.js';
import { figureCountOf, fundingSeriesOf, latestCandidatesOf, latestIdOf, metricSeriesOf, readFundingCells, type FundCells } from './fundingCells.js';
import { listCouncilCalls, listEstablishment } from './foundingFacts.js';
import { listBacklog } from './sources.js';

interface FundRowDb {
  id: Fund['id'];
  name_en: string;
  name_fr: string;
  short_name_en: string;
  short_name_fr: string;
  note: string | null;
}

const toFund = (r: FundRowDb, establishment: readonly EstablishmentEvent[], figureCount: number): Fund => ({
  id: r.id,
  name: { en: r.name_en, fr: r.name_fr },
  shortName: { en: r.short_name_en, fr: r.short_name_fr },
  establishment: [...establishment],
  establishmentYearsDisagree: establishmentYearsDisagree(establishment),
  note: r.note,
  figureCount,
});

const FUND_SELECT = `SELECT f.* FROM funds f`;
// The order of design.md: technical cooperation first, then the three participation/UPR funds.
const FUND_ORDER = `ORDER BY array_position(ARRAY['vftc','upr-participation','ldc-sids','upr-implementation'], f.id)`;

export async function listFunds(db: Queryable): Promise<Fund[]> {
  const [rows, events, cells] = await Promise.all([db.query<FundRowDb>(`${FUND_SELECT} ${FUND_ORDER}`), listEstablishment(db), readFundingCells(db)]);
  return rows.map((r) => toFund(r, events.filter((e) => e.fund === r.id).map(withoutFund), countOf(cells.get(r.id))));
}

/** The funds' names only, in the same order: for what names funds without counting their figures (a count reads every figure). */
export async function listFundNames(db: Queryable): Promise<Pick<Fund, 'id' | 'name' | 'shortName'>[]> {
  const rows = await db.query<Omit<FundRowDb, 'note' | 'figure_count'>>(`SELECT f.id, f.name_en, f.name_fr, f.short_name_en, f.short_name_fr FROM funds f ${FUND_ORDER}`);
  return rows.map((r) => ({ id: r.id, name: { en: r.name_en, fr: r.name_fr }, shortName: { en: r.short_name_en, fr: r.short_name_fr } }));
}

const withoutFund = ({ fund: _fund, ...event }: EstablishmentEvent & { fund: string }): EstablishmentEvent => event;

/** One fund, or null when there is no fund with that id. */
export async function findFund(db: Queryable, id: string): Promise<Fund | null> {
  const [row] = await db.query<FundRowDb>(`${FUND_SELECT} WHERE f.id = $1`, [id]);
  if (!row) return null;
  const [events, cells] = await Promise.all([listEstablishment(db, id), readFundingCells(db, id)]);
  return toFund(row, events.map(withoutFund), countOf(cells.get(id)));
}

// Counted from the kept cells (and the undated figures), not by a pass over the figures table.
const countOf = (cells: FundCells | undefined): number => (cells ? figureCountOf(cells) : 0);

export async function getFundDetail(db: Queryable, id: string): Promise<FundDetail | null> {
  const fund = await findFund(db, id);
  if (!fund) return null;
  const [cellsById, backlog, calls] = await Promise.all([readFundingCells(db, id), listBacklog(db, { fund: id }), listCouncilCalls(db, id)]);
  const cells = cellsById.get(id) ?? { fund: id, cells: [], undatedCandidates: [], undatedCount: 0 };
  // Each year as the funding rules decided it (queries/fundingCells.ts).
  const series: FundDetail['series'] = metricSeriesOf(cells);
  const latestIds = new Map<string, string>();
  for (const metric of METRICS) {
    const newest = latestIdOf(cells, metric);
    if (newest) latestIds.set(metric, newest);
  }
  const funding = fundingSeriesOf(cells);
  const glance = fundGlanceOf(funding, latestCandidatesOf(cells), id);
  // The figures the page cites beside its values (each value chosen from one figure); the whole list is paged (GET /figures).
  const chosen = [
    ...funding.flatMap((y) => [y.contributions, y.received, y.pledged, y.expenditure, y.requirement]),
    ...Object.values(series).flatMap((points) => points.map((p) => p.value)),
  ].flatMap((v) => v.figureIds);
  chosen.push(...figureIdsIn(glance));
  const cited = await listFigures(db, { ids: [...new Set([...latestIds.values(), ...chosen])] });
  const byId = new Map(cited.map((f) => [f.id, f]));
  const latest: FundDetail['latest'] = Object.fromEntries([...latestIds].map(([metric, figureId]) => [metric, byId.get(figureId)!]));
  return { fund, funding, series, latest, figures: cited, backlog, calls, glance };
}

/** Every figure id an answer names (`figureId`, `figureIds`), so the figures it cites travel with it. */
function figureIdsIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) figureIdsIn(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'figureId' && typeof item === 'string') into.push(item);
      else if (key === 'figureIds' && Array.isArray(item)) into.push(...item.filter((x): x is string => typeof x === 'string'));
      else figureIdsIn(item, into);
    }
  }
  return into;
}
