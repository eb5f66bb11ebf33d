// The statement brief: ready-to-quote sentences about one State, in English or French.

import { z } from '@hono/zod-openapi';
import { BilingualSchema, FigureSourceSchema } from './schemas.js';
import { STATEMENT_LANGS } from './vocabulary.js';

export const StatementSentenceSchema = z
  .object({
    text: z.string().openapi({
      description:
        'A ready-to-quote sentence that keeps every qualifier of its figure and ends with its citation',
    }),
    figureIds: z.array(z.string()).min(1),
    sources: z.array(FigureSourceSchema).min(1),
  })
  .openapi('StatementSentence');

export const StatementBriefSchema = z
  .object({
    country: z.object({ iso3: z.string(), name: BilingualSchema }),
    lang: z.enum(STATEMENT_LANGS),
    sentences: z.array(StatementSentenceSchema).openapi({
      description:
        'Donor sentences first (by fund, then year), then beneficiary sentences (by fund, year, session)',
    }),
    context: z.array(StatementSentenceSchema).openapi({
      description:
        'Not to be quoted as the State’s own figures: records whose source names the State in connection with a fund without saying the fund paid, and totals shared with other States where the State’s own count for the same occasion is among the sentences',
    }),
    fundWide: z.array(StatementSentenceSchema).openapi({
      description:
        'What every delegation can say of each fund as a whole: per fund and metric, the latest running total of people and countries supported or money allocated, and any undated one, each with its qualifiers and citation',
    }),
    calls: z
      .array(z.object({ text: z.string(), callId: z.string(), sources: z.array(FigureSourceSchema).min(1) }))
      .openapi({
        description:
          'What the Council asked of States and what its Advisory Committee found about the funds, newest first: the same for every State',
      }),
    notShown: z
      .object({
        sentences: z.number().int().min(0).openapi({ description: 'Figures of the State’s own record not written out (the newest are)' }),
        context: z.number().int().min(0).openapi({ description: 'Figures of the context not written out (the newest are)' }),
        perSection: z.number().int().min(1).openapi({ description: 'Figures each section writes out at most, the newest' }),
        message: z.string().openapi({ description: 'Says so in the language of the brief' }),
        figureLists: z
          .object({ asDonor: z.string(), asBeneficiary: z.string() })
          .openapi({ description: 'The figure lists (GET /api/figures, newest first, a page at a time) holding every figure about the State, as a donor and as a beneficiary' }),
      })
      .optional()
      .openapi({
        description:
          'Present only when the State is named by more figures than the brief writes out: each section writes out its newest figures (at most 100), and this says how many more there are and where they are all listed',
      }),
    noRecordedFigures: z.boolean(),
    message: z
      .string()
      .nullable()
      .openapi({ description: 'Said when no figure is recorded for the State; null otherwise' }),
  })
  .openapi('StatementBrief');
export type StatementBrief = z.infer<typeof StatementBriefSchema>;

export const MemberStatesSchema = z
  .object({
    states: z.array(z.object({ iso3: z.string(), name: BilingualSchema })).openapi({
      description: 'The 193 Member States of the United Nations, each with its UN name in English and French, in the order of the English names',
    }),
  })
  .openapi('MemberStates');

export const StatementParamsSchema = z.object({
  iso3: z
    .string()
    .min(1)
    .max(80)
    .openapi({ param: { name: 'iso3', in: 'path' }, example: 'MDV' }),
});

export const StatementQuerySchema = z.object({
  lang: z
    .enum(STATEMENT_LANGS)
    .default('en')
    .openapi({
      param: { name: 'lang', in: 'query' },
      description: 'Language of the sentences',
      example: 'fr',
    }),
});
