import { describe, expect, test } from "vitest";
import { formatIssue } from "../../src/errors.js";
import { composeBuiltin } from "../compose/helpers.js";
import { readAndValidate, writeWorkbook, type SheetDef } from "../helpers/workbook-builder.js";
import { matrixShape, NOTICE, problemListShape, templateShape, twoRowHeaderShape } from "./shapes-city.js";

async function validated(sheets: SheetDef[]) {
  const outcome = await readAndValidate(await writeWorkbook(sheets));
  if (!outcome.ok) throw new Error(outcome.issues.map(formatIssue).join("\n"));
  return outcome.result;
}

/** The composed notice as comparable JSON: body, tables, attachments. */
const STALE_TEXT = "通知公告栏目6个月未更新";
const notice = async (sheets: SheetDef[]) => JSON.stringify(composeBuiltin((await validated(sheets)).data).document);

describe("the same city pasted in another shape gives the same notice", () => {
  test("a registry plus a 问题清单 reads as the template filled in", async () => {
    const template = await notice(templateShape());
    for (const said of ["栏目不更新", "互动回应差", "监测时间点前2周内无更新", "澄江市财政局网站", STALE_TEXT]) expect(template).toContain(said);
    expect(await notice(problemListShape())).toEqual(template);
  });

  test("an indicator matrix reads as the template filled in", async () => {
    expect(await notice(matrixShape())).toEqual(await notice(templateShape("链接无法访问")));
  });

  test("a title row and a two-row header of group titles read as the template filled in", async () => {
    expect(await notice(twoRowHeaderShape())).toEqual(await notice(templateShape()));
  });
});

describe("validate says how it understood each sheet", () => {
  test("a 问题清单 is merged into its items, with the count", async () => {
    const r = await validated(problemListShape());
    expect(r.shapes).toContain("问题明细：7条问题合并入5个对象。");
    expect(r.data.websites.map((w) => w.name)).toHaveLength(4);
    expect(r.data.websites[2]).toMatchObject({ vetoes: ["站点无法访问", "互动回应差"], deductions: [] });
    expect(r.data.registry).toEqual({ websites: true, accounts: true });
  });

  test("an indicator matrix names its indicator columns and keeps the points deducted", async () => {
    const r = await validated(matrixShape());
    expect(r.shapes).toEqual(["政府网站：指标矩阵，6个指标列。", "政务新媒体：指标矩阵，3个指标列。"]);
    expect(r.data.websites[0]).toMatchObject({ deductions: ["内容更新不及时", "链接无法访问"], deductionPoints: { 内容更新不及时: 2, 链接无法访问: 1 } });
    expect(r.data.accounts[2]).toMatchObject({ deductions: ["内容更新不及时"], deductionPoints: { 内容更新不及时: 1 } });
  });

  test("a two-row header is reported with its rows", async () => {
    const r = await validated(twoRowHeaderShape());
    expect(r.shapes).toEqual(["政府网站：两行表头（第2–3行），指标矩阵，6个指标列。", "政务新媒体：两行表头（第1–2行），指标矩阵，3个指标列。"]);
  });
});

