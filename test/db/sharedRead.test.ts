// The data version read shared by simultaneous requests (server/db/sharedRead.ts): fewer reads, and
// never an answer from a read that began before the caller asked (a write committed just before a
// request must be seen by it, whichever instance made it).

import { describe, expect, it } from 'vitest';
import { sharedFreshRead } from '../../server/db/sharedRead.js';

/** A read whose answers the test releases by hand, recording when each began. */
function controlledRead() {
  let version = 1;
  const pending: { release: () => void; startedAt: number }[] = [];
  const read = () =>
    new Promise<number>((resolve) => {
      const startedAt = version;
      pending.push({ startedAt, release: () => resolve(startedAt) });
    });
  return { read, pending, write: () => (version += 1) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a read shared by simultaneous callers', () => {
  it('makes at most two reads for a burst of callers', async () => {
    const { read, pending } = controlledRead();
    const shared = sharedFreshRead(read);
    const answers = Array.from({ length: 64 }, () => shared());
    expect(pending).toHaveLength(1);
    pending[0]!.release();
    await settle();
    expect(pending).toHaveLength(2);
    pending[1]!.release();
    expect(await Promise.all(answers)).toHaveLength(64);
    expect(pending).toHaveLength(2);
  });

  it('never answers a caller with a read that began before it asked', async () => {
    const { read, pending, write } = controlledRead();
    const shared = sharedFreshRead(read);
    const first = shared(); // read 1 begins at version 1
    write(); // a write commits while read 1 runs
    const afterWrite = shared(); // asked after the write: must not get read 1's answer
    pending[0]!.release();
    expect(await first).toBe(1);
    await settle();
    pending[1]!.release();
    expect(await afterWrite).toBe(2);
  });

  it('starts afresh once idle, and a failed read fails only its own callers', async () => {
    let calls = 0;
    const shared = sharedFreshRead(async () => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return calls;
    });
    await expect(shared()).rejects.toThrow('connection lost');
    expect(await shared()).toBe(2);
    expect(await shared()).toBe(3);
  });
});
