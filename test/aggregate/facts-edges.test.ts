/**
 * The figures aggregate() derives at their edges: ties, rows left unchecked, the order of problem kinds,
 * score bands at their bounds and last period's rectification.
 */
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { formatRate } from "../../src/format/rate.js";
import { InspectionSchema, type Inspection } from "../../src/schema.js";

const notice = { issuer: "某市人民政府办公室", recipients: "各区人民政府", signDate: "2023-07-05", period: "2023-Q2" };
const facts = (partial: Partial<Record<keyof Inspection, unknown>>) => aggregate(InspectionSchema.parse({ notice, ...partial }));
const names = (list: readonly { item: { name: string } }[]) => list.map((ci) => ci.item.name);

describe("the publication table", () => {
  it("breaks a tie in the count by unit name, whatever order the rows came in", () => {
    const { publications } = facts({
      publications: [
        { unit: "白局", category: "部门", published: 5 },
        { unit: "安局", category: "部门", published: 5 },
        { unit: "城局", category: "部门", published: 7 },
        { unit: "安局", category: "部门", published: 5 },
      ],
    });
    expect(publications.categories[0]!.units.map((u) => u.unit)).toEqual(["城局", "安局", "安局", "白局"]);
  });
  it("sums what was given per category and overall, and derives 采纳率 only where both counts are given", () => {
    const { publications } = facts({
      publications: [
        { unit: "甲镇", category: "乡镇", published: 3, submitted: 4, adopted: 1 },
        { unit: "乙镇", category: "乡镇", published: 2, submitted: 6 },
        { unit: "丙局", category: "部门", published: 8 },
      ],
      accounts: [
        { name: "A", unit: "甲局", platform: "微信", published: 30 },
        { name: "B", unit: "乙局", platform: "微信", published: 0 },
        { name: "C", unit: "丙局", platform: "微博" },
      ],
    });
    const [town, dept] = publications.categories;
    expect(town).toMatchObject({ category: "乡镇", published: 5, submitted: 10, adopted: 1 });
    expect(formatRate(town!.adoptionRate!)).toBe("10%");
    expect(town!.units.map((u) => [u.unit, u.submitted, u.adopted, u.adoptionRate && formatRate(u.adoptionRate)])).toEqual([
      ["甲镇", 4, 1, "25%"],
      ["乙镇", 6, undefined, undefined],
    ]);
    expect(dept).toMatchObject({ category: "部门", published: 8 });
    expect(dept).not.toHaveProperty("submitted");
    expect(dept).not.toHaveProperty("adopted");
    expect(dept).not.toHaveProperty("adoptionRate");
    expect(publications).toMatchObject({ units: 3, published: 13, submitted: 10, adopted: 1, accountsPublished: 30, accountsWithCount: 2 });
  });
  it("states no 报送数 or 采纳数 when no row gives one", () => {
    const { publications } = facts({ publications: [{ unit: "甲局", category: "部门", published: 1 }] });
    expect(publications).not.toHaveProperty("submitted");
    expect(publications).not.toHaveProperty("adoptionRate");
  });
});

describe("scores", () => {
  it("leave out rows with 是否检查=否 and rows without a score", () => {
    const { websites } = facts({
      websites: [
        { name: "甲网", unit: "甲", score: 90 },
        { name: "乙网", unit: "乙", score: 10, checked: false },
        { name: "丙网", unit: "丙", score: 70 },
        { name: "丁网", unit: "丁" },
        { name: "戊网", unit: "戊", score: 100, checked: false },
      ],
    });
    expect(websites.scores).toMatchObject({ scored: 2, average: 80, highest: { score: 90, names: ["甲网"] }, lowest: { score: 70, names: ["丙网"] } });
    expect(websites.scores!.bands.map((b) => b.count)).toEqual([1, 0, 1, 0]);
    expect(names(websites.scores!.top)).toEqual(["甲网", "丙网"]);
  });
  it("are absent when nothing checked has a score", () => {
    expect(facts({ websites: [{ name: "甲网", unit: "甲", score: 50, checked: false }, { name: "乙网", unit: "乙" }] }).websites.scores).toBeUndefined();
  });
  it("fall into the bands by their lower bound, each band named", () => {
    const scores = [90, 89.9, 80, 79.9, 60, 59.9, 100, 0];
    const { websites } = facts({ websites: scores.map((score, i) => ({ name: `网${i}`, unit: `单位${i}`, score })) });
    expect(websites.scores!.bands).toEqual([
      { label: "90分及以上", count: 2 },
      { label: "80（含）至90分", count: 2 },
      { label: "60（含）至80分", count: 2 },
      { label: "60分以下", count: 2 },
    ]);
  });
  it("list the five best and the five worst, ties in row order", () => {
    const scores = [70, 95, 60, 95, 85, 50, 85, 99];
    const { websites } = facts({ websites: scores.map((score, i) => ({ name: `网${i}`, unit: `单位${i}`, score })) });
    expect(names(websites.scores!.top)).toEqual(["网7", "网1", "网3", "网4", "网6"]);
    expect(names(websites.scores!.bottom)).toEqual(["网5", "网2", "网0", "网4", "网6"]);
  });
});

