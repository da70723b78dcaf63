/** The wave-2 items of 通报信息, 信息发布统计's extra columns and 正文's 标题, read from real workbooks. */
import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { formatIssue } from "../../src/errors.js";
import { templateWorkbook } from "../../src/init-workbook.js";
import { inputJsonSchema } from "../../src/json-schema.js";
import { readJsonText } from "../../src/read/read-json.js";
import { validate } from "../../src/validate.js";
import { readAndValidate, tempPath, validSheets, withSheet, writeWorkbook, type Outcome } from "../helpers/workbook-builder.js";

const notice = (rows: unknown[][]) => withSheet("通报信息", (d) => ({ ...d, rows: [...d.rows, ...rows] }));
const errors = (o: Outcome) => (o.ok ? [] : o.issues.filter((i) => i.severity === "error").map(formatIssue));

async function validated(sheets = validSheets()) {
  const o = await readAndValidate(await writeWorkbook(sheets));
  if (!o.ok) throw new Error(o.issues.map(formatIssue).join("\n"));
  return o.result;
}

describe("the 通报信息 items of wave 2", () => {
  test("a clerk who types 3 into 合格率小数位数 of the init template is told at the cell, B17", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateWorkbook()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("通报信息")!;
    expect(ws.getCell("A17").value).toBe("合格率小数位数");
    ws.getCell("B17").value = 3;
    const file = await tempPath("template-3-decimals.xlsx");
    await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const o = await readAndValidate(file);
    expect(errors(o)).toContain("通报信息!B17（合格率小数位数）：合格率小数位数应不大于2，实际为“3”。");
  });

  test("reads 检查类型, the totals, the styles and the scope in Chinese and stores the JSON values", async () => {
    const r = await validated(
      notice([
        ["检查类型", "抽查"],
        ["政府网站总数", 158],
        ["合格率小数位数", 2],
        ["名称写法", "单位加名称"],
        ["问题名单范围", "不合格"],
        ["分项统计", "平台类型、类别"],
        ["整改截止日期", "2020-09-28 18:00"],
        ["调查报送日期", "2020年9月18日"],
        ["逾期处理", "对逾期未进行反馈的部门，年终考核将予以扣分"],
      ]),
    );
    expect(r.data.notice).toMatchObject({
      checkKind: "sample",
      websiteTotal: 158,
      rateDecimals: 2,
      nameStyle: "单位加名称",
      problemListScope: "不合格",
      breakdowns: ["平台类型", "单位类别"],
      deadline: "2020-09-28T18:00",
      surveyDeadline: "2020-09-18",
      overdueNote: "对逾期未进行反馈的部门，年终考核将予以扣分",
    });
  });

  test("names the choices in Chinese when 检查类型 or 分项统计 is misspelt", async () => {
    const o = await readAndValidate(await writeWorkbook(notice([["检查类型", "普查"], ["分项统计", "单位类别、地域"]])));
    expect(errors(o)).toEqual([
      "通报信息!B9（检查类型）：“普查”不是可识别的检查类型，可选：检查、抽查。",
      "通报信息!B10（分项统计）：“地域”不是可识别的分项统计，可选：单位类别、所属地区、平台类型。",
    ]);
  });

  test("refuses a 政府网站总数 below the rows of 政府网站, at its cell", async () => {
    const o = await readAndValidate(await writeWorkbook(notice([["政府网站总数", 1]])));
    expect(errors(o)).toEqual(["通报信息!B9（政府网站总数）：政府网站总数（1）少于“政府网站”工作表中的2行；总数应不少于表中所列的数量，或不填（按表中行数计）。"]);
  });

  test("refuses a time of day that does not exist on 整改截止日期", async () => {
    const o = await readAndValidate(await writeWorkbook(notice([["整改截止日期", "2020-09-28 25:00"]])));
    expect(errors(o)[0]).toMatch(/^通报信息!B9（整改截止日期）：“2020-09-28 25:00”中的时刻不存在/);
  });

  test("keeps 检查期间 and the 平台类型 as the office wrote them next to the canonical values", async () => {
    const sheets = withSheet("政务新媒体", (d) => ({ ...d, rows: [d.rows[0]!, [1, "健康某市", "某市卫生健康委员会", "微信服务号", "合格", "", 5, ""]] }));
    sheets[0]!.rows[3] = ["检查期间", "2020年第3季度"];
    const r = await validated(sheets);
    expect(r.data.notice).toMatchObject({ period: "2020-Q3", periodText: "2020年第3季度" });
    expect(r.data.accounts[0]).toMatchObject({ platform: "微信", platformText: "微信服务号" });
  });
});

