// A State named by more figures than a brief writes out: each section gives its newest figures
// (SHOWN_PER_SECTION), says how many more there are and where they are all listed; the fund-wide
// sentences and the calls stay as they were. Built on the shipped data with added figures.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOWN_PER_SECTION } from '../../server/domain/statements/index.js';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';

const STATE = 'MDV';
const OWN = SHOWN_PER_SECTION + 50;
const CONTEXT = SHOWN_PER_SECTION + 20;

interface Sentence {
  text: string;
  figureIds: string[];
}
interface Brief {
  sentences: Sentence[];
  context: Sentence[];
  fundWide: Sentence[];
  calls: unknown[];
  notShown?: { sentences: number; context: number; perSection: number; message: string; figureLists: { asDonor: string; asBeneficiary: string } };
}

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
const before: Partial<Record<'en' | 'fr', Brief>> = {};
const after: Partial<Record<'en' | 'fr', { brief: Brief; bytes: number }>> = {};
/** The added figures of each section, newest first (year descending, then id descending). */
let ownNewestFirst: string[] = [];
let contextNewestFirst: string[] = [];

const figureIds = (sentences: readonly Sentence[]) => new Set(sentences.flatMap((s) => s.figureIds));

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  for (const lang of ['en', 'fr'] as const) before[lang] = (await (await app.request(`/api/statements/${STATE}?lang=${lang}`)).json()) as Brief;
  const [source] = await testDb.db.query<{ id: string }>(`SELECT id FROM sources WHERE status = 'cited' ORDER BY id LIMIT 1`);
  // Years after every shipped figure, so the added ones are the newest; values all different, so no two sentences read alike.
  const added = [
    ...Array.from({ length: OWN }, (_, i) => ({ id: `cap-own-${String(i).padStart(3, '0')}`, year: 2100 - Math.floor(i / 15), value: 1000 + i, attribution: 'direct' })),
    ...Array.from({ length: CONTEXT }, (_, i) => ({ id: `cap-ctx-${String(i).padStart(3, '0')}`, year: 2100 - Math.floor(i / 15), value: 5000 + i, attribution: 'unconfirmed' })),
  ];
  await testDb.db.transaction(async (tx) => {
    for (const f of added) {
      await tx.query(
        `INSERT INTO figures (id, fund_id, year, metric, value, unit, status, precision, period, attribution, basis)
         VALUES ($1, 'ldc-sids', $2, 'delegates', $3, 'count', NULL, 'exact', 'calendar_year', $4, 'reported')`,
        [f.id, f.year, f.value, f.attribution],
      );
      await tx.query(`INSERT INTO figure_sources (figure_id, source_id, locator, position) VALUES ($1, $2, 'table 1', 0)`, [f.id, source!.id]);
      await tx.query(`INSERT INTO figure_countries (figure_id, entity_id) VALUES ($1, $2)`, [f.id, STATE]);
    }
  });
  const newestFirst = (list: typeof added) => [...list].sort((a, b) => b.year - a.year || (a.id < b.id ? 1 : -1)).map((f) => f.id);
  ownNewestFirst = newestFirst(added.filter((f) => f.attribution === 'direct'));
  contextNewestFirst = newestFirst(added.filter((f) => f.attribution === 'unconfirmed'));
  for (const lang of ['en', 'fr'] as const) {
    const res = await app.request(`/api/statements/${STATE}?lang=${lang}`);
    const text = await res.text();
    after[lang] = { brief: JSON.parse(text) as Brief, bytes: Buffer.byteLength(text) };
  }
});
afterAll(async () => testDb.cleanup());

describe('a brief on a State named by more figures than it writes out', () => {
  it('writes out nothing is left out on the shipped data (no notShown at all)', () => {
    expect(before.en).toBeDefined();
    expect(Object.keys(before.en!)).not.toContain('notShown');
    expect(Object.keys(before.fr!)).not.toContain('notShown');
  });

  it('writes out the newest figures of each section, at most SHOWN_PER_SECTION each', () => {
    for (const lang of ['en', 'fr'] as const) {
      const brief = after[lang]!.brief;
      // Every added figure is newer than the shipped ones: the newest of each section are added ones.
      expect(figureIds(brief.sentences)).toEqual(new Set(ownNewestFirst.slice(0, SHOWN_PER_SECTION)));
      expect(figureIds(brief.context)).toEqual(new Set(contextNewestFirst.slice(0, SHOWN_PER_SECTION)));
      expect(brief.sentences.length).toBeLessThanOrEqual(SHOWN_PER_SECTION);
      expect(brief.context.length).toBeLessThanOrEqual(SHOWN_PER_SECTION);
    }
  });

  it('counts the figures of each section left out, and links the lists that hold them all', async () => {
    const ownBefore = figureIds(before.en!.sentences).size;
    const contextBefore = figureIds(before.en!.context).size;
    for (const lang of ['en', 'fr'] as const) {
      const { notShown } = after[lang]!.brief;
      expect(notShown).toMatchObject({
        sentences: ownBefore + OWN - SHOWN_PER_SECTION,
        context: contextBefore + CONTEXT - SHOWN_PER_SECTION,
        perSection: SHOWN_PER_SECTION,
        figureLists: { asDonor: `/api/figures?donor=${STATE}`, asBeneficiary: `/api/figures?country=${STATE}` },
      });
    }
    const left = ownBefore + OWN + contextBefore + CONTEXT - 2 * SHOWN_PER_SECTION;
    expect(after.en!.brief.notShown!.message).toContain(`; ${left} more figures about Maldives are recorded`);
    expect(after.fr!.brief.notShown!.message).toContain(`; ${left}\u00a0autres chiffres concernant les Maldives sont enregistrés`);
    // The list it links holds every figure about the State, newest first, one page at a time.
    const listed: string[] = [];
    let next: string | null = after.en!.brief.notShown!.figureLists.asBeneficiary;
    while (next) {
      const page = (await (await app.request(next)).json()) as { figures: { id: string }[]; next: string | null };
      listed.push(...page.figures.map((f) => f.id));
      next = page.next ? `/api/figures?country=${STATE}&cursor=${page.next}` : null;
    }
    expect(listed.length).toBe(ownBefore + OWN + contextBefore + CONTEXT);
    // Newest first: the figures of the newest year, ids descending (an own figure's id sorts after a context one's).
    expect(listed[0]).toBe(ownNewestFirst[0]);
  });

  it('leaves the fund-wide sentences and the calls as they were, and stays far under 512 KB', () => {
    for (const lang of ['en', 'fr'] as const) {
      expect(after[lang]!.brief.fundWide).toEqual(before[lang]!.fundWide);
      expect(after[lang]!.brief.calls).toEqual(before[lang]!.calls);
      expect(after[lang]!.brief.fundWide.length).toBeGreaterThan(0);
      expect(after[lang]!.bytes).toBeLessThan(512 * 1024);
    }
  });
});
