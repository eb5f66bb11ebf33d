// Read models for the donors', Boards' and gap views: each reads what its view needs and hands it to
// the domain (gaps.ts, donors.ts, review.ts), where every ranking, rule and sum is decided.

import type { Queryable } from '../db/connection.js';
import { contributingDonorIds, donorMatrix, donorProfile, fundDonorBase } from '../domain/donors.js';
import { factsOf } from '../domain/figure.js';
import { fundGapsOf } from '../domain/gaps.js';
import { reviewPack } from '../domain/review.js';
import { entityRefs, findEntity, memberStateIds } from './entities.js';
import { listFigures } from './figures.js';
import { fundingSeriesOf, readFundingCells } from './fundingCells.js';
import { findFund, listFunds } from './funds.js';
import { listBacklog } from './sources.js';

/** Gaps: every fund's yearly funding, funds ranked by their latest known gap. */
export async function gapsView(db: Queryable) {
  // Each fund-year as the funding rules decided it, kept per data version (queries/fundingCells.ts).
  const [cells, funds, backlog] = await Promise.all([readFundingCells(db), listFunds(db), listBacklog(db)]);
  return fundGapsOf((fund) => (cells.has(fund) ? fundingSeriesOf(cells.get(fund)!) : []), funds, backlog);
}

/** Donor × fund matrix: what each donor is recorded to have given or pledged to each fund. */
export async function donorMatrixView(db: Queryable) {
  const facts = (await listFigures(db)).map(factsOf);
  return donorMatrix(facts, await entityRefs(db, contributingDonorIds(facts)));
}

/** One donor (by id or ISO3 code), or null when there is no such entity. */
export async function donorView(db: Queryable, idOrIso3: string) {
  const donor = await findEntity(db, idOrIso3);
  if (!donor) return null;
  return donorProfile(await listFigures(db), donor);
}

/** Per fund: the donor base, and the States with no recorded contribution; null for an unknown fund. */
export async function donorBaseView(db: Queryable, fund: string) {
  if (!(await findFund(db, fund))) return null;
  // The fund's own figures: every rule of the donor base reads only those.
  const facts = (await listFigures(db, { fund })).map(factsOf);
  // The base of "no recorded contribution" is the 193 Member States.
  const members = await memberStateIds(db);
  const { years, withoutRecordedContribution, named, rankings } = fundDonorBase(facts, fund, members);
  const refs = await entityRefs(db, named);
  return { fund, years, donors: Object.fromEntries(refs), withoutRecordedContribution, memberStates: members.length, rankings };
}

/** The Board's review pack for a fund and a period; null for an unknown fund. */
export async function reviewView(db: Queryable, fund: string, from: number, to: number) {
  if (!(await findFund(db, fund))) return null;
  // The fund's own figures: every rule of the pack reads only those.
  const [figures, backlog] = await Promise.all([listFigures(db, { fund }), listBacklog(db, { fund })]);
  return reviewPack({ fund, from, to, figures, backlog });
}
