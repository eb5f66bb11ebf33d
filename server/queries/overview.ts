// The overview's one answer: per fund, what its card shows (domain/fundingOverview.ts decides it from
// the funding rules), with only the figures the card cites.

import type { Overview } from '../contract/overview.js';
import type { Queryable } from '../db/connection.js';
import { factsFromGroups } from '../domain/figure.js';
import { fundCardOf, fundFundingSeries, latestFundLevelFigure } from '../domain/funding.js';
import { listFigures } from './figures.js';
import { listFundingGroups, listLatestCandidates } from './fundingGroups.js';
import { listFunds } from './funds.js';
import { listBacklog } from './sources.js';

export async function overviewView(db: Queryable): Promise<Overview> {
  const [funds, backlog] = await Promise.all([listFunds(db), listBacklog(db)]);
  const cards = await Promise.all(
    funds.map(async (fund) => {
      const [groups, latestCandidates] = await Promise.all([listFundingGroups(db, fund.id), listLatestCandidates(db, fund.id)]);
      const series = fundFundingSeries(factsFromGroups(groups), fund.id);
      return { fund, card: fundCardOf(series, (metric) => latestFundLevelFigure(latestCandidates, fund.id, metric)?.id ?? null) };
    }),
  );
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