describe("信息发布统计's other columns and 正文's 标题", () => {
  test("keeps every other column whose cells are numbers, by its header, and leaves text columns alone", async () => {
    const sheets = withSheet("信息发布统计", (d) => ({
      ...d,
      rows: [
        ["单位名称", "单位类别", "主动公开信息条数", "动态类信息条数", "政府信息公开栏目信息条数", "联系人"],
        ["某镇人民政府", "乡镇（街道）", 56, "40条", 16, "张三"],
        ["某县教育局", "县级部门", 31, 0, "1,200", "李四"],
      ],
    }));
    const r = await validated(sheets);
    expect(r.data.publications.map((p) => p.extra)).toEqual([
      { 动态类信息条数: 40, 政府信息公开栏目信息条数: 16 },
      { 动态类信息条数: 0, 政府信息公开栏目信息条数: 1200 },
    ]);
  });

  test("reads 正文's 标题 column onto the section", async () => {
    const sheets = withSheet("正文", (d) => ({ ...d, rows: [["章节", "标题", "内容"], ["经验做法", "经验做法", "（一）强化领导。"]] }));
    const r = await validated(sheets);
    expect(r.data.sections).toEqual([{ section: "主要工作", title: "经验做法", text: "（一）强化领导。" }]);
  });

  test("reads the same items from JSON under the keys the contract names, errors located by path", () => {
    const doc = {
      notice: { issuer: "某办", recipients: "各单位", signDate: "2023-07-20", period: "2023年7月份", checkKind: "sample", accountTotal: 2, rateDecimals: 0 },
      accounts: [{ name: "A", unit: "甲", platform: "新浪微博" }],
      publications: [{ unit: "甲", category: "县级部门", published: 5, extra: { 动态类信息条数: 3 } }],
      sections: [{ section: "存在问题", title: "本季度抽查发现的主要问题", text: "……" }],
    };
    const r = validate(readJsonText(JSON.stringify(doc), "in.json"));
    expect(r.data.notice).toMatchObject({ periodText: "2023年7月份", checkKind: "sample", accountTotal: 2, rateDecimals: 0 });
    expect(r.data.accounts[0]).toMatchObject({ platform: "微博", platformText: "新浪微博" });
    expect(r.data.publications[0]!.extra).toEqual({ 动态类信息条数: 3 });
    expect(r.data.sections[0]!.title).toBe("本季度抽查发现的主要问题");
    const bad = { ...doc, publications: [{ ...doc.publications[0], extra: { 动态类信息条数: "很多" } }] };
    expect(() => validate(readJsonText(JSON.stringify(bad), "in.json"))).toThrow(/中有1处错误/);
  });

  test("describes the new keys in the JSON Schema, without the fields the reader fills itself", () => {
    const s = inputJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown>; items?: { properties: Record<string, unknown> } }> };
    const notice = s.properties.notice!.properties!;
    for (const k of ["checkKind", "websiteTotal", "accountTotal", "rateDecimals", "nameStyle", "problemListScope", "breakdowns", "surveyDeadline", "overdueNote"]) expect(notice).toHaveProperty(k);
    expect(notice).not.toHaveProperty("periodText");
    expect(s.properties.accounts!.items!.properties).not.toHaveProperty("platformText");
    expect(s.properties.publications!.items!.properties).toHaveProperty("extra");
    expect(s.properties.sections!.items!.properties).toHaveProperty("title");
  });
});
