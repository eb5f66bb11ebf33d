// One database read shared by every request that arrives while it runs, without ever giving a request
// an answer older than its arrival: the data version (server/cache.ts) is read per request on
// PostgreSQL, and 64 simultaneous requests each taking a pool connection for the same one-row read
// queue on the pool. A read already in flight may have begun before a newcomer arrived (and so before
// a write the newcomer has seen committed), so the newcomer waits for the next read, which starts when
// that one ends and is shared by everyone who arrived meanwhile: at most two reads at a time, each
// caller served by a read that began after it asked.

export function sharedFreshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current: Promise<T> = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}
