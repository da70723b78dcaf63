/**
 * The one table of inspected items: 序号, 名称, 类型/平台, 检查结论, [得分,] 突出问题, 扣分问题, 问题描述.
 * With several units it leads with a 责任单位 column whose runs are merged vertically, so the same
 * builder serves a unit's own attachment and the notice's full listing grouped by unit.
 */
import type { UnitGroup } from "../aggregate/group-by-unit.js";
import type { TableColumn, TableSpec } from "../outline.js";

export interface ItemsTableOptions {
  /** Lead with the 责任单位 column (merged per unit). Default: only when there are several groups. */
  withUnit?: boolean;
  /** Only the items with something to rectify. */
  problemsOnly?: boolean;
  /** Add a 得分 column (the full listing, when the data has scores). */
  withScore?: boolean;
}

const SERIAL: TableColumn = { header: "序号", width: 6, align: "center" };
const UNIT: TableColumn = { header: "责任单位", width: 14, merge: true };
const NAMED: TableColumn[] = [
  { header: "名称", width: 16 },
  { header: "类型/平台", width: 10, align: "center" },
  { header: "检查结论", width: 10, align: "center" },
];
const SCORE: TableColumn = { header: "得分", width: 6, align: "center" };
const FINDINGS: TableColumn[] = [
  { header: "突出问题", width: 14 },
  { header: "扣分问题", width: 14 },
  { header: "问题描述", width: 20 },
];

export function itemsTable(groups: readonly UnitGroup[], options: ItemsTableOptions = {}): TableSpec {
  const withUnit = options.withUnit ?? groups.length > 1;
  const listed = groups.map((g) => ({ unit: g.unit, items: options.problemsOnly ? g.items.filter((i) => i.hasProblem) : g.items }));
  const withScore = options.withScore ?? false;
  const rows: (string | number)[][] = [];
  for (const { unit, items } of listed) {
    for (const item of items) {
      const row: (string | number)[] = [rows.length + 1];
      if (withUnit) row.push(unit);
      row.push(item.name, item.type, item.verdict);
      if (withScore) row.push(item.score ?? "");
      row.push(item.vetoes.join("、"), item.deductions.join("、"), item.description ?? "");
      rows.push(row);
    }
  }
  return { columns: [SERIAL, ...(withUnit ? [UNIT] : []), ...NAMED, ...(withScore ? [SCORE] : []), ...FINDINGS], rows };
}
