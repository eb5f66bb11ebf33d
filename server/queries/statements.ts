// The statement brief for one State: every recorded figure about it, as donor and as beneficiary,
// read here and written as sentences by server/domain/statements/.

import type { Figure } from '../contract/schemas.js';
import type { StatementBrief } from '../contract/statements.js';
import type { Queryable } from '../db/connection.js';
import { briefSections, callSentences, fundWideSentences, noRecordedFiguresMessage, type StatementLang } from '../domain/statements/index.js';
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
  const [asDonor, asBeneficiary, fundLevel, funds, calls] = await Promise.all([
    listFigures(db, { donor: country.iso3 }),
    listFigures(db, { country: country.iso3 }),
    listFigures(db),
    listFunds(db),
    listCouncilCalls(db),
  ]);
  const byId = new Map<string, Figure>();
  for (const figure of [...asDonor, ...asBeneficiary]) byId.set(figure.id, figure);
  const { sentences, context } = briefSections({ country, lang, figures: [...byId.values()], funds });
  const none = sentences.length === 0 && context.length === 0;
  return {
    country,
    lang,
    sentences,
    context,
    fundWide: fundWideSentences(fundLevel, funds, lang),
    calls: callSentences(calls, funds, lang),
    noRecordedFigures: none,
    message: none ? noRecordedFiguresMessage(country, lang) : null,
  };
}

/** The 193 Member States with their UN names in English and French, for the brief's State picker. */
export async function memberStates(db: Queryable): Promise<{ iso3: string; name: { en: string; fr: string } }[]> {
  const rows = await db.query<{ iso3: string; name_en: string; name_fr: string }>(
    `SELECT iso3, name_en, name_fr FROM entities WHERE kind = 'state' AND un_member ORDER BY name_en`,
  );
  return rows.map((r) => ({ iso3: r.iso3, name: { en: r.name_en, fr: r.name_fr } }));
}
