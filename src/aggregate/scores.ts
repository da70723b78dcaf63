/** Score statistics for scored inspections: average, extremes with names, bands, top and bottom N. */
import type { CheckedItem, ScoreFacts } from "./facts.js";

export const SCORE_BANDS = [
  { label: "90分及以上", min: 90, max: Infinity },
  { label: "80（含）至90分", min: 80, max: 90 },
  { label: "60（含）至80分", min: 60, max: 80 },
  { label: "60分以下", min: -Infinity, max: 60 },
] as const;

/** The first n items in `better` order, one pass (n is small). Ties keep input order. */
function best(items: readonly CheckedItem[], n: number, better: (a: CheckedItem, b: CheckedItem) => boolean): CheckedItem[] {
  const out: CheckedItem[] = [];
  for (const ci of items) {
    if (out.length === n && !better(ci, out[n - 1]!)) continue;
    let at = out.length;
    while (at > 0 && better(ci, out[at - 1]!)) at--;
    out.splice(at, 0, ci);
    if (out.length > n) out.pop();
  }
  return out;
}

/** Index into SCORE_BANDS (bands are contiguous and ordered high to low). */
function bandOf(v: number): number {
  let i = 0;
  while (i < SCORE_BANDS.length - 1 && v < SCORE_BANDS[i]!.min) i++;
  return i;
}

/** One pass for the sums, extremes and bands; the extremes' names in a second pass over the scored rows. */
export function scoreFacts(items: readonly CheckedItem[], n = 5): ScoreFacts | undefined {
  const scored: CheckedItem[] = [];
  let sum = 0;
  let hi = -Infinity;
  let lo = Infinity;
  const bands = SCORE_BANDS.map(() => 0);
  for (const ci of items) {
    const v = ci.item.score;
    if (!ci.item.checked || v === undefined) continue;
    scored.push(ci);
    sum += v;
    if (v > hi) hi = v;
    if (v < lo) lo = v;
    bands[bandOf(v)]!++;
  }
  if (scored.length === 0) return undefined;
  const score = (ci: CheckedItem) => ci.item.score ?? 0;
  const highest: string[] = [];
  const lowest: string[] = [];
  for (const ci of scored) {
    if (ci.item.score === hi) highest.push(ci.item.name);
    if (ci.item.score === lo) lowest.push(ci.item.name);
  }
  return {
    scored: scored.length,
    average: sum / scored.length,
    highest: { score: hi, names: highest },
    lowest: { score: lo, names: lowest },
    bands: SCORE_BANDS.map((b, i) => ({ label: b.label, count: bands[i] ?? 0 })),
    top: best(scored, n, (a, b) => score(a) > score(b)),
    bottom: best(scored, n, (a, b) => score(a) < score(b)),
  };
}
