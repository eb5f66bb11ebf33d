// The overview's one answer: per fund, what its card shows (domain/fundingOverview.ts decides it from
// the funding rules), with only the figures the card cites.

import type { Overview } from '../contract/overview.js';
import type { Queryable } from '../db/connection.js';
import { fundCard } from '../domain/funding.js';
import { listFigures } from './figures.js';
import { listFundFacts } from './fundFacts.js';
import { listFunds } from './funds.js';
import { listBacklog } from './sources.js';

export async function overviewView(db: Queryable): Promise<Overview> {
  const [funds, backlog] = await Promise.all([listFunds(db), listBacklog(db)]);
  const cards = await Promise.all(funds.map(async (fund) => ({ fund, card: fundCard(await listFundFacts(db, fund.id), fund.id) })));
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
