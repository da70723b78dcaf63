/**
 * Attachment 2 of a 整改通知单: the 整改情况反馈表 the unit fills in — one row per problem with blank
 * 整改措施 / 整改状态 / 完成日期 cells — followed by the signature and seal lines.
 */
import type { AttachmentBlock, FormBlock, TableSpec } from "../outline.js";
import type { UnitGroup, UnitItem } from "../aggregate/group-by-unit.js";

/** The problems of one item, one line each: every 突出问题 and 扣分问题, else its description or verdict. */
export function problemsOf(item: UnitItem): string[] {
  const listed = [...item.vetoes.map((v) => `突出问题：${v}`), ...item.deductions.map((d) => `扣分问题：${d}`)];
  if (listed.length > 0) return listed;
  return [item.description ?? (item.verdict === "不合格" ? "检查结论为不合格" : "存在问题")];
}

/** The cells the unit fills in. Blank space and tick boxes keep room: the renderer sizes columns by content. */
export const FILL_IN = {
  measures: "\u3000".repeat(10),
  status: "□已整改\n□整改中\n□未整改",
  date: "\u3000年\u3000月\u3000日",
} as const;

export function feedbackTable(group: UnitGroup): TableSpec {
  const rows: (string | number)[][] = [];
  for (const item of group.items) {
    if (!item.hasProblem) continue;
    for (const problem of problemsOf(item)) rows.push([rows.length + 1, `${item.name}（${item.type}）`, problem, FILL_IN.measures, FILL_IN.status, FILL_IN.date]);
  }
  return {
    caption: `填报单位：${group.unit}`,
    columns: [
      { header: "序号", width: 6, align: "center" },
      { header: "检查对象", width: 15, merge: true },
      { header: "存在问题", width: 19 },
      { header: "整改措施", width: 22, minChars: 8, fillIn: true },
      { header: "整改状态", width: 11, align: "center" },
      { header: "完成日期", width: 11, align: "center" },
    ],
    rows,
    notes: ["注：整改状态请勾选一项；未完成整改的，请在整改措施中写明原因和计划完成时间。"],
  };
}

/** 单位负责人（签字）、填报人、联系电话、单位（盖章）、日期 — blank, to be filled by hand. */
export const SIGNATURE_FORM: FormBlock = {
  kind: "form",
  rows: [
    { cells: [{ text: "单位负责人（签字）", label: true }, { text: "" }, { text: "填报人", label: true }, { text: "" }] },
    { cells: [{ text: "联系电话", label: true }, { text: "" }, { text: "日期", label: true }, { text: "" }] },
    { cells: [{ text: "单位（盖章）", label: true }, { text: "", span: 3 }] },
  ],
};

export function feedbackBlocks(group: UnitGroup): AttachmentBlock[] {
  return [
    { kind: "table", table: feedbackTable(group) },
    SIGNATURE_FORM,
  ];
}
