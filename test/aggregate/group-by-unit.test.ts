import { describe, expect, it } from "vitest";
import { InspectionSchema } from "../../src/schema.js";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { verdictOf } from "../../src/aggregate/verdict.js";
import { sampleInspection } from "../units/sample-inspection.js";

describe("groupByUnit", () => {
  const groups = groupByUnit(sampleInspection());

  it("makes one group per unit that owns an item, sorted by unit name in pinyin order", () => {
    expect(groups.map((g) => g.unit)).toEqual(["示例市财政局", "示例市教育局", "示例市应急管理局"]);
  });

  it("puts a unit's websites before its accounts, each in input order", () => {
    const edu = groups.find((g) => g.unit === "示例市教育局");
    expect(edu?.items.map((i) => i.name)).toEqual(["示例市教育局网站", "示例市教育局招生网", "示例教育"]);
    expect(edu).toMatchObject({ websites: 2, accounts: 1, problemItems: 3, failed: 2, vetoes: 1, deductions: 1 });
  });

  it("derives 不合格 from a 突出问题 or a score below 60 and keeps a given verdict", () => {
    const edu = groups.find((g) => g.unit === "示例市教育局");
    expect(edu?.items.map((i) => i.verdict)).toEqual(["不合格", "不合格", "合格"]);
    expect(groups[0]?.items.map((i) => i.verdict)).toEqual(["合格", "合格"]);
  });

  it("marks unchecked items 未检查 and never counts them as problems", () => {
    const safety = groups.find((g) => g.unit === "示例市应急管理局");
    expect(safety?.items[0]).toMatchObject({ verdict: "未检查", hasProblem: false, type: "抖音" });
    expect(safety?.problemItems).toBe(0);
  });

  it("counts a 合格 item with a 扣分问题 as something to rectify", () => {
    const edu = groups.find((g) => g.unit === "示例市教育局");
    expect(edu?.items[2]).toMatchObject({ verdict: "合格", hasProblem: true, deductions: ["内容更新不及时"] });
  });

  it("gives the same order whatever the input order", () => {
    const data = sampleInspection();
    const reversed = { websites: [...data.websites].reverse(), accounts: [...data.accounts].reverse() };
    expect(groupByUnit(reversed).map((g) => g.unit)).toEqual(groups.map((g) => g.unit));
  });

  it("returns no groups for a workbook without items", () => {
    const empty = InspectionSchema.parse({ notice: { issuer: "甲", recipients: "乙", signDate: "2023-01-01" } });
    expect(groupByUnit(empty)).toEqual([]);
  });
});

describe("verdictOf", () => {
  it("treats a score of exactly 60 as 合格", () => {
    const [site] = InspectionSchema.parse({
      notice: { issuer: "甲", recipients: "乙", signDate: "2023-01-01" },
      websites: [{ name: "网", unit: "单位", score: 60 }],
    }).websites;
    expect(site && verdictOf(site)).toBe("合格");
  });
});
