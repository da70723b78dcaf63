import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { formatRate } from "../../src/format/rate.js";
import { InspectionSchema, type Inspection } from "../../src/schema.js";

const notice = { issuer: "某市人民政府办公室", recipients: "各区人民政府", signDate: "2023-07-05", period: "2023-Q2" };

function inspection(partial: Partial<Record<keyof Inspection, unknown>>): Inspection {
  return InspectionSchema.parse({ notice, ...partial });
}

describe("aggregate", () => {
  it("derives 不合格 from a 突出问题 or a score below 60 when 检查结论 is empty", () => {
    const facts = aggregate(
      inspection({
        websites: [
          { name: "甲网", unit: "甲局", vetoes: ["站点无法访问"] },
          { name: "乙网", unit: "乙局", score: 59.5 },
          { name: "丙网", unit: "丙局", score: 60 },
          { name: "丁网", unit: "丁局", deductions: ["栏目更新不及时"] },
        ],
      }),
    );
    expect(facts.websites.items.map((ci) => ci.verdict)).toEqual(["不合格", "不合格", "合格", "合格"]);
    expect(facts.websites.total).toMatchObject({ running: 4, checked: 4, passed: 2, failed: 2, vetoed: 1 });
  });

  it("keeps a given verdict that contradicts the problems (validate warns about it)", () => {
    const facts = aggregate(inspection({ websites: [{ name: "甲网", unit: "甲局", verdict: "合格", vetoes: ["站点无法访问"] }] }));
    expect(facts.websites.total.passed).toBe(1);
    expect(facts.websites.failed).toEqual([]);
  });

  it("counts unchecked rows as running but leaves them out of every rate", () => {
    const facts = aggregate(
      inspection({
        accounts: [
          { name: "A", unit: "甲局", platform: "微信", category: "市级部门" },
          { name: "B", unit: "乙局", platform: "微信", category: "市级部门", checked: false, vetoes: ["内容不更新"] },
          { name: "C", unit: "丙局", platform: "微博", category: "县区", vetoes: ["内容不更新"] },
        ],
      }),
    );
    expect(facts.accounts.total).toMatchObject({ running: 3, checked: 2, passed: 1, failed: 1 });
    expect(formatRate(facts.accounts.total.passRate)).toBe("50%");
    const city = facts.accounts.byCategory.find((g) => g.key === "市级部门");
    expect(city).toMatchObject({ running: 2, checked: 1, passed: 1 });
    expect(facts.accounts.byPlatform.map((g) => [g.key, g.running, formatRate(g.passRate)])).toEqual([
      ["微信", 2, "100%"],
      ["微博", 1, "0%"],
    ]);
  });

  it("groups problems by category and, within it, by identical description", () => {
    const lag = { deductions: ["栏目更新不及时"] };
    const facts = aggregate(
      inspection({
        websites: [
          { name: "A", unit: "a", ...lag, description: "有1周未按要求进行更新" },
          { name: "B", unit: "b", ...lag, description: "有3周未按要求进行更新" },
          { name: "C", unit: "c", ...lag, description: "有1周未按要求进行更新" },
          { name: "D", unit: "d", vetoes: ["严重表述错误"] },
          { name: "E", unit: "e" },
        ],
      }),
    );
    expect(facts.websites.problems.map((p) => [p.category, p.kind, p.count])).toEqual([
      ["严重表述错误", "veto", 1],
      ["栏目更新不及时", "deduction", 3],
    ]);
    const lagGroups = facts.websites.problems[1]!.groups.map((g) => [g.description, g.items.map((ci) => ci.item.name)]);
    expect(lagGroups).toEqual([
      ["有1周未按要求进行更新", ["A", "C"]],
      ["有3周未按要求进行更新", ["B"]],
    ]);
  });

  it("computes scores: average, extremes with names, bands, top and bottom", () => {
    const facts = aggregate(
      inspection({
        websites: [95, 91, 85, 70, 55, 95].map((score, i) => ({ name: `网站${i}`, unit: `单位${i}`, score })),
      }),
    );
    const s = facts.websites.scores!;
    expect(s.average).toBeCloseTo(81.833, 2);
    expect(s.highest).toEqual({ score: 95, names: ["网站0", "网站5"] });
    expect(s.lowest).toEqual({ score: 55, names: ["网站4"] });
    expect(s.bands.map((b) => b.count)).toEqual([3, 1, 1, 1]);
    expect(s.bottom[0]?.item.name).toBe("网站4");
  });

  it("sorts publication units by count, ties by name, and derives 采纳率", () => {
    const facts = aggregate(
      inspection({
        publications: [
          { unit: "乙局", category: "部门", published: 5, submitted: 10, adopted: 4 },
          { unit: "甲局", category: "部门", published: 5, submitted: 10, adopted: 6 },
          { unit: "丙局", category: "部门", published: 9 },
          { unit: "某镇", category: "乡镇", published: 3 },
        ],
      }),
    );
    const dept = facts.publications.categories[0]!;
    expect(dept.units.map((u) => u.unit)).toEqual(["丙局", "乙局", "甲局"]);
    expect(dept.published).toBe(19);
    expect(formatRate(dept.adoptionRate!)).toBe("50%");
    expect(facts.publications.published).toBe(22);
  });

  it("computes mailbox rates and last period's rectification", () => {
    const facts = aggregate(
      inspection({
        interactions: [
          { channel: "市长信箱", received: 40, closed: 39, closedOnTime: 30 },
          { channel: "我为政府网站找错", received: 2, closed: 2 },
        ],
        followUps: [
          { name: "甲网", unit: "甲局", status: "已整改", reportedOnTime: true },
          { name: "乙网", unit: "乙局", status: "未整改", reportedOnTime: false },
          { name: "丙号", unit: "乙局", status: "整改中", reportedOnTime: false },
        ],
      }),
    );
    expect(formatRate(facts.interactions.closeRate!)).toBe("97.6%");
    expect(facts.interactions.channels.map((c) => c.errorReport)).toEqual([false, true]);
    expect(facts.followUps).toMatchObject({ total: 3, fixed: 1, inProgress: 1, unfixed: 1, notReported: ["乙局"] });
    expect(formatRate(facts.followUps.fixRate)).toBe("33.3%");
  });
});

