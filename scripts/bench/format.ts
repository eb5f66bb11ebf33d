// Statistics, units as the report writes them, and the run's progress lines.

export const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
export const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms' : 'n/a');
export const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');
export const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB` : 'n/a');
export const mib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : 'n/a');
export const pct = (r: number) => (Number.isFinite(r) ? `${(r * 100).toFixed(0)} %` : 'n/a');
export const figures = (n: number) => n.toLocaleString('en-US');

/** When the run started: progress lines say the seconds since. */
export const runStartedMs = performance.now();
export const step = (what: string) => console.log(`[${((performance.now() - runStartedMs) / 1000).toFixed(0).padStart(5)} s] ${what}`);
