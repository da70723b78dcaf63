import { describe, expect, it } from "vitest";
import { InspectionSchema, type Inspection } from "../../src/schema.js";
import { bodyText, composeBuiltin, seed } from "./helpers.js";

const notice = { issuer: "某市人民政府办公室", recipients: "各区人民政府", signDate: "2024-10-12", period: "2024-Q3", scope: "全市" };
const data = (partial: Record<string, unknown>): Inspection => InspectionSchema.parse({ notice, ...partial });

/** Clauses of the body (split at 。；), long enough to be a statement rather than a stock phrase. */
const clauses = (text: string) => text.split(/[。；\n]/).filter((c) => c.length > 12);

describe("存在问题 wording", () => {
  const websites = [
    { name: "科技局网站", unit: "科技局", vetoes: [], deductions: ["留言答复不及时", "办事指南要素缺失"], description: "多条留言答复超期，办事指南缺少办理流程" },
    { name: "医保局网站", unit: "医保局", deductions: ["办事指南要素缺失"], description: "部分办事指南缺少办理时限" },
    { name: "水利局网站", unit: "水利局", vetoes: ["链接无法访问"], deductions: ["政策解读不规范"], description: "首页存在3个无法访问的链接，政策解读未关联发布" },
  ];
  const text = bodyText(composeBuiltin(data({ websites })).document);

  it("prints an item's description once, under its first category (突出问题 first, then 扣分问题 in the row's order)", () => {
    expect(text.split("多条留言答复超期").length - 1).toBe(1);
    expect(text).toContain("留言答复不及时问题。“科技局网站”多条留言答复超期，办事指南缺少办理流程。");
    expect(text.split("首页存在3个无法访问的链接").length - 1).toBe(1);
    expect(text).toContain("链接无法访问问题。“水利局网站”首页存在3个无法访问的链接，政策解读未关联发布。");
  });

  it("names the item under its other categories without the description: also after described items, alone otherwise", () => {
    expect(text).toContain("办事指南要素缺失问题。“医保局网站”部分办事指南缺少办理时限；“科技局网站”也存在此类问题。");
    expect(text).toContain("政策解读不规范问题。“水利局网站”存在此类问题。");
  });

  it("never repeats a sentence in the notices of the seeds", () => {
    for (const name of ["changzhou", "ningxia", "qingshen", "panjin"]) {
      const all = clauses(bodyText(composeBuiltin(seed(name)).document));
      expect(all.filter((c, i) => all.indexOf(c) !== i), name).toEqual([]);
    }
  });
});

describe("joined lists", () => {
  it("join three parts of the 上期整改 subject with 、 and a final 和", () => {
    const followUps = [
      { targetType: "政府网站", name: "甲网站", status: "已整改" },
      { targetType: "政务新媒体", name: "乙发布", status: "未整改" },
      { name: "丙", status: "已整改" },
    ];
    const text = bodyText(composeBuiltin(data({ websites: [{ name: "网", unit: "办" }], followUps })).document);
    expect(text).toContain("上季度通报的1家“问题网站”、1个“问题政务新媒体”和1个其他问题，已整改2个");
    expect(text).not.toMatch(/和[^。]*和1个其他问题/);
  });

  it("join two parts with 和 alone", () => {
    const followUps = [
      { targetType: "政府网站", name: "甲网站", status: "已整改" },
      { targetType: "政务新媒体", name: "乙发布", status: "已整改" },
    ];
    expect(bodyText(composeBuiltin(data({ followUps })).document)).toContain("上季度通报的1家“问题网站”和1个“问题政务新媒体”，已整改2个");
  });
});

describe("problem category wording", () => {
  const websites = [{ name: "甲网", unit: "甲", deductions: ["存在商业广告"] }, { name: "乙网", unit: "乙", deductions: ["链接无法访问问题"] }];

  it("never doubles a category's own 存在 or 问题, in the 季度通报 and the 月度通报", () => {
    for (const period of ["2024-Q3", "2024-09"]) {
      const text = bodyText(composeBuiltin(InspectionSchema.parse({ notice: { ...notice, period }, websites })).document);
      expect(text, period).toContain("存在商业广告问题");
      expect(text, period).toContain("存在链接无法访问问题");
      expect(text, period).not.toMatch(/存在存在|问题问题/);
    }
  });
});
