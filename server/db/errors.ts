// Telling "the database is not there" apart from every other failure, so that the API can answer
// 503 (try again shortly) instead of 500 (a bug) while PostgreSQL is down or restarting.

/** Node socket errors and PostgreSQL SQLSTATE classes that mean the database cannot be reached. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03']);
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message, errors } = e as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true; // class 08: connection exception
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
    // AggregateError (e.g. ECONNREFUSED on both 127.0.0.1 and ::1)
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}

export const DATABASE_UNAVAILABLE = {
  code: 'database_unavailable',
  message: 'The database is not answering. Nothing was changed; try again in a few seconds.',
} as const;

/**
 * SQLSTATEs that mean a value sent by the client cannot be stored (class 22, data exception: a NUL or
 * other byte the encoding refuses, text too long, a number or date out of range): its message, or null.
 */
const CLIENT_DATA_CODES = new Set(['22021', '22P05', '22001', '22003', '22007', '22008', '22P02', '22025', '22019']);
export function clientDataError(error: unknown): string | null {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return typeof code === 'string' && CLIENT_DATA_CODES.has(code) && typeof message === 'string' ? message : null;
}
