/**
 * Problem lists: grouped by problem category (突出问题 first, then 扣分问题, each in the order of the
 * national indicator system, then the categories it does not name by count), and within a category by
 * identical 问题描述, so a notice can say “A”“B”有1周未按要求进行更新；“C”有3周未按要求进行更新.
 * An item's 问题描述 belongs to its first category only (its first 突出问题, else its first 扣分问题):
 * under its other categories it is named without the description, so no sentence repeats.
 */
import type { CheckedItem, ProblemCategory } from "./facts.js";
import { INDICATORS, indicatorRank } from "../indicators.js";
import { hasFinding } from "./verdict.js";

export const OTHER_CATEGORY = "其他问题";

/** A checked row with a finding: a 不合格 row without one is named by the notice as 不合格, not listed here. */
const listed = (ci: CheckedItem): boolean => ci.item.checked && hasFinding(ci.item);

/** The category under which an item's 问题描述 is printed. */
export const firstCategory = (ci: CheckedItem): string => ci.item.vetoes[0] ?? ci.item.deductions[0] ?? OTHER_CATEGORY;

export function groupProblems(items: readonly CheckedItem[]): ProblemCategory[] {
  const cats = new Map<string, { kind: ProblemCategory["kind"]; groups: Map<string, CheckedItem[]>; members: Set<CheckedItem>; count: number; order: number }>();
  const put = (category: string, kind: ProblemCategory["kind"], ci: CheckedItem) => {
    let cat = cats.get(category);
    if (!cat) cats.set(category, (cat = { kind, groups: new Map(), members: new Set(), count: 0, order: cats.size }));
    if (cat.members.has(ci)) return;
    cat.members.add(ci);
    const description = category === firstCategory(ci) ? (ci.item.description ?? "") : "";
    const list = cat.groups.get(description);
    if (list) list.push(ci);
    else cat.groups.set(description, [ci]);
    cat.count++;
  };
  for (const ci of items) {
    if (!listed(ci)) continue;
    for (const v of ci.item.vetoes) put(v, "veto", ci);
  }
  for (const ci of items) {
    if (!listed(ci)) continue;
    for (const d of ci.item.deductions) if (!ci.item.vetoes.includes(d)) put(d, "deduction", ci);
    if (ci.item.vetoes.length === 0 && ci.item.deductions.length === 0) put(OTHER_CATEGORY, "other", ci);
  }
  const kindRank = { veto: 0, deduction: 1, other: 2 } as const;
  // Within a kind: the categories the indicator system names, in its order; then the others by count.
  const rank = (category: string) => indicatorRank(category) ?? INDICATORS.length;
  return [...cats]
    .sort(([ka, a], [kb, b]) => kindRank[a.kind] - kindRank[b.kind] || rank(ka) - rank(kb) || b.count - a.count || a.order - b.order)
    .map(([category, c]) => ({
      category,
      kind: c.kind,
      count: c.count,
      groups: [...c.groups].map(([description, list]) => ({ description, items: list })),
    }));
}
