// A free TCP port on loopback, chosen by the operating system (port 0) rather than guessed, so that two
// servers started at once, by two test files or by a bench and a test, never collide.

import net from 'node:net';

/** Every server the scripts and browser tests start listens here only: nothing is exposed to the network. */
export const LOOPBACK = '127.0.0.1';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
