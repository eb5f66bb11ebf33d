// Sources: the body of POST/PUT /sources (the answer, Source, is in schemas.ts).

import { z } from '@hono/zod-openapi';
import { partialDate } from './dates.js';
import { LANGUAGES, MIRROR_HOSTS, SOURCE_KINDS, SOURCE_STATUSES, TITLE_KINDS } from './vocabulary.js';

/** The address of a copy of a document that was read. */
export const httpUrl = z
  .string()
  .trim()
  .url('must be a URL')
  .regex(/^https?:\/\//, 'must be an http(s) URL')
  .max(2000);

export const SourceInputSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    status: z.enum(SOURCE_STATUSES),
    symbol: z.string().trim().min(1).max(120).nullable(),
    title: z.string().trim().min(1, 'is required').max(1000),
    titleIs: z
      .enum(TITLE_KINDS)
      .default('description')
      .openapi({ description: 'published only when the title is exactly as the document prints it' }),
    language: z.enum(LANGUAGES).nullable(),
    date: partialDate.nullable(),
    url: httpUrl
      .refine((u) => !MIRROR_HOSTS.test(u), 'is a staging mirror of ohchr.org: give the official address here and the mirror as copyRead')
      .nullable()
      .openapi({ description: 'the official address (ohchr.org, undocs.org, the publisher)' }),
    copyRead: httpUrl
      .nullable()
      .default(null)
      .openapi({ description: 'the copy actually read, when it is not the official address (a staging mirror, an aggregator)' }),
    note: z.string().trim().min(1).max(4000).nullable(),
  })
  .openapi('SourceInput');
export type SourceInput = z.infer<typeof SourceInputSchema>;

export const SourceIdParamSchema = z.object({
  id: z
    .string()
    .max(120)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
