// Read models for the donors', Boards' and gap views. All arithmetic comes from domain/funding.ts.

import type { Queryable } from '../db/connection.js';
import {
  CONTRIBUTIONS_SERIES_STATUSES,
  donorBase,
  donorFundSummary,
  donorYearStanding,
  fundFundingSeries,
  SOURCES_AND_USES,
  statesWithoutRecordedContribution,
  yearOnYearChanges,
  yearValue,
  groupBy,
  type FigureFacts,
} from '../domain/funding.js';
import { COUNT_METRICS, FUND_IDS, type Metric } from '../domain/vocabulary.js';
import type { EntityRef, Figure } from '../routes/schemas.js';
import { listFigures, toFacts } from './figures.js';
import { listFunds } from './funds.js';
import { listBacklog } from './sources.js';

async function allFigures(db: Queryable): Promise<{ figures: Figure[]; facts: FigureFacts[] }> {
  const figures = await listFigures(db);
  return { figures, facts: figures.map(toFacts) };
}

async function entityRefs(db: Queryable, ids: readonly string[]): Promise<Map<string, EntityRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; iso3: string | null; kind: EntityRef['kind']; name_en: string; name_fr: string }>(
    'SELECT id, iso3, kind, name_en, name_fr FROM entities WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, iso3: r.iso3, kind: r.kind, name: { en: r.name_en, fr: r.name_fr } }]));
}

/** Gaps: every fund's yearly funding, funds ranked by their latest known gap. */
export async function gapsView(db: Queryable) {
  const [{ facts }, funds, backlog] = await Promise.all([allFigures(db), listFunds(db), listBacklog(db)]);
  const rows = funds.map((fund) => {
    const years = fundFundingSeries(facts, fund.id);
    const withRequirement = years.filter((y) => y.requirement.value !== null);
    const latest = withRequirement[withRequirement.length - 1] ?? null;
    return {
      fund,
      years,
      latestWithRequirement: latest,
      requirementDocuments: backlog.filter((b) => b.fund === fund.id && b.metrics.includes('requirement')),
    };
  });
  // Ranked by the latest known gap, largest first; funds without a published requirement come after, unranked.
  const ranked = rows
    .filter((r) => r.latestWithRequirement?.gap.value !== null && r.latestWithRequirement !== null)
    .sort((a, b) => (b.latestWithRequirement!.gap.value as number) - (a.latestWithRequirement!.gap.value as number))
    .map((r) => r.fund.id);
  return { funds: rows, ranking: ranked };
}

/** Donor × fund matrix: what each donor is recorded to have given or pledged to each fund. */
export async function donorMatrix(db: Queryable) {
  const { facts } = await allFigures(db);
  const donorIds = [...new Set(facts.filter((f) => f.metric === 'contributions' && f.donorId !== null).map((f) => f.donorId as string))];
  const refs = await entityRefs(db, donorIds);
  // Each donor's own figures, once: a summary reads only those (donors × figures otherwise).
  const factsByDonor = groupBy(facts, (f) => f.donorId);
  const donors = donorIds
    .map((donorId) => ({
      donor: refs.get(donorId)!,
      funds: Object.fromEntries(
        FUND_IDS.map((fund) => {
          const summary = donorFundSummary(factsByDonor.get(donorId) ?? [], fund, donorId);
          const recorded = summary.years.length > 0 || summary.otherFigureIds.length > 0;
          return [fund, recorded ? summary : null];
        }),
      ),
    }))
    .sort((a, b) => a.donor.name.en.localeCompare(b.donor.name.en));
  return { donors };
}

/** One donor: per fund, its pledges, payments, unpaid pledges, and its rank and share each year. */
export async function donorView(db: Queryable, donorId: string) {
  const refs = await entityRefs(db, [donorId]);
  let donor = refs.get(donorId);
  if (!donor) {
    const [byIso] = await db.query<{ id: string }>('SELECT id FROM entities WHERE iso3 = upper($1)', [donorId]);
    if (!byIso) return null;
    donor = (await entityRefs(db, [byIso.id])).get(byIso.id)!;
  }
  const { figures, facts } = await allFigures(db);
  const own = figures.filter((f) => f.donor?.id === donor.id && f.metric === 'contributions');
  const funds = FUND_IDS.map((fund) => {
    const summary = donorFundSummary(facts, fund, donor.id);
    const rankings = summary.years.map((y) => donorYearStanding(facts, fund, y.year, donor.id));
    return { fund, summary, rankings };
  }).filter((f) => f.summary.years.length > 0 || f.summary.otherFigureIds.length > 0);
  return { donor, funds, figures: own };
}

