/** Score statistics for scored inspections: average, extremes with names, bands, top and bottom N. */
import type { CheckedItem, ScoreFacts } from "./facts.js";

export const SCORE_BANDS = [
  { label: "90分及以上", min: 90, max: Infinity },
  { label: "80（含）至90分", min: 80, max: 90 },
  { label: "60（含）至80分", min: 60, max: 80 },
  { label: "60分以下", min: -Infinity, max: 60 },
] as const;

export function scoreFacts(items: readonly CheckedItem[], n = 5): ScoreFacts | undefined {
  const scored = items.filter((ci) => ci.item.checked && ci.item.score !== undefined);
  if (scored.length === 0) return undefined;
  const score = (ci: CheckedItem) => ci.item.score ?? 0;
  const sum = scored.reduce((s, ci) => s + score(ci), 0);
  const desc = [...scored].sort((a, b) => score(b) - score(a) || a.index - b.index);
  const hi = score(desc[0]!);
  const lo = score(desc[desc.length - 1]!);
  return {
    scored: scored.length,
    average: sum / scored.length,
    highest: { score: hi, names: desc.filter((ci) => score(ci) === hi).map((ci) => ci.item.name) },
    lowest: { score: lo, names: desc.filter((ci) => score(ci) === lo).map((ci) => ci.item.name) },
    bands: SCORE_BANDS.map((b) => ({ label: b.label, count: scored.filter((ci) => score(ci) >= b.min && score(ci) < b.max).length })),
    top: desc.slice(0, n),
    bottom: [...scored].sort((a, b) => score(a) - score(b) || a.index - b.index).slice(0, n),
  };
}
