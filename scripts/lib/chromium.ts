// Debian's Chromium (or CHROMIUM_PATH), never a browser downloaded by a test tool, with the flags every
// headless run here needs: no sandbox (root in a container), no GPU, and no traffic of its own (updates,
// sync, QUIC probes) that would add noise to a measurement or reach outside loopback.

import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
