// Issue 16's budgets judged on one run's results: each met, or missed by how much (the report adds why
// and the one change that would close it, from bench/why.json).

import { endpointsFor } from './api.js';
import { figures, kb, median, mib, ms, pct } from './format.js';
import type { Results, SizeResult } from './types.js';

export interface BudgetRow {
  what: string;
  measured: string;
  budget: string;
  met: boolean | null; // null: not measured, or not at the size the budget is set at
  margin: string;
}

/** "at most" budgets: how far under or over. */
export function atMost(what: string, value: number, budget: number, show: (x: number) => string): BudgetRow {
  if (!Number.isFinite(value)) return { what, measured: 'not measured', budget: `≤ ${show(budget)}`, met: null, margin: '' };
  const met = value <= budget;
  const diff = Math.abs(value - budget);
  return { what, measured: show(value), budget: `≤ ${show(budget)}`, met, margin: met ? `${show(diff)} under (${pct(value / budget)} of budget)` : `**${show(diff)} over** (${pct(value / budget)} of budget)` };
}

export function atLeastRatio(what: string, ratio: number, budget: number): BudgetRow {
  if (!Number.isFinite(ratio)) return { what, measured: 'not measured', budget: `≥ ${pct(budget)} of baseline`, met: null, margin: '' };
  const met = ratio >= budget;
  const points = Math.abs(ratio - budget) * 100;
  return { what, measured: `${pct(ratio)} of baseline`, budget: `≥ ${pct(budget)} of baseline`, met, margin: met ? `${points.toFixed(0)} points above` : `**${points.toFixed(0)} points short**` };
}

const DB_NAME = { pglite: 'PGlite', postgres: 'PostgreSQL' } as const;

/** A size-bound row measured below the size its budget is set at: shown, not judged. */
const notAtBudgetSize = (row: BudgetRow, size: SizeResult, atFigures: number): BudgetRow =>
  size.figures >= atFigures ? row : { ...row, met: null, margin: `not judged: the largest run on this database was ${figures(size.figures)} figures (${row.met ? 'within' : 'outside'} the budget there)` };

