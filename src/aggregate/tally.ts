/** Counting checked items, overall and grouped by a key. */
import { fraction } from "../format/rate.js";
import type { Item } from "../schema.js";
import type { CheckedItem, GroupTally, Tally } from "./facts.js";

interface Counter {
  running: number;
  checked: number;
  passed: number;
  failed: number;
  vetoed: number;
}

const empty = (): Counter => ({ running: 0, checked: 0, passed: 0, failed: 0, vetoed: 0 });

function add(c: Counter, ci: CheckedItem): void {
  c.running++;
  if (!ci.item.checked) return;
  c.checked++;
  if (ci.verdict === "合格") c.passed++;
  else c.failed++;
  if (ci.item.vetoes.length > 0) c.vetoed++;
}

const finish = (c: Counter): Tally => ({ ...c, passRate: fraction(c.passed, c.checked) });

export function tally(items: readonly CheckedItem[]): Tally {
  const c = empty();
  for (const ci of items) add(c, ci);
  return finish(c);
}

/**
 * Groups in order of first appearance; rows without a key are left out (a breakdown that
 * covers only part of the rows says so by its totals).
 */
export function tallyBy<T extends Item>(items: readonly CheckedItem<T>[], key: (item: T) => string | undefined): GroupTally[] {
  const groups = new Map<string, Counter>();
  for (const ci of items) {
    const k = key(ci.item);
    if (k === undefined) continue;
    let c = groups.get(k);
    if (!c) groups.set(k, (c = empty()));
    add(c, ci);
  }
  return [...groups].map(([k, c]) => ({ key: k, ...finish(c) }));
}
