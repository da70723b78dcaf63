import { describe, expect, it } from "vitest";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { itemsTable } from "../../src/compose/items-table.js";
import { sampleInspection } from "../units/sample-inspection.js";

const groups = groupByUnit(sampleInspection());
const edu = groups.find((g) => g.unit === "示例市教育局")!;

describe("itemsTable", () => {
  it("lists one unit's items without a unit column, numbered from 1", () => {
    const t = itemsTable([edu]);
    expect(t.columns.map((c) => c.header)).toEqual(["序号", "名称", "类型/平台", "检查结论", "突出问题", "扣分问题", "问题描述"]);
    expect(t.rows).toEqual([
      [1, "示例市教育局网站", "政府网站", "不合格", "站点无法访问", "", "首页连续3天无法打开"],
      [2, "示例市教育局招生网", "政府网站", "不合格", "", "", ""],
      [3, "示例教育", "微信", "合格", "", "内容更新不及时", ""],
    ]);
  });

  it("leads with a merged 责任单位 column when it spans several units", () => {
    const t = itemsTable(groups);
    expect(t.columns[1]).toMatchObject({ header: "责任单位", merge: true });
    expect(t.rows.map((r) => r[1])).toEqual(["示例市财政局", "示例市财政局", "示例市教育局", "示例市教育局", "示例市教育局", "示例市应急管理局"]);
    expect(t.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("keeps only the items to rectify when asked", () => {
    const t = itemsTable(groups, { problemsOnly: true });
    expect(t.rows.map((r) => r[2])).toEqual(["示例市教育局网站", "示例市教育局招生网", "示例教育"]);
  });
});
