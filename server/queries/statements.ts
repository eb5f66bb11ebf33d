// The statement brief for one State: every recorded figure about it, as donor and as beneficiary,
// read here and written as sentences by server/domain/statements/.

import type { Figure } from '../contract/schemas.js';
import type { StatementBrief } from '../contract/statements.js';
import type { Queryable } from '../db/connection.js';
import { callSentences, noRecordedFiguresMessage, statementSentences, type StatementLang } from '../domain/statements/index.js';
import { findState } from './entities.js';
import { listCouncilCalls } from './foundingFacts.js';
import { listFigures } from './figures.js';
import { listFunds } from './funds.js';

/** The brief, or null when the code is not the ISO 3166 alpha-3 code of a State. */
export async function statementBrief(
  db: Queryable,
  code: string,
  lang: StatementLang,
): Promise<StatementBrief | null> {
  const country = await findState(db, code);
  if (!country) return null;
  const [asDonor, asBeneficiary, funds, calls] = await Promise.all([
    listFigures(db, { donor: country.iso3 }),
    listFigures(db, { country: country.iso3 }),
    listFunds(db),
    listCouncilCalls(db),
  ]);
  const byId = new Map<string, Figure>();
  for (const figure of [...asDonor, ...asBeneficiary]) byId.set(figure.id, figure);
  const sentences = statementSentences({ country, lang, figures: [...byId.values()], funds });
  const none = sentences.length === 0;
  return {
    country,
    lang,
    sentences,
    calls: callSentences(calls, funds, lang),
    noRecordedFigures: none,
    message: none ? noRecordedFiguresMessage(country, lang) : null,
  };
}
