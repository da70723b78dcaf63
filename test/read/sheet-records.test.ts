/** A worksheet's rows → records: the header found by its text under any title rows, every cell located, blank rows skipped. */
import { describe, expect, it } from "vitest";
import { sheetSpec } from "../../src/columns.js";
import type { Issue } from "../../src/errors.js";
import { columnLetter, sheetRecords, type SheetRow } from "../../src/read/sheet-records.js";

/** Rows as a worksheet gives them: Excel row numbers from 1, values by 1-based column (index 0 unused). */
const rows = (...values: unknown[][]): SheetRow[] => values.map((v, i) => [i + 1, [undefined, ...v]] as const);
const read = (key: Parameters<typeof sheetSpec>[0], r: SheetRow[], name = "表") => {
  const issues: Issue[] = [];
  const sheet = sheetRecords(sheetSpec(key), name, r, issues);
  const values = sheet.records.map((rec) => Object.fromEntries(Object.entries(rec.cells).map(([k, c]) => [k, c.value])));
  return { sheet, issues, values };
};

describe("columnLetter", () => {
  it("names columns as Excel does", () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });
});

describe("a table sheet", () => {
  it("finds the header under title rows and locates every cell by row, letter and header as written", () => {
    const { sheet, values } = read("websites", rows(["2023年检查结果"], [], ["序号", "网站名称 *", "主办单位", "得分"], [1, "甲网", "甲局", 90]));
    expect(values).toEqual([{ name: "甲网", unit: "甲局", score: 90 }]);
    expect(sheet.records[0]!.at).toEqual({ sheet: "表", row: 4 });
    expect(sheet.records[0]!.cells.unit!.at).toEqual({ sheet: "表", row: 4, column: "C", header: "主办单位" });
    expect(sheet.columns).toEqual({ name: { column: "B", header: "网站名称 *" }, unit: { column: "C", header: "主办单位" }, score: { column: "D", header: "得分" } });
  });
  it("takes the row naming the most columns as the header, the first of equals, and a column named twice once", () => {
    const { sheet, values } = read("websites", rows(["网站名称"], ["网站名称", "主办单位", "网站名称"], ["甲网", "甲局", "乙网"]));
    expect(values).toEqual([{ name: "甲网", unit: "甲局" }]);
    expect(sheet.columns!.name).toEqual({ column: "A", header: "网站名称" });
    // Two rows that each name one column: the first is the header, the second is data.
    expect(read("websites", rows(["网站名称"], ["主办单位"], ["甲网"])).values).toEqual([{ name: "主办单位" }, { name: "甲网" }]);
  });
  it("skips blank rows and rows holding only a 序号 or spaces, and leaves blank cells out", () => {
    const { values, sheet } = read("websites", rows(["序号", "网站名称", "主办单位"], [1, "  ", null], [], [2, "乙网", " "]));
    expect(values).toEqual([{ name: "乙网" }]);
    expect(sheet.records[0]!.at.row).toBe(4);
  });
  it("reports a broken cell where it is and keeps the row", () => {
    const { issues, sheet } = read("websites", rows(["网站名称", "得分"], ["甲网", { error: "#REF!" }]), "政府网站");
    expect(issues).toEqual([
      {
        code: "broken-cell",
        severity: "error",
        message: "单元格是错误值“#REF!”，应为有效的值；请修正引用或公式，或直接填写数值。",
        location: { sheet: "政府网站", row: 2, column: "B", header: "得分" },
        value: { error: "#REF!" },
      },
    ]);
    expect(sheet.records[0]!.cells.score).toEqual({ value: undefined, at: issues[0]!.location, broken: true });
  });
  it("gives a sheet without a header no records and no columns", () => {
    expect(read("websites", rows(["甲", "乙"], ["丙"])).sheet).toEqual({ key: "websites", name: "表", at: { sheet: "表" }, records: [], columns: {} });
    expect(read("websites", rows(["序号"], [1])).sheet.records).toEqual([]);
  });
  it("looks for the header in the first twenty rows only", () => {
    const titles = Array.from({ length: 20 }, () => ["标题"]);
    expect(read("websites", rows(...titles, ["网站名称"], ["甲网"])).sheet.records).toEqual([]);
    expect(read("websites", rows(...titles.slice(1), ["网站名称"], ["甲网"])).values).toEqual([{ name: "甲网" }]);
  });
});

