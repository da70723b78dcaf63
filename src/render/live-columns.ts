import type { Cell, TableSpec } from "../outline.js";

const blank = (cell: Cell | undefined): boolean => cell === undefined || cell === "";

/**
 * The table without its dead columns: a column left empty by every body row and the totals (备注 always,
 * 存在的扣分问题 when no listed item has one) is dropped, unless the reader fills it in (`fillIn`). A table
 * without rows keeps its columns. The one column filter of the Word tables and the xlsx export.
 */
export function liveColumns(spec: TableSpec): TableSpec {
  if (spec.rows.length === 0) return spec;
  const keep = spec.columns.map((col, c) => col.fillIn === true || !blank(spec.totals?.[c]) || spec.rows.some((row) => !blank(row[c])));
  if (keep.every(Boolean)) return spec;
  const pick = <T>(xs: readonly T[]): T[] => xs.filter((_, c) => keep[c]);
  return {
    ...spec,
    columns: pick(spec.columns),
    rows: spec.rows.map(pick),
    ...(spec.totals ? { totals: pick(spec.totals) } : {}),
  };
}
