import { describe, expect, it } from "vitest";
import type { FormBlock, TableBlock } from "../../src/outline.js";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { feedbackBlocks, FILL_IN, problemsOf } from "../../src/compose/feedback-form.js";
import { sampleInspection } from "../units/sample-inspection.js";

const edu = groupByUnit(sampleInspection()).find((g) => g.unit === "示例市教育局")!;

describe("feedbackBlocks", () => {
  const [table, form] = feedbackBlocks(edu) as [TableBlock, FormBlock];

  it("gives one row per problem with 整改措施, 整改状态 and 完成日期 left to fill in", () => {
    const blank = [FILL_IN.measures, FILL_IN.status, FILL_IN.date];
    expect(table.table.columns.map((c) => c.header)).toEqual(["序号", "检查对象", "存在问题", "整改措施", "整改状态", "完成日期"]);
    expect(table.table.rows).toEqual([
      [1, "示例市教育局网站（政府网站）", "突出问题：站点无法访问", ...blank],
      [2, "示例市教育局招生网（政府网站）", "检查结论为不合格", ...blank],
      [3, "示例教育（微信）", "扣分问题：内容更新不及时", ...blank],
    ]);
    expect(table.table.caption).toBe("填报单位：示例市教育局");
    expect(FILL_IN.measures.trim()).toBe("");
  });

  it("ends with the signature and seal lines", () => {
    const labels = form.rows.flatMap((r) => r.cells.filter((c) => c.label).map((c) => c.text));
    expect(labels).toEqual(["单位负责人（签字）", "填报人", "联系电话", "日期", "单位（盖章）"]);
  });
});

describe("problemsOf", () => {
  it("falls back to the description when no category is given", () => {
    expect(problemsOf({ ...edu.items[0]!, vetoes: [], deductions: [] })).toEqual(["首页连续3天无法打开"]);
  });
});