describe("the 通报信息 sheet", () => {
  it("reads 项目 | 内容 rows into one record, each value located in the 内容 column", () => {
    const { sheet, values, issues } = read("notice", rows(["说明文字"], ["项目", "内容"], ["发文机关", "某办"], ["成文日期", "2023-07-20"], ["主送", ""]), "通报信息");
    expect(values).toEqual([{ issuer: "某办", signDate: "2023-07-20" }]);
    expect(sheet.records[0]!.cells.issuer!.at).toEqual({ sheet: "通报信息", row: 3, column: "B", header: "发文机关" });
    expect(sheet.columns!.recipients).toEqual({ column: "B", header: "主送", row: 5 });
    expect(issues).toEqual([]);
  });
  it("warns about an unknown item and a repeated one, each where it is", () => {
    const { values, issues } = read("notice", rows(["项目", "内容"], ["发文机关", "某办"], ["颜色", "红"], ["发文单位", "另一办"], ["备忘", ""], ["项目", "x"]), "通报信息");
    expect(values).toEqual([{ issuer: "某办" }]);
    expect(issues.map((i) => [i.code, i.severity, i.message, i.location])).toEqual([
      ["unknown-item", "warning", "未识别的项目“颜色”，已忽略。", { sheet: "通报信息", row: 3, column: "A" }],
      ["duplicate-item", "warning", "项目“发文单位”重复出现，以第2行为准，本行已忽略。", { sheet: "通报信息", row: 4, column: "B", header: "发文单位" }],
    ]);
  });
  it("finds the items in the first column that names one when there is no 项目 | 内容 header", () => {
    const { values, sheet } = read("notice", rows(["", "填表说明"], ["", "发文机关", "某办"], ["", "主送机关", "各区"]));
    expect(values).toEqual([{ issuer: "某办", recipients: "各区" }]);
    expect(sheet.records[0]!.cells.recipients!.at).toMatchObject({ row: 3, column: "C" });
  });
  it("reads items laid out across one header row from the row below, warning about any further rows", () => {
    const { values, issues, sheet } = read("notice", rows(["发文机关", "主送机关", "成文日期"], ["某办", "各区", "2023-07-20"], ["另一办", "", ""]), "通报信息");
    expect(values).toEqual([{ issuer: "某办", recipients: "各区", signDate: "2023-07-20" }]);
    expect(sheet.records[0]!.at).toEqual({ sheet: "通报信息" });
    expect(issues).toEqual([{ code: "extra-rows", severity: "warning", message: "“通报信息”只读取第一行内容，其余1行已忽略。", location: { sheet: "通报信息", row: 3 } }]);
    expect(read("notice", rows(["发文机关", "主送机关", "成文日期"], ["某办", "各区", "2023-07-20"])).issues).toEqual([]);
  });
  it("gives an empty record when nothing names an item", () => {
    expect(read("notice", rows(["甲", "乙"])).sheet.records).toEqual([{ at: { sheet: "表" }, cells: {} }]);
  });
});

describe("indicator columns of a website sheet", () => {
  const marks = (r: SheetRow[]) => {
    const { sheet, issues } = read("websites", r);
    return { marks: sheet.records.map((rec) => (rec.marks ?? []).map((m) => [m.indicator, m.kind, m.cell.value])), sheet, issues };
  };

  it("name each indicator as written without its number, spaces, a trailing * or note", () => {
    const { marks: found, sheet } = marks(
      rows(["网站名称", "主办单位", "（1）站点无法访问*", "2. 栏目 不更新（单项否决）", "三、互动回应差", "（四）内容更新不及时", "5．错别字"], ["甲网", "甲局", "√", "√", "√", 2, 1]),
    );
    expect(found).toEqual([
      [
        ["站点无法访问", "veto", "√"],
        ["栏目不更新", "veto", "√"],
        ["互动回应差", "veto", "√"],
        ["内容更新不及时", "deduction", 2],
        ["错别字", "deduction", 1],
      ],
    ]);
    expect(sheet.shape).toEqual({ headerRows: [1], indicatorColumns: 5 });
  });

  it("take an unknown indicator's kind from its group title, but not a total, a note or a score under it", () => {
    const { marks: found } = marks(
      rows(
        ["", "", "单项否决指标", "单项否决指标", "扣分指标", "扣分指标", "扣分指标", "扣分指标"],
        ["网站名称", "主办单位", "首页泄密信息", "小计", "说明性文字缺失", "扣分合计", "备注", "结论性内容缺失"],
        ["甲网", "甲局", "√", 1, 2, 3, "无", 4],
      ),
    );
    expect(found).toEqual([
      [
        ["首页泄密信息", "veto", "√"],
        ["说明性文字缺失", "deduction", 2],
        ["结论性内容缺失", "deduction", 4],
      ],
    ]);
  });

  it("warn, at the header cell, about a known indicator listed under the other kind's group title", () => {
    const { marks: found, issues } = marks(rows(["", "", "扣分指标"], ["网站名称", "主办单位", "站点无法访问"], ["甲网", "甲局", "√"]));
    expect(found).toEqual([[["站点无法访问", "veto", "√"]]]);
    expect(issues.map((i) => [i.code, i.message, i.location])).toEqual([
      ["indicator-group", "指标“站点无法访问”属于单项否决指标，但列在“扣分指标”之下；按单项否决处理，请核对。", { sheet: "表", row: 2, column: "C", header: "站点无法访问" }],
    ]);
  });

  it("give a row with no ticked indicator no marks, and read an indicator named twice once", () => {
    const { sheet } = marks(rows(["网站名称", "主办单位", "站点无法访问", "站点无法访问（一票否决）"], ["甲网", "甲局", "", "√"], ["乙网", "乙局", "√", ""]));
    expect(sheet.records[0]!.marks).toBeUndefined();
    expect(sheet.records[1]!.marks!.map((m) => m.cell.at)).toEqual([{ sheet: "表", row: 3, column: "C", header: "站点无法访问" }]);
  });
});

