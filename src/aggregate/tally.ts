/** Counting checked items, overall and grouped by keys, in one pass over the rows. */
import { fraction } from "../format/rate.js";
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

/**
 * Groups in order of first appearance; rows without a key are left out (a breakdown that covers
 * only part of the rows says so by its totals). The caller computes the key, so one pass over the
 * rows can feed several groupings.
 */
export class GroupCounter {
  private readonly counters = new Map<string, Counter>();

  add(key: string | undefined, ci: CheckedItem): void {
    if (key === undefined) return;
    let c = this.counters.get(key);
    if (!c) this.counters.set(key, (c = emptyCounter()));
    countInto(c, ci);
  }

  groups(): GroupTally[] {
    return [...this.counters].map(([k, c]) => ({ key: k, ...finishCounter(c) }));
  }
}