describe("a 问题清单 alone", () => {
  const listOnly = (): SheetDef[] => [
    NOTICE,
    {
      name: "问题清单",
      rows: [
        ["对象类型", "对象名称", "网站标识码", "平台类型", "责任单位", "问题分类", "问题描述"],
        ["政府网站", "澄江市教育局网站", "", "", "澄江市教育局", "栏目不更新", "通知公告栏目6个月未更新"],
        ["", "澄江市财政局网站", "3301000003", "", "", "站点无法访问", ""],
        ["", "澄江市财政局网站", "3301000003", "", "澄江市财政局", "内容更新不及时", "首页要闻2周未更新"],
        ["政务新媒体", "澄江教育", "", "微博", "澄江市教育局", "监测时间点前2周内无更新", ""],
      ],
    },
  ];

  test("adds every listed item as checked, a row without its unit taking it from the item's other row", async () => {
    const r = await validated(listOnly());
    expect(r.data.websites.map((w) => [w.name, w.unit, w.checked, w.vetoes, w.deductions])).toEqual([
      ["澄江市教育局网站", "澄江市教育局", true, ["栏目不更新"], []],
      ["澄江市财政局网站", "澄江市财政局", true, ["站点无法访问"], ["内容更新不及时"]],
    ]);
    expect(r.data.accounts.map((a) => [a.name, a.platform, a.vetoes])).toEqual([["澄江教育", "微博", ["监测时间点前2周内无更新"]]]);
  });

  test("marks the running totals unknown and says so", async () => {
    const r = await validated(listOnly());
    expect(r.data.registry).toEqual({ websites: false, accounts: false });
    expect(r.shapes[0]).toBe("问题清单：4条问题合并入3个对象（其中3个只在问题清单中出现，已新增为已检查对象）。");
    expect(r.shapes).toContain("没有政府网站台账：只知道问题清单中的2个对象，通报不写运行总数（可在通报信息中填写政府网站总数）。");
  });

  test("gives a notice that claims no running total", async () => {
    const { aggregate } = await import("../../src/aggregate/aggregate.js");
    const r = await validated(listOnly());
    expect(aggregate(r.data).websites.sample.total).toBeUndefined();
    const text = await notice(listOnly());
    expect(text).not.toMatch(/共有政府网站|共开设/);
    expect(text).toContain("澄江市财政局网站");
  });

  test("infers 单项否决 or 扣分 from the indicator system and warns about an unknown category", async () => {
    const sheets = listOnly();
    sheets[1]!.rows.push(["", "澄江市教育局网站", "", "", "澄江市教育局", "附件无法下载", ""]);
    const r = await validated(sheets);
    expect(r.data.websites[0]!.deductions).toEqual(["附件无法下载"]);
    expect(r.warnings.map(formatIssue)).toContain(
      "问题清单!F6（问题分类）：问题分类“附件无法下载”不在全国检查指标中，按扣分问题处理；如属单项否决，请在“问题类型”列填写“单项否决”。",
    );
  });
});

describe.each([
  ["scanned", {}],
  ["read whole", { fast: false }],
  ["streamed", { fast: false, streamAbove: 0 }],
] as const)("merged group titles, %s,", (_, options) => {
  test("reach the header expanded, so every reader reads the same matrix", async () => {
    const outcome = await readAndValidate(await writeWorkbook(twoRowHeaderShape()), options);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.shapes).toEqual(["政府网站：两行表头（第2–3行），指标矩阵，6个指标列。", "政务新媒体：两行表头（第1–2行），指标矩阵，3个指标列。"]);
    expect(outcome.result.data.websites.map((w) => [w.vetoes, w.deductions])).toEqual([
      [[], ["内容更新不及时", "附件无法下载"]],
      [["栏目不更新"], []],
      [["站点无法访问", "互动回应差"], []],
      [[], []],
    ]);
  });
});

describe("exports in other spellings", () => {
  test("a sheet named 政务新媒体问题清单 is a problem list of accounts", async () => {
    const r = await validated([
      NOTICE,
      {
        name: "政务新媒体问题清单",
        rows: [
          ["账号名称", "开设主体", "问题分类"],
          ["澄江教育", "澄江市教育局", "未提供有效互动功能"],
        ],
      },
      { name: "政务新媒体", rows: [["账号名称", "平台类型", "开设主体"], ["澄江教育", "微博", "澄江市教育局"]] },
    ]);
    expect(r.data.accounts).toMatchObject([{ name: "澄江教育", vetoes: ["未提供有效互动功能"] }]);
    expect(r.data.websites).toEqual([]);
  });

  test("numbered, wrapped and annotated indicator headers under an annotated group title", async () => {
    const r = await validated([
      NOTICE,
      {
        name: "政府网站",
        rows: [
          ["", "", "单项否决指标（任一项即为不合格）", "", "扣分指标（100分）"],
          ["网站名称", "主办单位", "1.站点无法\n访问", "（二）栏目不更新", "首页栏目更新（分）"],
          ["澄江市教育局网站", "澄江市教育局", "", "√", 3],
        ],
      },
    ]);
    expect(r.data.websites[0]).toMatchObject({ vetoes: ["栏目不更新"], deductions: ["首页栏目更新"], deductionPoints: { 首页栏目更新: 3 } });
  });

  test("a JSON problems list merges like the sheet, kind given in English", async () => {
    const { readInput } = await import("../../src/read/read-input.js");
    const { validate } = await import("../../src/validate.js");
    const { writeText } = await import("../helpers/workbook-builder.js");
    const file = await writeText(
      "problems.json",
      JSON.stringify({
        notice: { issuer: "澄江市人民政府办公室", recipients: "各县（区）人民政府", signDate: "2023-07-20", period: "2023-Q2" },
        problems: [{ name: "澄江市财政局网站", unit: "澄江市财政局", kind: "veto", category: "服务不实用", description: "办事指南要素缺失" }],
      }),
    );
    const r = validate(await readInput(file));
    expect(r.data.websites).toEqual([{ name: "澄江市财政局网站", unit: "澄江市财政局", checked: true, vetoes: ["服务不实用"], deductions: [], description: "办事指南要素缺失" }]);
    expect(r.data.registry).toEqual({ websites: false, accounts: true });
  });
});