describe("the 项目 | 内容 header of 通报信息", () => {
  it("is the first row holding both, the first of each when a row holds two", () => {
    const { values, sheet } = read("notice", rows(["项目"], ["项目", "内容", "项目", "内容"], ["发文机关", "某办", "主送机关", "各区"]), "通报信息");
    expect(values).toEqual([{ issuer: "某办" }]);
    expect(sheet.records[0]!.cells.issuer!.at).toEqual({ sheet: "通报信息", row: 3, column: "B", header: "发文机关" });
  });
});

describe("extra columns of 信息发布统计", () => {
  it("become extra.<header> fields (validation keeps the numeric ones), a numeric header as its digits, each located; blank headers are none", () => {
    const { sheet, values } = read(
      "publications",
      rows(["单位名称", "单位类别", "主动公开信息条数", "动态类信息条数", 2024, "", "单位名称"], ["甲局", "县级部门", 12, 5, 7, 9, "乙局"]),
    );
    expect(values).toEqual([{ unit: "甲局", category: "县级部门", published: 12, "extra.动态类信息条数": 5, "extra.2024": 7, "extra.单位名称": "乙局" }]);
    expect(sheet.columns!["extra.2024"]).toEqual({ column: "E", header: "2024" });
    expect(sheet.records[0]!.cells["extra.动态类信息条数"]!.at).toEqual({ sheet: "表", row: 2, column: "D", header: "动态类信息条数" });
  });
});

describe("a two-row header", () => {
  it("takes a column's name from the row above where its own cell is blank (a merged cell), reporting both rows", () => {
    const { sheet, values } = read("websites", rows(["网站名称", "主办单位", "检查情况", "检查情况"], ["", "", "得分", "检查结论"], ["甲网", "甲局", 90, "合格"]));
    expect(values).toEqual([{ name: "甲网", unit: "甲局", score: 90, verdict: "合格" }]);
    expect(sheet.columns!.unit).toEqual({ column: "B", header: "主办单位" });
    expect(sheet.shape).toEqual({ headerRows: [1, 2], indicatorColumns: 0 });
  });

  it("is not made of rows with a row between them", () => {
    const apart: SheetRow[] = [
      [1, [undefined, "网站名称", "主办单位"]],
      [3, [undefined, "", "", "得分"]],
      [4, [undefined, "甲网", "甲局", 90]],
    ];
    const { sheet } = read("websites", apart);
    expect(sheet.shape!.headerRows).toEqual([1]);
  });
});


describe("the 项目 | 内容 header, read exactly", () => {
  it("reads only the rows below it, from its own columns even when they are apart", () => {
    const { values, issues, sheet } = read("notice", rows(["发文机关", "上面的草稿"], ["", "项目", "备注", "内容"], ["", "发文机关", "不读", "某办"]), "通报信息");
    expect(values).toEqual([{ issuer: "某办" }]);
    expect(sheet.records[0]!.cells.issuer!.at).toEqual({ sheet: "通报信息", row: 3, column: "D", header: "发文机关" });
    expect(issues).toEqual([]);
  });
  it("is not a row holding 项目 without 内容: the search goes on below it", () => {
    const { values } = read("notice", rows(["项目"], ["发文机关", "草稿"], ["", "项目", "", "内容"], ["", "发文机关", "", "某办"]), "通报信息");
    expect(values).toEqual([{ issuer: "某办" }]);
  });
  it("takes the first 项目 and the first 内容 of its row", () => {
    const { values } = read("notice", rows(["项目", "内容", "项目", "内容", "内容"], ["发文机关", "某办", "主送机关", "各区", "x"]), "通报信息");
    expect(values).toEqual([{ issuer: "某办" }]);
    const second = read("notice", rows(["", "项目", "内容", "内容"], ["", "发文机关", "某办", "另一办"]), "通报信息");
    expect(second.values).toEqual([{ issuer: "某办" }]);
  });
  it("is looked for in the first twenty rows only; below that the first column naming an item is read", () => {
    const filler = Array.from({ length: 20 }, () => ["说明"]);
    const { values } = read("notice", rows(...filler, ["", "项目", "", "内容"], ["", "发文机关", "某办", "另一办"]), "通报信息");
    expect(values).toEqual([{ issuer: "某办" }]);
  });
  it("warns about an unknown item by its trimmed text, and not about a cell holding no text", () => {
    const { issues, sheet } = read("notice", rows(["项目", "内容"], [" 颜色 ", "红"], [true, "是"], [new Date(0), "x"], ["发文机关", "某办"]), "通报信息");
    expect(issues.map((i) => i.message)).toEqual(["未识别的项目“颜色”，已忽略。"]);
    expect(sheet.at).toEqual({ sheet: "通报信息" });
  });
  it("gives an empty record located at the sheet when nothing names an item", () => {
    expect(read("notice", rows(["甲", "乙"]), "基本信息").sheet).toEqual({ key: "notice", name: "基本信息", at: { sheet: "基本信息" }, records: [{ at: { sheet: "基本信息" }, cells: {} }], columns: {} });
  });
});

