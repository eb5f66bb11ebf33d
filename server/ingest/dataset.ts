// Reads data/ into a validated plan. Nothing here touches the database: the plan is written by
// apply.ts in one transaction only after every row of every file has passed. The first bad row
// stops the load with an InputError naming file:line:column, the field and the reason.
// Each file has its reader in files/; this reads them in the order their references need.

import type { FigureRecord } from '../domain/figure.js';
import { BACKLOG_HEADER, readBacklog, type BacklogRow } from './files/backlog.js';
import { CONFLICTS_HEADER, readConflicts, type ConflictRow } from './files/conflicts.js';
import { ENTITIES_HEADER, readEntities, type EntityRow } from './files/entities.js';
import { FIGURES_HEADER, readFigures } from './files/figures.js';
import { FUNDS_HEADER, readFunds, type FundRow } from './files/funds.js';
import { readSources, SOURCES_HEADER, type SourceRow } from './files/sources.js';
import {
  CALLS_HEADER,
  ESTABLISHMENT_HEADER,
  readCouncilCalls,
  readEstablishment,
  type CouncilCallRow,
  type EstablishmentRow,
} from './files/foundingFacts.js';

export const HEADERS = {
  funds: FUNDS_HEADER,
  entities: ENTITIES_HEADER,
  sources: SOURCES_HEADER,
  figures: FIGURES_HEADER,
  conflicts: CONFLICTS_HEADER,
  backlog: BACKLOG_HEADER,
  establishment: ESTABLISHMENT_HEADER,
  calls: CALLS_HEADER,
} as const;

export interface Dataset {
  funds: FundRow[];
  entities: EntityRow[];
  sources: SourceRow[];
  figures: FigureRecord[];
  conflicts: ConflictRow[];
  backlog: BacklogRow[];
  establishment: EstablishmentRow[];
  calls: CouncilCallRow[];
}

export function readDataset(dataDir: string): Dataset {
  const funds = readFunds(dataDir);
  const entities = readEntities(dataDir);
  const sources = readSources(dataDir);
  const fundIds = new Set<string>(funds.map((f) => f.id));
  const figures = readFigures(dataDir, { fundIds, entities, sources });
  const conflicts = readConflicts(dataDir, figures);
  const backlog = readBacklog(dataDir, { sources, fundIds });
  const establishment = readEstablishment(dataDir, { sources, fundIds });
  const calls = readCouncilCalls(dataDir, { sources, fundIds });
  return {
    funds,
    entities: [...entities.values()],
    sources: [...sources.values()],
    figures: [...figures.values()],
    conflicts,
    backlog,
    establishment,
    calls,
  };
}
