// Partial dates, as sources give them: a year, a month or a day ("2021", "2021-06", "2021-06-30").

import { z } from '@hono/zod-openapi';

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A partial date in a request body. */
export const partialDate = z.string().regex(PARTIAL_DATE, 'must be YYYY-MM-DD, YYYY-MM or YYYY');
