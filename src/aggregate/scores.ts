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

export function scoreFacts(items: readonly CheckedItem[], n = 5): ScoreFacts | undefined {
  const scored = items.filter((ci) => ci.item.checked && ci.item.score !== undefined);
  if (scored.length === 0) return undefined;
  const score = (ci: CheckedItem) => ci.item.score ?? 0;
  let sum = 0;
  let hi = -Infinity;
  let lo = Infinity;
  const bands = SCORE_BANDS.map(() => 0);
  for (const ci of scored) {
    const v = score(ci);
    sum += v;
    if (v > hi) hi = v;
    if (v < lo) lo = v;
    const band = SCORE_BANDS.findIndex((b) => v >= b.min && v < b.max);
    bands[band] = (bands[band] ?? 0) + 1;
  }
  return {
    scored: scored.length,
    average: sum / scored.length,
    highest: { score: hi, names: scored.filter((ci) => score(ci) === hi).map((ci) => ci.item.name) },
    lowest: { score: lo, names: scored.filter((ci) => score(ci) === lo).map((ci) => ci.item.name) },
    bands: SCORE_BANDS.map((b, i) => ({ label: b.label, count: bands[i] ?? 0 })),
    top: best(scored, n, (a, b) => score(a) > score(b)),
    bottom: best(scored, n, (a, b) => score(a) < score(b)),
  };
}
