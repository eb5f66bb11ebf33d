// The overview's one answer: per fund, what its card shows (domain/fundingOverview.ts decides it from
// the funding rules), with only the figures the card cites.

import type { Overview } from '../contract/overview.js';
import type { Queryable } from '../db/connection.js';
import { fundCardOf } from '../domain/funding.js';
import { listFigures } from './figures.js';
import { fundingSeriesOf, latestIdOf, readFundingCells } from './fundingCells.js';
import { listFunds } from './funds.js';
import { listBacklog } from './sources.js';

export async function overviewView(db: Queryable): Promise<Overview> {
  const [funds, backlog, cellsById] = await Promise.all([listFunds(db), listBacklog(db), readFundingCells(db)]);
  // Each fund-year as the funding rules decided it (queries/fundingCells.ts): one read for every card.
  const cards = funds.map((fund) => {
    const cells = cellsById.get(fund.id);
    return { fund, card: cells ? fundCardOf(fundingSeriesOf(cells), (metric) => latestIdOf(cells, metric)) : fundCardOf([], () => null) };
  });
  const cited = await listFigures(db, { ids: cards.flatMap(({ card }) => card.citedIds) });
  const byId = new Map(cited.map((f) => [f.id, f]));
  return {
    funds: cards.map(({ fund, card }) => ({
      fund,
      latest: Object.fromEntries(Object.entries(card.latestIds).map(([metric, id]) => [metric, byId.get(id)!])),
      funding: card.funding,
      figures: card.citedIds.map((id) => byId.get(id)!),
      documentsPending: new Set(backlog.filter((b) => b.fund === fund.id).map((b) => b.source.id)).size,
    })),
  };
}