describe("problem categories", () => {
  it("come 突出问题 first, then 扣分问题, then the rows with only a description, whatever the row order", () => {
    const { websites } = facts({
      websites: [
        { name: "A", unit: "a", description: "页面错别字" },
        { name: "B", unit: "b", deductions: ["互动回应不及时"] },
        { name: "C", unit: "c", vetoes: ["站点无法访问"] },
      ],
    });
    expect(websites.problems.map((p) => [p.category, p.kind, p.count])).toEqual([
      ["站点无法访问", "veto", 1],
      ["互动回应不及时", "deduction", 1],
      ["其他问题", "other", 1],
    ]);
    expect(websites.problems[2]!.groups).toEqual([{ description: "页面错别字", items: [websites.items[0]] }]);
  });
  it("print a row's description under its first category only, and count a row once per category", () => {
    const { websites } = facts({
      websites: [
        { name: "A", unit: "a", vetoes: ["栏目不更新"], deductions: ["栏目不更新", "互动回应不及时"], description: "首页2周未更新" },
        { name: "B", unit: "b", deductions: ["栏目不更新"] },
      ],
    });
    expect(websites.problems.map((p) => [p.category, p.kind, p.count, p.groups.map((g) => [g.description, names(g.items)])])).toEqual([
      ["栏目不更新", "veto", 2, [["首页2周未更新", ["A"]], ["", ["B"]]]],
      ["互动回应不及时", "deduction", 1, [["", ["A"]]]],
    ]);
  });
  it("leave out rows with 是否检查=否 and rows without any problem", () => {
    const { websites } = facts({
      websites: [
        { name: "A", unit: "a", checked: false, vetoes: ["站点无法访问"], description: "x" },
        { name: "B", unit: "b" },
      ],
    });
    expect(websites.problems).toEqual([]);
    expect(websites.withProblems).toEqual([]);
    expect(websites.failed).toEqual([]);
  });
});

describe("tallies", () => {
  it("count 不合格 and 单项否决 among checked rows only, and mark the verdicts derived", () => {
    const { accounts } = facts({
      accounts: [
        { name: "A", unit: "甲局", platform: "微博", region: "东区", vetoes: ["内容不更新"] },
        { name: "B", unit: "甲局", platform: "微信", region: "东区", verdict: "不合格", deductions: ["x"] },
        { name: "C", unit: "乙局", platform: "抖音", checked: false, vetoes: ["内容不更新"] },
        { name: "D", unit: "乙局", platform: "微信" },
      ],
    });
    expect(accounts.total).toMatchObject({ running: 4, checked: 3, passed: 1, failed: 2, vetoed: 1 });
    expect(accounts.items.map((ci) => ci.derived)).toEqual([true, false, true, true]);
    expect(names(accounts.failed)).toEqual(["A", "B"]);
    expect(accounts.byPlatform.map((g) => g.key)).toEqual(["微信", "微博", "抖音"]);
    expect(accounts.byRegion.map((g) => [g.key, g.running, g.failed])).toEqual([["东区", 2, 2]]);
    expect(accounts.byUnit.map((g) => [g.key, g.checked, formatRate(g.passRate)])).toEqual([
      ["甲局", 2, "0%"],
      ["乙局", 1, "100%"],
    ]);
    expect(facts({ accounts: [{ name: "A", unit: "u", platform: "微信" }] }).platforms).toEqual(["微信"]);
    expect(facts({ websites: [{ name: "A", unit: "u" }] }).websites.byPlatform).toEqual([]);
  });
});

describe("mailboxes and last period's rectification", () => {
  it("derive 办结率 and 按期办结率 only where the counts are given", () => {
    const { interactions } = facts({
      interactions: [
        { channel: "市长信箱", received: 8, closed: 6, closedOnTime: 4 },
        { channel: "纠错留言", received: 2 },
      ],
    });
    expect(formatRate(interactions.onTimeRate!)).toBe("40%");
    expect(formatRate(interactions.channels[0]!.onTimeRate!)).toBe("50%");
    expect(interactions.channels[1]).toEqual({ channel: "纠错留言", received: 2, errorReport: true });
    expect(interactions).toMatchObject({ received: 10, closed: 6, closedOnTime: 4 });
    expect(facts({ interactions: [{ channel: "信箱", received: 1 }] }).interactions).toEqual({ channels: [{ channel: "信箱", received: 1, errorReport: false }], received: 1 });
  });
  it("tally each object type, list what is still open and who reported late, each once", () => {
    const { followUps } = facts({
      followUps: [
        { targetType: "政府网站", name: "甲网", unit: "甲局", status: "已整改", reportedOnTime: false },
        { targetType: "政府网站", name: "乙网", unit: "甲局", status: "整改中", problem: "栏目不更新", reportedOnTime: false },
        { name: "丙号", status: "未整改", reportedOnTime: false },
        { targetType: "政务新媒体", name: "丁号", unit: "丁局", status: "已整改", reportedOnTime: true },
      ],
    });
    expect(followUps).toMatchObject({ total: 4, fixed: 2, inProgress: 1, unfixed: 1, notReported: ["甲局", "丙号"] });
    expect(followUps.byType.map((t) => [t.type, t.tally.total, t.tally.fixed, formatRate(t.tally.fixRate)])).toEqual([
      ["政府网站", 2, 1, "50%"],
      ["其他", 1, 0, "0%"],
      ["政务新媒体", 1, 1, "100%"],
    ]);
    expect(followUps.open).toEqual([
      { name: "乙网", status: "整改中", unit: "甲局", problem: "栏目不更新" },
      { name: "丙号", status: "未整改" },
    ]);
  });
});
