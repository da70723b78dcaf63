/** What both workbook readers share: recognised sheets into RawInput, entity-decoded text, the workbook's sheet names, merged ranges filled. */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isTongbaoError } from "../../src/errors.js";
import { applyMerges, colNumber, sheetsToRaw, workbookParts, xmlText } from "../../src/read/xlsx-common.js";
import type { SheetRow } from "../../src/read/sheet-records.js";
import { zipEntries } from "../../src/read/zip-parts.js";

const rows = (...values: unknown[][]): SheetRow[] => values.map((v, i) => [i + 1, [undefined, ...v]] as const);

describe("sheetsToRaw", () => {
  it("gives the recognised sheets as RawInput of the workbook format, with the date system", () => {
    const raw = sheetsToRaw([{ name: "填写说明", rows: rows(["网站名称"]) }, { name: "网站", rows: rows(["网站名称", "主办单位"], ["甲网", "甲局"]) }], "表.xlsx", true);
    expect([raw.file, raw.format, raw.date1904, Object.keys(raw.sheets)]).toEqual(["表.xlsx", "xlsx", true, ["websites"]]);
    expect(raw.sheets.websites!.records[0]!.cells.unit!.value).toBe("甲局");
    expect(raw.issues).toEqual([]);
  });

  it("reads the first of two sheets of one kind, warning at the second", () => {
    const raw = sheetsToRaw([{ name: "政府网站", rows: rows(["网站名称"], ["甲网"]) }, { name: "网站", rows: rows(["网站名称"], ["乙网"]) }], "表.xlsx", false);
    expect(raw.sheets.websites!.records.map((r) => r.cells.name!.value)).toEqual(["甲网"]);
    expect(raw.issues).toEqual([{ code: "duplicate-sheet", severity: "warning", message: "工作表“网站”与“政府网站”重复，只读取“政府网站”。", location: { sheet: "网站" } }]);
  });

  it("joins problem lists, one sheet per kind, into one list located in its own sheets", () => {
    const list = (name: string, object: string) => ({ name, rows: rows(["对象名称", "问题分类"], [object, "错别字"]) });
    const raw = sheetsToRaw([list("网站问题清单", "甲网"), list("政务新媒体问题清单", "某市发布"), list("问题明细", "乙网")], "表.xlsx", false);
    const problems = raw.sheets.problems!;
    expect(problems.name).toBe("网站问题清单、政务新媒体问题清单、问题明细");
    expect(problems.records.map((r) => [r.at.sheet, r.cells.name?.value])).toEqual([["网站问题清单", "甲网"], ["政务新媒体问题清单", "某市发布"], ["问题明细", "乙网"]]);
    expect(problems.parts!.map((p) => [p.name, Object.keys(p.columns)])).toEqual([["网站问题清单", ["name", "category"]], ["政务新媒体问题清单", ["name", "category"]], ["问题明细", ["name", "category"]]]);
    expect(raw.issues).toEqual([]);
  });

  it("refuses a workbook without a sheet it knows, naming the sheets it has", () => {
    let error: unknown;
    try {
      sheetsToRaw([{ name: "Sheet1", rows: [] }, { name: "汇总", rows: [] }], "dir/表.xlsx", false);
    } catch (e) {
      error = e;
    }
    expect(isTongbaoError(error) && error.message).toBe(
      "工作簿“表.xlsx”中没有可识别的工作表：应至少包含“通报信息”、“政府网站”、“政务新媒体”、“问题清单”、“信息发布统计”、“互动交流”、“上期整改”、“正文”之一，实际的工作表为“Sheet1”、“汇总”。可用 tongbao init 生成填写模板。",
    );
  });
});

describe("xmlText", () => {
  it("decodes the five XML entities in any case and numeric references, decimal and hex of any length", () => {
    expect(xmlText("&lt;&gt;&quot;&apos;&amp;|&AMP;&Lt;|&#9;&#20013;&#128512;|&#x4e00;&#X4E01;&#x1F600;&#xA;")).toBe("<>\"'&|&<|\t中😀|一丁😀\n");
  });
  it("leaves what is no entity as written", () => {
    expect(xmlText("a & b &nbsp; &#; &#x; &#xZZ; &amp")).toBe("a & b &nbsp; &#; &#x; &#xZZ; &amp");
  });
});

