// Creating, changing and deleting single figures. Each write checks the shared figure rules,
// and records its audit entry in the same transaction.

import { recordAudit, type Actor } from '../audit.js';
import type { FigureInput } from '../contract/figures.js';
import type { Figure } from '../contract/schemas.js';
import { isMoneyMetric } from '../contract/vocabulary.js';
import type { Queryable } from '../db/connection.js';
import type { FigureDraft } from '../domain/figure.js';
import { figureRuleViolation } from '../domain/figureRules.js';
import { listFigures } from '../queries/figures.js';
import { EditError } from './errors.js';
import { loadRuleContext } from './ruleContext.js';

const FIGURE_ID_LOCK = 7_318_443;

/** The figure an API input describes: the one mapping from the API's FigureInput to the domain. */
export function toDraft(input: FigureInput): FigureDraft {
  return {
    fund: input.fund,
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
    scope: input.scope,
    session: input.session,
    attribution: input.attribution,
    basis: input.basis,
    note: input.note,
    sources: input.sources.map((s) => ({ sourceId: s.id, locator: s.locator })),
  };
}

async function checkRules(tx: Queryable, input: FigureInput): Promise<FigureDraft> {
  const draft = toDraft(input);
  const violation = figureRuleViolation(draft, await loadRuleContext(tx));
  if (violation) {
    // Named as the API input names it.
    const field =
      violation.field === 'sources'
        ? `sources.${violation.index ?? 0}.id`
        : violation.field === 'donorId'
          ? 'donor'
          : violation.field === 'countryIds'
            ? 'countries'
            : violation.field;
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

/** Writes a figure's row and its children (countries, sources): the one place a figure becomes rows. */
export async function writeFigure(tx: Queryable, id: string, d: FigureDraft, mode: 'insert' | 'update'): Promise<void> {
  const params = [
    ...[id, d.fund, d.year, d.metric, d.value, d.unit, d.status, d.precision, d.period, d.periodStart, d.asOf, d.donorId],
    ...[d.scope, d.session, d.note, d.attribution, d.basis],
  ];
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
  for (const country of d.countryIds) await tx.query('INSERT INTO figure_countries (figure_id, entity_id) VALUES ($1, $2)', [id, country]);
  for (const [position, s] of d.sources.entries()) {
    await tx.query('INSERT INTO figure_sources (figure_id, source_id, locator, position) VALUES ($1, $2, $3, $4)', [id, s.sourceId, s.locator, position]);
  }
}

export async function createFigure(tx: Queryable, actor: Actor, input: FigureInput): Promise<Figure> {
  const draft = await checkRules(tx, input);
  const id = await nextFigureId(tx, input.fund);
  await writeFigure(tx, id, draft, 'insert');
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
  await writeFigure(tx, id, draft, 'update');
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
