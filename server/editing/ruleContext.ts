import type { Queryable } from '../db/connection.js';
import type { FigureRuleContext } from '../domain/figureRules.js';
import type { EntityKind, SourceStatus } from '../contract/vocabulary.js';

/** What the figure rules need to know, read from the database (entities and sources are few). */
export async function loadRuleContext(db: Queryable): Promise<FigureRuleContext & { fundIds: ReadonlySet<string> }> {
  const [entities, sources, funds] = await Promise.all([
    db.query<{ id: string; kind: EntityKind }>('SELECT id, kind FROM entities'),
    db.query<{ id: string; status: SourceStatus }>('SELECT id, status FROM sources'),
    db.query<{ id: string }>('SELECT id FROM funds'),
  ]);
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const statuses = new Map(sources.map((s) => [s.id, s.status]));
  return { entityKind: (id) => kinds.get(id), sourceStatus: (id) => statuses.get(id), fundIds: new Set(funds.map((f) => f.id)) };
}
