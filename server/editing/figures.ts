// Creating, changing and deleting single figures. Each write checks the shared figure rules,
// and records its audit entry in the same transaction.

import { z } from '@hono/zod-openapi';
import { recordAudit, type Actor } from '../audit.js';
import type { Queryable } from '../db/connection.js';
import { figureRuleViolation, type FigureDraft } from '../domain/figureRules.js';
import { ATTRIBUTIONS, BASES, PLANNABLE_METRICS, CONTRIBUTION_STATUSES, FUND_IDS, isMoneyMetric, METRICS, PERIODS, PRECISIONS } from '../domain/vocabulary.js';
import { listFigures } from '../queries/figures.js';
import type { Figure } from '../routes/schemas.js';
import { EditError } from './errors.js';
import { loadRuleContext } from './ruleContext.js';

const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY');
const text = (max: number) => z.string().trim().min(1).max(max);

export const FigureInputSchema = z
  .object({
    fund: z.enum(FUND_IDS),
    year: z.number().int().min(1980).max(2100).nullable(),
    metric: z.enum(METRICS),
    value: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().openapi({ description: 'US cents for money metrics, a count otherwise; null when the source gives no number' }),
    status: z.enum(CONTRIBUTION_STATUSES).nullable(),
    precision: z.enum(PRECISIONS),
    period: z.enum(PERIODS),
    periodStart: z.number().int().min(1980).max(2100).nullable(),
    asOf: partialDate.nullable(),
    donor: z.string().max(80).nullable(),
    countries: z.array(z.string().regex(/^[A-Z]{3}$/, 'must be ISO3 codes')).max(300),
    scope: text(500).nullable(),
    session: text(120).nullable(),
    note: text(4000).nullable(),
    attribution: z.enum(ATTRIBUTIONS).default('direct').openapi({ description: 'unconfirmed when the source does not say the fund paid for it' }),
    basis: z.enum(BASES).default('reported').openapi({ description: 'planned when the count was announced before the session' }),
    sources: z.array(z.object({ id: z.string().max(120), locator: text(500).nullable() })).min(1, 'every figure needs a source').max(5),
  })
  .openapi('FigureInput');
export type FigureInput = z.infer<typeof FigureInputSchema>;

const FIGURE_ID_LOCK = 7_318_443;

/** What the shared figure rules check, from an API or import input. */
export function toDraft(input: FigureInput): FigureDraft {
  return {
    year: input.year,
    metric: input.metric,
    value: input.value,
    unit: isMoneyMetric(input.metric) ? 'usd_cents' : 'count',
    status: input.status,
    precision: input.precision,
    period: input.period,
    periodStart: input.periodStart,
    asOf: input.asOf,
    donorId: input.donor,
    countryIds: input.countries,
    session: input.session,
    sources: input.sources.map((s) => ({ sourceId: s.id, locator: s.locator })),
  };
}

async function checkRules(tx: Queryable, input: FigureInput): Promise<FigureDraft> {
  const draft = toDraft(input);
  if (input.basis === 'planned' && !PLANNABLE_METRICS.includes(input.metric)) {
    throw new EditError(400, 'invalid_figure', `only ${PLANNABLE_METRICS.join(', ')} can be planned (an announced amount of money is a pledge)`, 'basis');
  }
  const violation = figureRuleViolation(draft, await loadRuleContext(tx));
  if (violation) {
    const field = violation.field === 'sources' ? `sources.${violation.index ?? 0}.id` : violation.field === 'donorId' ? 'donor' : violation.field === 'countryIds' ? 'countries' : violation.field;
    throw new EditError(400, 'invalid_figure', violation.message, field);
  }
  return draft;
}

export async function figureSnapshot(tx: Queryable, id: string): Promise<Figure | null> {
  return (await listFigures(tx, { id }))[0] ?? null;
}

/** The next free id for a fund: vftc-048 after vftc-047. */
export async function nextFigureId(tx: Queryable, fund: string): Promise<string> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [FIGURE_ID_LOCK]);
  const [row] = await tx.query<{ n: unknown }>(
    `SELECT coalesce(max(substring(id from '[0-9]+$')::int), 0) AS n FROM figures WHERE fund_id = $1`,
    [fund],
  );
  return `${fund}-${String(Number(row?.n ?? 0) + 1).padStart(3, '0')}`;
}

/** Writes a figure's row and its children (countries, sources). */
export async function writeFigure(tx: Queryable, id: string, input: FigureInput, draft: FigureDraft, mode: 'insert' | 'update'): Promise<void> {
  const params = [id, input.fund, draft.year, draft.metric, draft.value, draft.unit, draft.status, draft.precision, draft.period, draft.periodStart, draft.asOf, draft.donorId, input.scope, draft.session, input.note, input.attribution, input.basis];
  if (mode === 'insert') {
    await tx.query(
      `INSERT INTO figures (id, fund_id, year, metric, value, unit, status, precision, period, period_start, as_of, donor_id, scope, session, note, attribution, basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      params,
    );
  } else {
    await tx.query(
      `UPDATE figures SET fund_id = $2, year = $3, metric = $4, value = $5, unit = $6, status = $7, precision = $8, period = $9,
              period_start = $10, as_of = $11, donor_id = $12, scope = $13, session = $14, note = $15, attribution = $16, basis = $17 WHERE id = $1`,
      params,
    );
    await tx.query('DELETE FROM figure_countries WHERE figure_id = $1', [id]);
    await tx.query('DELETE FROM figure_sources WHERE figure_id = $1', [id]);
  }
  for (const country of draft.countryIds) await tx.query('INSERT INTO figure_countries (figure_id, entity_id) VALUES ($1, $2)', [id, country]);
  for (const [position, s] of draft.sources.entries()) {
    await tx.query('INSERT INTO figure_sources (figure_id, source_id, locator, position) VALUES ($1, $2, $3, $4)', [id, s.sourceId, s.locator, position]);
  }
}

export async function createFigure(tx: Queryable, actor: Actor, input: FigureInput): Promise<Figure> {
  const draft = await checkRules(tx, input);
  const id = await nextFigureId(tx, input.fund);
  await writeFigure(tx, id, input, draft, 'insert');
  const after = (await figureSnapshot(tx, id))!;
  await recordAudit(tx, actor, { action: 'create', entity: 'figure', entityId: id, before: null, after });
  return after;
}

export async function updateFigure(tx: Queryable, actor: Actor, id: string, input: FigureInput): Promise<Figure> {
  await tx.query('SELECT id FROM figures WHERE id = $1 FOR UPDATE', [id]);
  const before = await figureSnapshot(tx, id);
  if (!before) throw new EditError(404, 'not_found', `No figure with id "${id}".`);
  if (input.fund !== before.fund) throw new EditError(400, 'invalid_figure', 'a figure cannot move to another fund; create it there and delete this one', 'fund');
  const draft = await checkRules(tx, input);
  await writeFigure(tx, id, input, draft, 'update');
  const after = (await figureSnapshot(tx, id))!;
  await recordAudit(tx, actor, { action: 'update', entity: 'figure', entityId: id, before, after });
  return after;
}

export async function deleteFigure(tx: Queryable, actor: Actor, id: string): Promise<void> {
  await tx.query('SELECT id FROM figures WHERE id = $1 FOR UPDATE', [id]);
  const before = await figureSnapshot(tx, id);
  if (!before) throw new EditError(404, 'not_found', `No figure with id "${id}".`);
  await tx.query('DELETE FROM figures WHERE id = $1', [id]);
  await recordAudit(tx, actor, { action: 'delete', entity: 'figure', entityId: id, before, after: null });
}