/** Per fund: the donor base, and the States with no recorded contribution. */
export async function donorBaseView(db: Queryable, fund: string) {
  const { facts } = await allFigures(db);
  const years = donorBase(facts, fund);
  // The base is the 193 Member States of the United Nations, not every territory with an ISO code.
  const states = (await db.query<{ id: string }>(`SELECT id FROM entities WHERE kind = 'state' AND un_member ORDER BY name_en`)).map((r) => r.id);
  const without = statesWithoutRecordedContribution(facts, fund, states);
  const refs = await entityRefs(db, [...new Set([...years.flatMap((y) => [...y.recordedDonors, ...y.lapsed]), ...without])]);
  return { fund, years, donors: Object.fromEntries(refs), withoutRecordedContribution: without, memberStates: states.length };
}

/** What the money did: the activity metrics. */
const ACTIVITY_METRICS: readonly Metric[] = COUNT_METRICS.filter((m) => m !== 'number_of_donors' && m !== 'new_donors');

/** The Board's review pack for a fund and a period. */
export async function reviewView(db: Queryable, fund: string, from: number, to: number) {
  const [{ figures, facts }, backlog] = await Promise.all([allFigures(db), listBacklog(db, { fund })]);
  const inPeriod = (f: { year: number | null }) => f.year !== null && f.year >= from && f.year <= to;
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const sourcesAndUses = years.map((year) => ({
    year,
    values: Object.fromEntries(
      SOURCES_AND_USES.map((metric) => [metric, yearValue(facts, { fund, year, metric, ...(metric === 'contributions' ? { statuses: CONTRIBUTIONS_SERIES_STATUSES } : {}) })]),
    ),
  }));
  const base = donorBase(facts, fund).filter(inPeriod);
  const activities = figures.filter((f) => f.fund === fund && ACTIVITY_METRICS.includes(f.metric) && inPeriod(f));
  const otherFigures = figures.filter((f) => f.fund === fund && !ACTIVITY_METRICS.includes(f.metric) && inPeriod(f) && f.donor === null);
  // Completeness: each money line of each year, recorded or not, and the documents that would fill a gap.
  const completeness = years.flatMap((year) =>
    SOURCES_AND_USES.map((metric) => {
      const value = sourcesAndUses.find((s) => s.year === year)!.values[metric]!;
      const documents = value.figureIds.length > 0
        ? []
        : backlog.filter((b) => b.metrics.includes(metric) && (b.yearFrom === null || b.yearFrom <= year) && (b.yearTo === null || b.yearTo >= year) && (b.yearFrom !== null || b.yearTo !== null));
      return { year, metric, recorded: value.figureIds.length > 0, documents };
    }),
  );
  const yearOnYear = yearOnYearChanges(facts, fund, SOURCES_AND_USES, from, to);
  // Every amount in the pack carries its citation: the sources of each figure it rests on.
  const cited = new Set([
    ...sourcesAndUses.flatMap((s) => Object.values(s.values).flatMap((v) => [...v.figureIds, ...v.alternativeIds])),
    ...yearOnYear.flatMap((y) => y.change.figureIds),
    ...base.flatMap((y) => [...y.statedDonors.figureIds, ...y.statedNewDonors.figureIds, ...y.topFiveShare.figureIds]),
  ]);
  const citations = Object.fromEntries(figures.filter((f) => cited.has(f.id)).map((f) => [f.id, f.sources]));
  return {
    fund,
    from,
    to,
    sourcesAndUses,
    yearOnYear,
    donorBase: base,
    activities,
    figures: otherFigures,
    completeness,
    undatedDocuments: backlog.filter((b) => b.yearFrom === null && b.yearTo === null),
    citations,
  };
}
