// GET /statements/{iso3}: the statement brief for one State, in English or French.

import { createRoute } from '@hono/zod-openapi';
import { ErrorSchema } from '../contract/schemas.js';
import { MemberStatesSchema, StatementBriefSchema, StatementParamsSchema, StatementQuerySchema } from '../contract/statements.js';
import { memberStates, statementBrief } from '../queries/statements.js';
import { createRouter, jsonContent, type Deps } from './router.js';

const getStatement = createRoute({
  method: 'get',
  path: '/{iso3}',
  summary: 'Statement brief: ready-to-quote sentences about one State, in English or French',
  tags: ['statements'],
  request: { params: StatementParamsSchema, query: StatementQuerySchema },
  responses: {
    200: jsonContent(StatementBriefSchema, 'The statement brief for the State, in the language asked for'),
    400: jsonContent(ErrorSchema, 'The language is not en or fr'),
    404: jsonContent(ErrorSchema, 'No State with that ISO 3166 alpha-3 code'),
  },
});

const listStates = createRoute({
  method: 'get',
  path: '/',
  summary: 'The States a brief can be written for: the 193 Member States of the United Nations',
  tags: ['statements'],
  responses: { 200: jsonContent(MemberStatesSchema, 'Every Member State, with its UN names in English and French') },
});

export const statementRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(listStates, async (c) => c.json({ states: await memberStates(db) }, 200))
    .openapi(getStatement, async (c) => {
    const { iso3: code } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const brief = await statementBrief(db, code, lang);
    if (!brief)
      return c.json(
        { error: { code: 'not_found', message: `No State with the ISO 3166 alpha-3 code "${code}".` } },
        404,
      );
    return c.json(brief, 200);
  });
