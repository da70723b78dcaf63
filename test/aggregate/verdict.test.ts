import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { hasProblem, verdictOf } from "../../src/aggregate/verdict.js";
import { InspectionSchema } from "../../src/schema.js";

const notice = { issuer: "甲", recipients: "乙", signDate: "2023-01-01" };
const websites = [
  { name: "结论不合格", unit: "甲局", verdict: "不合格" },
  { name: "扣分合格", unit: "甲局", verdict: "合格", deductions: ["栏目更新不及时"] },
  { name: "只有描述", unit: "乙局", description: "首页图片无法显示" },
  { name: "未检查有问题", unit: "乙局", checked: false, vetoes: ["站点无法访问"] },
  { name: "干净", unit: "丙局", score: 95 },
  { name: "低分", unit: "丙局", score: 59 },
];
const data = InspectionSchema.parse({ notice, websites });
const [failedOnly, deducted, described, unchecked, clean, low] = data.websites as [never, never, never, never, never, never];

describe("verdictOf", () => {
  it("gives 未检查 to an unchecked row, the given verdict to a checked one, else derives it from 突出问题 and 得分", () => {
    expect([failedOnly, deducted, described, unchecked, clean, low].map(verdictOf)).toEqual(["不合格", "合格", "合格", "未检查", "合格", "不合格"]);
  });
});

describe("hasProblem", () => {
  it("is true for a checked row that is 不合格 or has a finding, never for an unchecked row", () => {
    expect([failedOnly, deducted, described, unchecked, clean, low].map(hasProblem)).toEqual([true, true, true, false, false, true]);
  });

  it("is the same rule for the notice's facts and the units' documents", () => {
    const fromFacts = aggregate(data).websites.withProblems.map((ci) => ci.item.name).sort();
    const fromUnits = groupByUnit(data).flatMap((g) => g.items.filter((i) => i.hasProblem).map((i) => i.name)).sort();
    expect(fromFacts).toEqual(fromUnits);
    expect(fromFacts).toEqual(["低分", "只有描述", "扣分合格", "结论不合格"]);
  });
});