describe("aggregate: the facts of wave 2", () => {
  const site = (name: string, extra: object = {}) => ({ name, unit: `${name}办`, ...extra });

  it("knows the running total under 抽查 only when it is declared or rows were not checked", () => {
    const rows = [site("甲网"), site("乙网", { vetoes: ["站点无法访问"] })];
    const sampleOnly = aggregate(inspection({ notice: { ...notice, checkKind: "sample" }, websites: rows }));
    expect(sampleOnly.checkKind).toBe("sample");
    expect(sampleOnly.websites.sample).toEqual({ declared: false });
    const declared = aggregate(inspection({ notice: { ...notice, checkKind: "sample", websiteTotal: 5 }, websites: rows }));
    expect(declared.websites.sample).toMatchObject({ declared: true, total: 5 });
    expect(formatRate(declared.websites.sample.ratio!, 0)).toBe("40%");
    const full = aggregate(inspection({ websites: rows }));
    expect(full.websites.sample).toMatchObject({ declared: false, total: 2 });
  });

  it("lists every item with a 突出问题 or 扣分问题 by default, only the failed under 问题名单范围=不合格", () => {
    const rows = [site("甲网", { vetoes: ["站点无法访问"] }), site("乙网", { deductions: ["办事服务"] }), site("丙网"), site("丁网", { score: 50 })];
    const names = (scope?: string) => aggregate(inspection({ notice: { ...notice, problemListScope: scope }, websites: rows })).websites.listed.map((ci) => ci.item.name);
    expect(names()).toEqual(["甲网", "乙网", "丁网"]);
    expect(names("不合格")).toEqual(["甲网", "丁网"]);
  });

  it("orders problem categories by the indicator system, then the others by count", () => {
    const facts = aggregate(
      inspection({
        websites: [
          site("甲网", { vetoes: ["栏目不更新"], deductions: ["其他小问题"] }),
          site("乙网", { vetoes: ["站点无法访问"], deductions: ["功能设计"] }),
          site("丙网", { deductions: ["办事服务", "错别字较多"] }),
          site("丁网", { deductions: ["错别字较多"] }),
          site("戊网", { vetoes: ["严重表述错误"] }),
        ],
      }),
    );
    expect(facts.websites.problems.map((p) => p.category)).toEqual(["严重表述错误", "站点无法访问", "栏目不更新", "办事服务", "功能设计", "错别字较多", "其他小问题"]);
  });

  it("states the breakdowns 分项统计 names, else each with more than one group", () => {
    const accounts = [
      { name: "A", unit: "甲", platform: "微信", category: "市级部门" },
      { name: "B", unit: "乙", platform: "微博", category: "市级部门" },
    ];
    expect(aggregate(inspection({ accounts })).accounts.breakdowns).toEqual(["平台类型"]);
    expect(aggregate(inspection({ notice: { ...notice, breakdowns: ["单位类别"] }, accounts })).accounts.breakdowns).toEqual(["单位类别"]);
    expect(aggregate(inspection({ notice: { ...notice, breakdowns: [] }, accounts })).accounts.breakdowns).toEqual([]);
  });

  it("sums the extra publication columns per category and overall, counting the units that have them", () => {
    const facts = aggregate(
      inspection({
        publications: [
          { unit: "甲镇", category: "乡镇", published: 100, extra: { 动态类信息条数: 40, 政府信息公开栏目信息条数: 60 } },
          { unit: "乙镇", category: "乡镇", published: 50, extra: { 动态类信息条数: 0 } },
          { unit: "丙局", category: "部门", published: 80, extra: { 政府信息公开栏目信息条数: 80 } },
        ],
      }),
    );
    expect(facts.publications.extra).toEqual([
      { header: "动态类信息条数", total: 40, units: 1 },
      { header: "政府信息公开栏目信息条数", total: 140, units: 2 },
    ]);
    expect(facts.publications.categories.find((c) => c.category === "部门")!.extra).toEqual([
      { header: "动态类信息条数", total: 0, units: 0 },
      { header: "政府信息公开栏目信息条数", total: 80, units: 1 },
    ]);
  });

  it("says last period's problems are all fixed only when every one is", () => {
    const fixed = { name: "A", status: "已整改" };
    expect(aggregate(inspection({ followUps: [fixed, fixed] })).followUps.allFixed).toBe(true);
    expect(aggregate(inspection({ followUps: [fixed, { name: "B", status: "整改中" }] })).followUps.allFixed).toBe(false);
    expect(aggregate(inspection({})).followUps.allFixed).toBe(false);
  });
});