export function budgetRows(r: Results): BudgetRow[] {
  const b = r.budgets;
  const base = r.baseline.requestsPerSecond;
  const rows: BudgetRow[] = [];
  const home = r.wire?.find((p) => p.path === '/en/');
  rows.push(atMost('First view (/en/): JavaScript over the wire in Chromium', home?.jsBytes ?? NaN, b.firstViewJsWireBytes, kb));
  rows.push(atMost('First view (/en/): everything over the wire in Chromium', home?.allBytes ?? NaN, b.firstViewAllWireBytes, kb));
  rows.push(atMost('First money figure on the throttled phone profile (median)', r.phone ? median(r.phone.runs.map((x) => x.firstMoneyMs ?? NaN)) : NaN, b.firstMoneyPhoneMs, ms));

  for (const database of ['pglite', 'postgres'] as const) {
    const runs = r.sizes.filter((s) => s.database === database);
    const largest = runs.reduce<SizeResult | null>((l, s) => (!l || s.figures > l.figures ? s : l), null);
    if (!largest) continue;
    const name = DB_NAME[database];
    for (const endpoint of endpointsFor('—')) {
      const e = largest.endpoints.find((x) => x.endpoint.id === endpoint.id);
      const what = `${name}: uncached ${e?.endpoint.path ?? endpoint.path} at ${figures(largest.figures)} figures (median, after a data change)`;
      const row = e && e.warmMissMs.length === 0 && e.timedOutMs
        ? { what, measured: `> ${ms(e.timedOutMs)}`, budget: `≤ ${ms(b.uncachedReadMs)}`, met: false, margin: `**over by more than ${ms(e.timedOutMs - b.uncachedReadMs)}**` }
        : atMost(what, e ? median(e.warmMissMs) : NaN, b.uncachedReadMs, ms);
      rows.push(notAtBudgetSize(row, largest, b.atFigures));
    }
    const loads = runs.flatMap((s) => s.endpoints.flatMap((e) => (['notModified', 'cachedGet'] as const).flatMap((mode) => (e[mode] ? [{ s, e, mode, l: e[mode]! }] : []))));
    const worstP99 = loads.reduce<(typeof loads)[number] | null>((w, x) => (!w || x.l.latencyMs.p99 > w.l.latencyMs.p99 ? x : w), null);
    const worstRate = loads.reduce<(typeof loads)[number] | null>((w, x) => (!w || x.l.requestsPerSecond < w.l.requestsPerSecond ? x : w), null);
    const label = (x: (typeof loads)[number] | null) => (x ? ` (${x.e.endpoint.path}, ${x.mode === 'notModified' ? '304' : 'cached 200'}, ${figures(x.s.figures)} figures)` : '');
    const p99 = atMost(`${name}: cached reads, p99 at ${r.settings.connections} connections, worst${label(worstP99)}`, worstP99?.l.latencyMs.p99 ?? NaN, b.cachedP99Ms, ms);
    const rate = atLeastRatio(`${name}: cached reads, requests/s against the bare Hono baseline, worst${label(worstRate)}`, (worstRate?.l.requestsPerSecond ?? NaN) / base, b.cachedBaselineRatio);
    p99.margin += `; ${loads.filter((x) => x.l.latencyMs.p99 > b.cachedP99Ms).length} of ${loads.length} endpoint × size × mode runs over`;
    rate.margin += `; ${loads.filter((x) => x.l.requestsPerSecond / base < b.cachedBaselineRatio).length} of ${loads.length} short`;
    rows.push(p99, rate);
    const biggest = runs.flatMap((s) => s.endpoints.map((e) => ({ s, e }))).reduce<{ s: SizeResult; e: SizeResult['endpoints'][number] } | null>((w, x) => (!w || x.e.bytes > w.e.bytes ? x : w), null);
    rows.push(atMost(`${name}: largest answer${biggest ? ` (${biggest.e.endpoint.path} at ${figures(biggest.s.figures)} figures)` : ''}`, biggest?.e.bytes ?? NaN, b.answerBytes, kb));
    const rss = atMost(`${name}: server RSS after the load at ${figures(largest.figures)} figures`, largest.memory.afterLoad?.rssBytes ?? NaN, b.rssBytes, mib);
    const peak = atMost(`${name}: server peak RSS (VmHWM) at ${figures(largest.figures)} figures`, largest.memory.afterLoad?.peakRssBytes ?? NaN, b.rssBytes, mib);
    // The RSS budget is PostgreSQL's; on the embedded database the database lives in the server's process, so it is reported, not judged.
    if (database === 'pglite') rows.push({ ...rss, met: null, margin: 'reported, not judged: the embedded database runs inside this process (see why)' }, { ...peak, met: null, margin: 'reported, not judged' });
    else rows.push(notAtBudgetSize(rss, largest, b.atFigures), notAtBudgetSize(peak, largest, b.atFigures));
  }
  const lcpMedian = r.lcp ? median(r.lcp.unthrottled.map((x) => x.lcpMs ?? NaN)) : NaN;
  const lcpThrottled = r.lcp ? median(r.lcp.throttled.map((x) => x.lcpMs ?? NaN)) : NaN;
  rows.push(atMost('LCP of /en/, unthrottled (median)', lcpMedian, b.lcpMs, ms));
  rows.push(atMost('LCP of /en/, 4× CPU throttling only (median)', lcpThrottled, b.lcpThrottledMs, ms));
  const builtPdf = r.pdf?.[0];
  rows.push(atMost('Read a 50-page report PDF and list its tables (median)', builtPdf ? median(builtPdf.runs.map((x) => x.ms)) : NaN, b.pdfReadMs, ms));
  return rows;
}
