/**
 * The table of inspected items, per unit: 序号, 名称, 类型/平台, 检查结论, 突出问题, 扣分问题, 问题描述.
 * With several units it leads with a 责任单位 column whose runs are merged vertically, so the same
 * builder serves a unit's own attachment and a notice attachment grouped by unit.
 */
import type { TableColumn, TableSpec } from "../outline.js";
import type { UnitGroup } from "./group-by-unit.js";

export interface ItemsTableOptions {
  /** Lead with the 责任单位 column (merged per unit). Default: only when there are several groups. */
  withUnit?: boolean;
  /** Only the items with something to rectify. */
  problemsOnly?: boolean;
}

const COLUMNS: TableColumn[] = [
  { header: "序号", width: 6, align: "center" },
  { header: "名称", width: 16 },
  { header: "类型/平台", width: 10, align: "center" },
  { header: "检查结论", width: 10, align: "center" },
  { header: "突出问题", width: 14 },
  { header: "扣分问题", width: 14 },
  { header: "问题描述", width: 20 },
];
const UNIT_COLUMN: TableColumn = { header: "责任单位", width: 14, merge: true };

export function itemsTable(groups: UnitGroup[], options: ItemsTableOptions = {}): TableSpec {
  const withUnit = options.withUnit ?? groups.length > 1;
  const rows: (string | number)[][] = [];
  for (const group of groups) {
    for (const item of group.items) {
      if (options.problemsOnly && !item.hasProblem) continue;
      const cells = [item.name, item.type, item.verdict, item.vetoes.join("、"), item.deductions.join("、"), item.description ?? ""];
      rows.push(withUnit ? [rows.length + 1, group.unit, ...cells] : [rows.length + 1, ...cells]);
    }
  }
  const [serial, ...rest] = COLUMNS as [TableColumn, ...TableColumn[]];
  return { columns: withUnit ? [serial, UNIT_COLUMN, ...rest] : COLUMNS, rows };
}
