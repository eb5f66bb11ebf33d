// A process's memory as Linux reports it (/proc/<pid>/status): what the bench and the soak judge the
// server's footprint by.

import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  /** VmRSS: resident now. */
  rssBytes: number;
  /** VmHWM: the highest resident size over the process's life. */
  peakRssBytes: number;
}

/** The process's memory, or null when it is gone (or /proc is not there). */
export function memoryOf(pid: number): ProcessMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const bytes = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rssBytes: bytes('VmRSS'), peakRssBytes: bytes('VmHWM') };
  } catch {
    return null;
  }
}
