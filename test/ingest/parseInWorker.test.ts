import { describe, expect, it } from 'vitest';
import { InputError } from '../../server/ingest/csv.js';
import { parseInWorker, parsesInFlight } from '../../server/ingest/parseInWorker.js';
import { ImportLimitError, PARSE_LIMITS } from '../../server/ingest/parseLimits.js';
import type { PastedTable } from '../../server/ingest/pastedTable.js';

const failureOf = async (work: Promise<unknown>) => work.then(() => null, (error: unknown) => error);

describe('parsing in a worker thread', () => {
  it('parses pasted text off the main thread and hands back the table', async () => {
    const parsing = parseInWorker({ format: 'text', content: 'Norway 1,000\nTotal 1,000' });
    expect(parsesInFlight()).toBe(1);
    const table = (await parsing) as PastedTable;
    expect(table.rows).toEqual([{ line: 1, donorName: 'Norway', valueCents: 100_000 }]);
    expect(table.total?.valueCents).toBe(100_000);
    expect(parsesInFlight()).toBe(0);
  });

  it('stops a parse that runs past its time and says so', async () => {
    // Its own memory limit gives it a fresh worker: starting one takes far longer than 1 ms.
    const error = await failureOf(parseInWorker({ format: 'text', content: 'Norway 1' }, { timeMs: 1, memoryMb: 64 }));
    expect(error).toBeInstanceOf(ImportLimitError);
    expect(error).toMatchObject({ code: 'too_complex', message: expect.stringMatching(/longer than 0.001 s and was stopped/) });
  });

  it('stops a parse that needs more memory than it is given, and the server goes on', async () => {
    // 4 MB of lines, each held as a row, in a worker allowed 8 MB.
    const content = 'Norway 1,000\n'.repeat(300_000);
    const error = await failureOf(parseInWorker({ format: 'text', content }, { memoryMb: 8, maxRows: 1_000_000 }));
    expect(error).toMatchObject({ code: 'too_complex', message: expect.stringMatching(/more than 8 MB of memory/) });
    expect(await parseInWorker({ format: 'text', content: 'Sweden 2' })).toMatchObject({ rows: [{ donorName: 'Sweden' }] });
  });

  it('names the line past the row limit of pasted text', async () => {
    const error = await failureOf(parseInWorker({ format: 'text', content: 'Norway 1\n'.repeat(PARSE_LIMITS.maxRows + 5) }));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ line: PARSE_LIMITS.maxRows + 2, reason: expect.stringMatching(/at most 10000 lines/) });
  });
});
