// The views' decisions, now in the domain: which funds are ranked by gap (only those with a published
// requirement, largest latest gap first) and what the review pack calls complete. The shipped data
// publishes no requirement, so the API tests cannot reach a ranking: these hand-built figures do.

import { describe, expect, it } from 'vitest';
import type { BacklogEntry, Fund } from '../../server/contract/schemas.js';
import type { FigureFacts } from '../../server/domain/funding.js';
import { fundGaps } from '../../server/domain/gaps.js';
import { completeness, documentsFilling } from '../../server/domain/review.js';
import { exactQuantity } from '../../server/domain/quantity.js';

let counter = 0;
const money = (
  fund: string,
  year: number,
  metric: 'contributions' | 'requirement',
  value: number,
): FigureFacts => ({
  id: `f-${++counter}`,
  fund,
  year,
  metric,
  value,
  unit: 'usd_cents',
  status: metric === 'contributions' ? 'received' : null,
  precision: 'exact',
  period: 'calendar_year',
  periodStart: null,
  asOf: null,
  donorId: null,
  countryIds: [],
  session: null,
  conflictsWith: [],
});

const fund = (id: Fund['id']): Fund => ({
  id,
  name: { en: id, fr: id },
  shortName: { en: id, fr: id },
  establishment: [],
  establishmentYearsDisagree: false,
  note: null,
  figureCount: 0,
});

const backlogEntry = (
  yearFrom: number | null,
  yearTo: number | null,
  metrics: BacklogEntry['metrics'],
): BacklogEntry => ({
  source: {
    id: `doc-${yearFrom}-${yearTo}`,
    kind: 'official_report',
    symbol: null,
    title: 'Annual report',
    titleIs: 'description',
    url: null,
    date: null,
  },
  fund: 'vftc',
  yearFrom,
  yearTo,
  metrics,
  locator: null,
  note: null,
});

describe('gaps', () => {
  it('ranks the funds with a published requirement by their latest gap, largest first, and leaves the others out', () => {
    const facts = [
      // vftc: 2019 gap 50, 2020 gap 10 (the latest counts)
      money('vftc', 2019, 'requirement', 100),
      money('vftc', 2019, 'contributions', 50),
      money('vftc', 2020, 'requirement', 100),
      money('vftc', 2020, 'contributions', 90),
      // ldc-sids: gap 40
      money('ldc-sids', 2020, 'requirement', 100),
      money('ldc-sids', 2020, 'contributions', 60),
      // upr-participation: money received, no requirement published
      money('upr-participation', 2020, 'contributions', 1),
    ];
    const funds = [fund('vftc'), fund('upr-participation'), fund('ldc-sids'), fund('upr-implementation')];
    const { funds: rows, ranking } = fundGaps(facts, funds, []);
    expect(ranking).toEqual(['ldc-sids', 'vftc']);
    expect(rows.find((r) => r.fund.id === 'vftc')?.latestWithRequirement?.year).toBe(2020);
    expect(rows.find((r) => r.fund.id === 'upr-participation')?.latestWithRequirement).toBeNull();
  });
});

describe('review completeness', () => {
  it('lists, for each money line not recorded, the documents covering that year; a recorded line needs none', () => {
    const dated = backlogEntry(2019, 2020, ['expenditure']);
    const openEnded = backlogEntry(2020, null, ['expenditure', 'closing_balance']);
    const undated = backlogEntry(null, null, ['expenditure']);
    const backlog = [dated, openEnded, undated];
    expect(documentsFilling(backlog, 'expenditure', 2019)).toEqual([dated]);
    expect(documentsFilling(backlog, 'expenditure', 2021)).toEqual([openEnded]);

    const recorded = {
      ...exactQuantity(5, ['f-x']),
      alternativeIds: [],
      sourcesDisagree: false,
      status: null,
    };
    const lines = completeness([{ year: 2020, values: { expenditure: recorded } }], backlog);
    expect(lines.find((l) => l.metric === 'expenditure')).toEqual({
      year: 2020,
      metric: 'expenditure',
      recorded: true,
      documents: [],
    });
    expect(lines.find((l) => l.metric === 'closing_balance')).toEqual({
      year: 2020,
      metric: 'closing_balance',
      recorded: false,
      documents: [openEnded],
    });
    expect(lines.find((l) => l.metric === 'opening_balance')?.documents).toEqual([]);
  });
});
