// Creating, changing and deleting sources, each with its audit entry in the same transaction.

import { recordAudit, type Actor } from '../audit.js';
import type { Source } from '../contract/schemas.js';
import type { SourceInput } from '../contract/sources.js';
import type { Queryable } from '../db/connection.js';
import { listSources } from '../queries/sources.js';
import { EditError } from './errors.js';

function checkSource(input: SourceInput): void {
  if (input.status === 'cited' && input.url === null && input.copyRead === null) {
    throw new EditError(400, 'invalid_source', 'a cited source needs its official address (url) or the copy read (copyRead)', 'url');
  }
}

/** "A/HRC/49/92" → "a-hrc-49-92"; titles likewise, shortened. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'source';
}

async function freeSourceId(tx: Queryable, input: SourceInput): Promise<string> {
  const base = slugOf(input.symbol ?? input.title);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if ((await tx.query('SELECT 1 FROM sources WHERE id = $1', [candidate])).length === 0) return candidate;
  }
}

export async function sourceSnapshot(tx: Queryable, id: string): Promise<Source | null> {
  return (await listSources(tx)).find((s) => s.id === id) ?? null;
}

export async function insertSource(tx: Queryable, input: SourceInput): Promise<string> {
  checkSource(input);
  const id = await freeSourceId(tx, input);
  await tx.query(
    'INSERT INTO sources (id, kind, status, symbol, title, title_is, language, date, url, copy_read, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
    [id, input.kind, input.status, input.symbol, input.title, input.titleIs, input.language, input.date, input.url, input.copyRead, input.note],
  );
  return id;
}

export async function createSource(tx: Queryable, actor: Actor, input: SourceInput): Promise<Source> {
  const id = await insertSource(tx, input);
  const after = (await sourceSnapshot(tx, id))!;
  await recordAudit(tx, actor, { action: 'create', entity: 'source', entityId: id, before: null, after });
  return after;
}

const usesOf = async (tx: Queryable, id: string) => {
  const [row] = await tx.query<{ figures: unknown; backlog: unknown; funds: unknown }>(
    `SELECT (SELECT count(*) FROM figure_sources WHERE source_id = $1) AS figures,
            (SELECT count(*) FROM source_backlog WHERE source_id = $1) AS backlog,
            (SELECT count(*) FROM fund_establishment WHERE source_id = $1) + (SELECT count(*) FROM council_calls WHERE source_id = $1) AS funds`,
    [id],
  );
  return { figures: Number(row?.figures ?? 0), backlog: Number(row?.backlog ?? 0), funds: Number(row?.funds ?? 0) };
};

export async function updateSource(tx: Queryable, actor: Actor, id: string, input: SourceInput): Promise<Source> {
  await tx.query('SELECT id FROM sources WHERE id = $1 FOR UPDATE', [id]);
  const before = await sourceSnapshot(tx, id);
  if (!before) throw new EditError(404, 'not_found', `No source with id "${id}".`);
  checkSource(input);
  const uses = await usesOf(tx, id);
  if (input.status === 'not_transcribed' && uses.figures + uses.funds > 0) {
    throw new EditError(409, 'source_in_use', `${uses.figures} figures and ${uses.funds} founding facts cite this source, so it cannot be marked not_transcribed`, 'status');
  }
  await tx.query(
    'UPDATE sources SET kind = $2, status = $3, symbol = $4, title = $5, title_is = $6, language = $7, date = $8, url = $9, copy_read = $10, note = $11 WHERE id = $1',
    [id, input.kind, input.status, input.symbol, input.title, input.titleIs, input.language, input.date, input.url, input.copyRead, input.note],
  );
  const after = (await sourceSnapshot(tx, id))!;
  await recordAudit(tx, actor, { action: 'update', entity: 'source', entityId: id, before, after });
  return after;
}

export async function deleteSource(tx: Queryable, actor: Actor, id: string): Promise<void> {
  await tx.query('SELECT id FROM sources WHERE id = $1 FOR UPDATE', [id]);
  const before = await sourceSnapshot(tx, id);
  if (!before) throw new EditError(404, 'not_found', `No source with id "${id}".`);
  const uses = await usesOf(tx, id);
  if (uses.figures + uses.backlog + uses.funds > 0) {
    throw new EditError(409, 'source_in_use', `still used by ${uses.figures} figures, ${uses.backlog} backlog entries and ${uses.funds} establishment statements or Council calls; change those first`);
  }
  await tx.query('DELETE FROM sources WHERE id = $1', [id]);
  await recordAudit(tx, actor, { action: 'delete', entity: 'source', entityId: id, before, after: null });
}