describe("workbookParts", () => {
  const book = (workbook: string, rels: string) =>
    Buffer.from(zipSync({ "xl/workbook.xml": strToU8(workbook), "xl/_rels/workbook.xml.rels": strToU8(rels) }));
  const parts = (workbook: string, rels: string) => {
    const buf = book(workbook, rels);
    return workbookParts(buf, zipEntries(buf));
  };
  const REL = (id: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/>`;

  it("maps each sheet's part to its name in workbook order, targets relative, absolute or under xl/", () => {
    const { names, date1904 } = parts(
      `<workbook><workbookPr/><sheets><sheet name="政府网站" sheetId="3" r:id="rId3"/><sheet name="A&amp;B" sheetId="1" r:id="rId1"/><sheet name="丙" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      `<Relationships>${REL("rId1", "worksheets/sheet1.xml")}${REL("rId2", "/xl/worksheets/sheet2.xml")}${REL("rId3", "xl/worksheets/sheet3.xml")}</Relationships>`,
    );
    expect([...names]).toEqual([["xl/worksheets/sheet3.xml", "政府网站"], ["xl/worksheets/sheet1.xml", "A&B"], ["xl/worksheets/sheet2.xml", "丙"]]);
    expect(date1904).toBe(false);
  });

  it("leaves out a sheet whose relationship is missing, and relationships without an id or a target", () => {
    const { names } = parts(
      `<workbook><sheets><sheet name="甲" sheetId="1" r:id="rId1"/><sheet name="乙" sheetId="2" r:id="rId9"/><sheet name="丙" sheetId="3"/><sheet sheetId="4" r:id="rId1"/></sheets></workbook>`,
      `<Relationships>${REL("rId1", "worksheets/sheet1.xml")}<Relationship Target="worksheets/sheet2.xml"/><Relationship Id="rId9"/></Relationships>`,
    );
    expect([...names]).toEqual([["xl/worksheets/sheet1.xml", "甲"]]);
  });

  it("reads the 1904 date system from workbookPr, written 1 or true, among other attributes", () => {
    const sheets = `<sheets><sheet name="甲" sheetId="1" r:id="rId1"/></sheets>`;
    const rels = `<Relationships>${REL("rId1", "worksheets/sheet1.xml")}</Relationships>`;
    const flag = (pr: string) => parts(`<workbook>${pr}${sheets}</workbook>`, rels).date1904;
    expect([flag('<workbookPr date1904="1"/>'), flag('<workbookPr defaultThemeVersion="124226" date1904="true"/>'), flag('<workbookPr date1904="0"/>'), flag('<workbookPr xdate1904="1"/>'), flag("")]).toEqual([true, true, false, false, false]);
  });

  it("gives no sheets for a zip without a workbook part", () => {
    const buf = Buffer.from(zipSync({ "a.txt": strToU8("x") }));
    expect(workbookParts(buf, zipEntries(buf))).toEqual({ names: new Map(), date1904: false });
  });
});

describe("applyMerges", () => {
  it("copies the master's value over its range, making the rows it reaches, in row order", () => {
    const merged = applyMerges([[1, [undefined, "甲"]], [4, [undefined, "乙", undefined, "x"]]], ["A1:B2", "AA10:AB11", "C4:D12"]);
    expect(merged.map(([r, v]) => [r, [...v]])).toEqual([
      [1, [undefined, "甲", "甲"]],
      [2, [undefined, "甲", "甲"]],
      [4, [undefined, "乙", undefined, "x", "x"]],
      ...[5, 6, 7, 8, 9, 10, 11, 12].map((r) => [r, [undefined, undefined, undefined, "x", "x"]]),
    ]);
    expect(colNumber("AB")).toBe(28);
  });

  it("reads ranges of two-letter columns and rows past 9", () => {
    const wide: unknown[] = [];
    wide[27] = "宽";
    const merged = applyMerges([[10, wide]], ["AA10:AB11"]);
    expect(merged.map(([r, v]) => [r, v[27], v[28]])).toEqual([[10, "宽", "宽"], [11, "宽", "宽"]]);
  });

  it("skips a range whose master is empty or missing, and a reference that is no range", () => {
    const before: SheetRow[] = [[1, [undefined, null, "乙"]], [3, [undefined, "丙"]]];
    expect(applyMerges(before, ["A1:B1", "A2:B2", "C3", "A3:B3x", "xA3:B3", "a3:b3"])).toEqual([[1, [undefined, null, "乙"]], [3, [undefined, "丙"]]]);
  });
});