describe("an item sheet with one row per problem and no 问题清单", () => {
  test("counts 甲局网站 once: two websites checked, one passed — not three and 66.7%", async () => {
    const { aggregate } = await import("../../src/aggregate/aggregate.js");
    const r = await validated([
      NOTICE,
      {
        name: "政府网站",
        rows: [
          ["网站名称", "主办单位", "突出问题", "扣分问题", "问题描述"],
          ["甲局网站", "甲局", "栏目不更新", "", "通知公告栏目6个月未更新"],
          ["甲局网站", "甲局", "", "内容更新不及时", "要闻2周未更新"],
          ["乙局网站", "乙局", "", "", ""],
        ],
      },
    ]);
    expect(r.data.websites).toMatchObject([
      { name: "甲局网站", vetoes: ["栏目不更新"], deductions: ["内容更新不及时"], description: "通知公告栏目6个月未更新；要闻2周未更新" },
      { name: "乙局网站" },
    ]);
    expect(aggregate(r.data).websites.total).toMatchObject({ running: 2, checked: 2, passed: 1, failed: 1 });
  });
});

describe("header detection", () => {
  test("finds the header under five title rows and says where it is", async () => {
    const titles = [["澄江市人民政府办公室"], ["2023年第二季度"], ["政府网站检查结果"], ["（第一批）"], ["填报时间：2023年7月"]];
    const r = await validated([
      NOTICE,
      { name: "政府网站", rows: [...titles, ["网站名称", "主办单位", "栏目不更新"], ["澄江市教育局网站", "澄江市教育局", "√"]] },
    ]);
    expect(r.shapes).toEqual(["政府网站：表头在第6行，指标矩阵，1个指标列。"]);
    expect(r.data.websites).toMatchObject([{ name: "澄江市教育局网站", vetoes: ["栏目不更新"] }]);
  });

  test("leaves a column whose header is no indicator and stands under no group ignored", async () => {
    const r = await validated([
      NOTICE,
      { name: "政府网站", rows: [["网站名称", "主办单位", "检查人", "首页栏目"], ["澄江市教育局网站", "澄江市教育局", "张三", "√"]] },
    ]);
    expect(r.data.websites).toMatchObject([{ vetoes: [], deductions: [] }]);
    expect(r.shapes).toEqual([]);
  });
});

describe("a 问题清单 whose 问题类型 column holds the category", () => {
  test("reads it as 问题分类 when there is no 问题分类 column", async () => {
    const r = await validated([
      NOTICE,
      {
        name: "检查问题清单",
        rows: [
          ["网站名称", "主办单位", "问题类型", "问题描述"],
          ["澄江市教育局网站", "澄江市教育局", "栏目不更新", "通知公告栏目6个月未更新"],
          ["澄江市教育局网站", "澄江市教育局", "错别字", "领导姓名写错"],
        ],
      },
    ]);
    expect(r.data.websites).toMatchObject([{ vetoes: ["栏目不更新"], deductions: ["错别字"], description: "通知公告栏目6个月未更新；领导姓名写错" }]);
  });
});
