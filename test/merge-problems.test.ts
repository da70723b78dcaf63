import { describe, expect, test } from "vitest";
import { classifyIndicator, groupTitleKind, indicatorRank, INDICATORS, VETO_INDICATORS } from "../src/indicators.js";
import { mergeDuplicates, mergeProblems, type Located } from "../src/merge-problems.js";
import type { Account, Problem, Website } from "../src/schema.js";

const at = (row: number) => ({ sheet: "问题清单", row });
const list = (...rows: Problem[]): Located<Problem>[] => rows.map((value, i) => ({ value, at: at(i + 2), where: (key) => ({ ...at(i + 2), header: key }) }));
const site = (name: string, unit: string, code?: string): Website => ({ name, unit, checked: true, vetoes: [], deductions: [], ...(code ? { code } : {}) });
const account = (name: string, unit: string, platform: Account["platform"]): Account => ({ name, unit, platform, checked: true, vetoes: [], deductions: [] });

describe("mergeProblems finds an item by identity", () => {
  test("by 网站标识码 when both give one, even when the names differ", () => {
    const r = mergeProblems([site("某市政府网", "某办", "3300000001")], [], list({ name: "某市人民政府门户网站", siteCode: "3300000001", category: "栏目不更新" }));
    expect(r.websites).toMatchObject([{ name: "某市政府网", vetoes: ["栏目不更新"] }]);
    expect(r.added).toEqual({ websites: 0, accounts: 0 });
  });

  test("by name and platform: one name on two platforms is two accounts", () => {
    const r = mergeProblems([], [account("某市发布", "某办", "微信"), account("某市发布", "某办", "微博")], list({ name: "某市发布", platform: "微博", category: "内容更新不及时" }));
    expect(r.accounts.map((a) => a.deductions)).toEqual([[], ["内容更新不及时"]]);
  });

  test("a name under another unit is another item, added with a warning", () => {
    const r = mergeProblems([site("某局网站", "某局")], [], list({ name: "某局网站", unit: "某县某局", category: "栏目不更新" }));
    expect(r.websites.map((w) => w.unit)).toEqual(["某局", "某县某局"]);
    expect(r.issues.map((i) => i.code)).toEqual(["problem-added-item"]);
  });

  test("points of a deduction add up; descriptions are joined once each", () => {
    const r = mergeProblems(
      [site("某局网站", "某局")],
      [],
      list(
        { name: "某局网站", category: "错别字", points: 1, description: "首页错字" },
        { name: "某局网站", category: "错别字", points: 0.5, description: "首页错字" },
      ),
    );
    expect(r.websites[0]).toMatchObject({ deductions: ["错别字"], deductionPoints: { 错别字: 1.5 }, description: "首页错字" });
  });

  test("does not change the items it was given", () => {
    const given = [site("某局网站", "某局")];
    mergeProblems(given, [], list({ name: "某局网站", category: "栏目不更新" }));
    expect(given[0]!.vetoes).toEqual([]);
  });
});

describe("mergeDuplicates", () => {
  const rows = (...values: Website[]): Located<Website>[] => values.map((value, i) => ({ value, at: { sheet: "政府网站", row: i + 2 }, where: () => ({ sheet: "政府网站", row: i + 2 }) }));

  test("keeps repeated rows apart, with the duplicate warning, when asked not to merge", () => {
    const r = mergeDuplicates(rows({ ...site("甲网", "甲局"), vetoes: ["栏目不更新"] }, site("甲网", "甲局")), "websites", false);
    expect(r.rows).toHaveLength(2);
    expect(r.issues.map((i) => i.code)).toEqual(["duplicate-row"]);
  });
});

describe("the indicator vocabulary", () => {
  test("lists the 单项否决 indicators first, so problem categories sort veto before deduction", () => {
    expect(INDICATORS.slice(0, VETO_INDICATORS.length).every((i) => i.kind === "veto")).toBe(true);
    expect(indicatorRank("站点无法访问")).toBeLessThan(indicatorRank("内容更新不及时"));
    expect(indicatorRank("某个自拟分类")).toBe(INDICATORS.length);
  });

  test("classifies the common spellings of an indicator", () => {
    expect(classifyIndicator("网站不更新")?.indicator.name).toBe("首页不更新");
    expect(classifyIndicator("严重表述错误")?.kind).toBe("veto");
    expect(classifyIndicator("3.链接无法访问（扣分）")).toMatchObject({ kind: "deduction", indicator: { name: "功能设计" } });
    expect(classifyIndicator("单项否决指标")).toBeUndefined();
  });

  test("reads group titles, with or without a note", () => {
    expect(groupTitleKind("单项否决指标（任一项即不合格）")).toBe("veto");
    expect(groupTitleKind("扣分指标")).toBe("deduction");
    expect(groupTitleKind("基本信息")).toBe("other");
    expect(groupTitleKind("网站名称")).toBeUndefined();
  });
});
