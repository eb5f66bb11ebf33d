// GET /dataset.zip: the whole dataset as one download, for researchers and journalists.

import { createRoute, z } from '@hono/zod-openapi';
import { datasetZip } from '../queries/dataset.js';
import { createRouter, type Deps } from './router.js';

const getDatasetZip = createRoute({
  method: 'get',
  path: '/',
  summary: 'The whole dataset as a ZIP of CSV files with a Frictionless Data Package (datapackage.json)',
  description:
    'funds.csv, figures.csv, sources.csv, conflicts.csv, backlog.csv (documents known to hold figures not yet transcribed), establishment.csv, council_calls.csv and entities.csv, read from the database (edits included), with datapackage.json describing every column, its unit and its allowed values. Money is in US dollars with cents as the sources state it; an empty cell is unknown, never zero. Cached like every public read (ETag of the data version).',
  tags: ['sources'],
  responses: {
    200: {
      content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'A ZIP file (hrtf-dataset.zip)',
    },
  },
});

export const datasetRoutes = ({ db }: Deps) =>
  createRouter().openapi(getDatasetZip, async (c) => {
    const zip = await datasetZip(db);
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': 'attachment; filename="hrtf-dataset.zip"',
    });
  });