describe("a table sheet's header, read exactly", () => {
  it("is no row that names only a 序号 or only indicators", () => {
    expect(read("websites", rows(["序号", "填表人"], [1, "甲"])).sheet.records).toEqual([]);
    expect(read("websites", rows(["站点无法访问", "内容更新不及时"], ["√", 2])).sheet.records).toEqual([]);
  });
  it("takes a column named only in the row above, also past the end of its own row, without group titles", () => {
    const { sheet, values } = read("websites", rows(["网站名称", "主办单位", "", "", "检查结论"], ["", "", "站点无法访问", "错别字"], ["甲网", "甲局", "√", 1, "不合格"]));
    expect(values).toEqual([{ name: "甲网", unit: "甲局", verdict: "不合格" }]);
    expect(sheet.shape).toEqual({ headerRows: [1, 2], indicatorColumns: 2 });
    expect(sheet.columns!.verdict).toEqual({ column: "E", header: "检查结论" });
  });
  it("keeps a row that holds only a tick, so validation can say what it lacks", () => {
    const { sheet } = read("websites", rows(["网站名称", "主办单位", "站点无法访问"], ["", "", "√"]));
    expect(sheet.records.map((r) => [r.at.row, r.cells, r.marks!.map((m) => m.indicator)])).toEqual([[2, {}, ["站点无法访问"]]]);
  });
  it("gives a known indicator without a group title above it no warning", () => {
    expect(read("websites", rows(["网站名称", "主办单位", "站点无法访问", "错别字"], ["甲网", "甲局", "√", 1])).issues).toEqual([]);
    expect(read("websites", rows(["", "", "说明"], ["网站名称", "主办单位", "错别字"], ["甲网", "甲局", 1])).issues).toEqual([]);
  });
  it("warns about a deduction indicator under the 单项否决 title as a deduction", () => {
    const { issues, sheet } = read("websites", rows(["", "", "单项否决指标"], ["网站名称", "主办单位", "错别字"], ["甲网", "甲局", 1]));
    expect(issues.map((i) => i.message)).toEqual(["指标“错别字”属于扣分指标，但列在“单项否决指标”之下；按扣分处理，请核对。"]);
    expect(sheet.records[0]!.marks!.map((m) => [m.indicator, m.kind, m.cell.at.header])).toEqual([["错别字", "deduction", "错别字"]]);
  });
  it("numbers an indicator with any number of digits, but keeps digits and brackets inside its name", () => {
    const { sheet } = read("websites", rows(["", "", "扣分指标", "扣分指标", "扣分指标"], ["网站名称", "主办单位", "12.首页栏目空白", "首页1、2级栏目空白", "首页（栏目）空白"], ["甲网", "甲局", 1, 1, 1]));
    expect(sheet.records[0]!.marks!.map((m) => m.indicator)).toEqual(["首页栏目空白", "首页1、2级栏目空白", "首页（栏目）空白"]);
  });
  it("reads indicators only on the website and account sheets: elsewhere such a header is an ordinary one", () => {
    const { sheet } = read("publications", rows(["单位名称", "站点无法访问", "动态信息"], ["甲局", 3, 5]));
    expect(sheet.records[0]!.marks).toBeUndefined();
    expect(sheet.columns).toEqual({ unit: { column: "A", header: "单位名称" }, "extra.站点无法访问": { column: "B", header: "站点无法访问" }, "extra.动态信息": { column: "C", header: "动态信息" } });
    expect(Object.keys(sheet.records[0]!.cells)).toEqual(["unit", "extra.站点无法访问", "extra.动态信息"]);
  });
});
