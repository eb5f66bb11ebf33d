// GET /health: whether the server and its database answer.

import { z } from '@hono/zod-openapi';

export const DB_KINDS = ['pglite', 'postgres'] as const;

export const HealthSchema = z
  .object({
    ok: z.boolean(),
    db: z.enum(DB_KINDS),
    dataVersion: z
      .string()
      .openapi({ description: 'Changes with every write; the ETag of public answers is built from it' }),
    synthetic: z
      .boolean()
      .openapi({
        description: 'True when the database holds synthetic (fictional) data, never to be quoted',
      }),
  })
  .openapi('Health');

export const HealthDownSchema = z
  .object({
    ok: z.literal(false),
    db: z.enum(DB_KINDS),
    error: z.object({ code: z.string(), message: z.string() }),
  })
  .openapi('HealthDown');
