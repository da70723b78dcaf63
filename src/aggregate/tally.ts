/** Counting checked items, overall and grouped by keys, in one pass over the rows. */
import { fraction } from "../format/rate.js";
import type { Item } from "../schema.js";
import type { CheckedItem, GroupTally, Tally } from "./facts.js";

export interface Counter {
  running: number;
  checked: number;
  passed: number;
  failed: number;
  vetoed: number;
}

export const emptyCounter = (): Counter => ({ running: 0, checked: 0, passed: 0, failed: 0, vetoed: 0 });

/** Count one row into a counter. */
export function countInto(c: Counter, ci: CheckedItem): void {
  c.running++;
  if (!ci.item.checked) return;
  c.checked++;
  if (ci.verdict === "合格") c.passed++;
  else c.failed++;
  if (ci.item.vetoes.length > 0) c.vetoed++;
}

export const finishCounter = (c: Counter): Tally => ({ ...c, passRate: fraction(c.passed, c.checked) });

export function tally(items: readonly CheckedItem[]): Tally {
  const c = emptyCounter();
  for (const ci of items) countInto(c, ci);
  return finishCounter(c);
}

/**
 * Groups by one key, in order of first appearance; rows without a key are left out (a breakdown
 * that covers only part of the rows says so by its totals). Feed rows with `add`, read with `groups`.
 */
export class GroupCounter<T extends Item> {
  private readonly counters = new Map<string, Counter>();
  constructor(private readonly key: (item: T) => string | undefined) {}

  add(ci: CheckedItem<T>): void {
    const k = this.key(ci.item);
    if (k === undefined) return;
    let c = this.counters.get(k);
    if (!c) this.counters.set(k, (c = emptyCounter()));
    countInto(c, ci);
  }

  groups(): GroupTally[] {
    return [...this.counters].map(([k, c]) => ({ key: k, ...finishCounter(c) }));
  }
}

/** One grouping over a list already built (see GroupCounter for several at once). */
export function tallyBy<T extends Item>(items: readonly CheckedItem<T>[], key: (item: T) => string | undefined): GroupTally[] {
  const g = new GroupCounter<T>(key);
  for (const ci of items) g.add(ci);
  return g.groups();
}
