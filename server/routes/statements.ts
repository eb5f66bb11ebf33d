// The statement brief for one State: every recorded figure about it, as donor and as beneficiary,
// as sentences to quote in English or French, each with its sources (server/domain/statements.ts).

import { createRoute, z } from '@hono/zod-openapi';
import { callSentences, noRecordedFiguresMessage, statementSentences } from '../domain/statements/index.js';
import { listCouncilCalls } from '../queries/foundingFacts.js';
import type { Figure } from './schemas.js';
import { listFigures } from '../queries/figures.js';
import { listFunds } from '../queries/funds.js';
import { createRouter, jsonContent, type Deps } from './router.js';
import { BilingualSchema, ErrorSchema, FigureSourceSchema } from './schemas.js';

const STATEMENT_LANGS = ['en', 'fr'] as const;

export const StatementSentenceSchema = z
  .object({
    text: z.string().openapi({ description: 'A ready-to-quote sentence that keeps every qualifier of its figure and ends with its citation' }),
    figureIds: z.array(z.string()).min(1),
    sources: z.array(FigureSourceSchema).min(1),
  })
  .openapi('StatementSentence');

export const StatementBriefSchema = z
  .object({
    country: z.object({ iso3: z.string(), name: BilingualSchema }),
    lang: z.enum(STATEMENT_LANGS),
    sentences: z.array(StatementSentenceSchema).openapi({ description: 'Donor sentences first (by fund, then year), then beneficiary sentences (by fund, year, session)' }),
    calls: z
      .array(z.object({ text: z.string(), callId: z.string(), sources: z.array(FigureSourceSchema).min(1) }))
      .openapi({ description: 'What the Council asked of States and what its Advisory Committee found about the funds, newest first: the same for every State' }),
    noRecordedFigures: z.boolean(),
    message: z.string().nullable().openapi({ description: 'Said when no figure is recorded for the State; null otherwise' }),
  })
  .openapi('StatementBrief');

const getStatement = createRoute({
  method: 'get',
  path: '/statements/{iso3}',
  summary: 'Statement brief: ready-to-quote sentences about one State, in English or French',
  tags: ['statements'],
  request: {
    params: z.object({ iso3: z.string().min(1).max(80).openapi({ param: { name: 'iso3', in: 'path' }, example: 'MDV' }) }),
    query: z.object({
      lang: z
        .enum(STATEMENT_LANGS)
        .default('en')
        .openapi({ param: { name: 'lang', in: 'query' }, description: 'Language of the sentences', example: 'fr' }),
    }),
  },
  responses: {
    200: jsonContent(StatementBriefSchema, 'The statement brief for the State, in the language asked for'),
    400: jsonContent(ErrorSchema, 'The language is not en or fr'),
    404: jsonContent(ErrorSchema, 'No State with that ISO 3166 alpha-3 code'),
  },
});

export const statementRoutes = ({ db }: Deps) =>
  createRouter().openapi(getStatement, async (c) => {
    const { iso3: code } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const [entity] = /^[A-Za-z]{3}$/.test(code)
      ? await db.query<{ id: string; iso3: string; name_en: string; name_fr: string }>(
          `SELECT id, iso3, name_en, name_fr FROM entities WHERE iso3 = upper($1) AND kind = 'state'`,
          [code],
        )
      : [];
    if (!entity) {
      return c.json({ error: { code: 'not_found', message: `No State with the ISO 3166 alpha-3 code "${code}".` } }, 404);
    }
    const country = { iso3: entity.iso3, name: { en: entity.name_en, fr: entity.name_fr } };
    const [asDonor, asBeneficiary, funds, calls] = await Promise.all([
      listFigures(db, { donor: entity.iso3 }),
      listFigures(db, { country: entity.iso3 }),
      listFunds(db),
      listCouncilCalls(db),
    ]);
    const byId = new Map<string, Figure>();
    for (const figure of [...asDonor, ...asBeneficiary]) byId.set(figure.id, figure);
    const sentences = statementSentences({ country, lang, figures: [...byId.values()], funds });
    const none = sentences.length === 0;
    return c.json({ country, lang, sentences, calls: callSentences(calls, funds, lang), noRecordedFigures: none, message: none ? noRecordedFiguresMessage(country, lang) : null }, 200);
  });
