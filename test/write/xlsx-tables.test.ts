import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { looksLikeFormula, safeSheetName, tablesToXlsx } from "../../src/write/xlsx-tables.js";
import type { TableSpec } from "../../src/outline.js";

const table: TableSpec = {
  caption: "统计时间：2025年3月",
  columns: [
    { header: "序号", width: 1, align: "center" },
    { header: "地区", width: 2, merge: true },
    { header: "单位", width: 4 },
    { header: "问题数", width: 1 },
  ],
  rows: [
    [1, "城关镇", "=HYPERLINK(\"http://x\")", 3],
    [2, "城关镇", "+86 123", 0],
    [3, "城关镇", "-减分项", 2],
    [4, "河西镇", "@SUM(A1)", 1],
    [5, "河西镇", "\tcmd", 4],
  ],
  totals: ["合计", "", "", 10],
  notes: ["注：问题数为抽查发现数。"],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("tablesToXlsx", () => {
  it("leaves out the columns the Word table leaves out: empty in every row, not filled in by hand", async () => {
    const withDead: TableSpec = {
      columns: [...table.columns, { header: "备注", width: 1 }, { header: "整改措施", width: 1, fillIn: true }],
      rows: table.rows.map((r) => [...r, "", ""]),
    };
    const ws = (await load(await tablesToXlsx([{ name: "表", table: withDead }]))).worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["序号", "地区", "单位", "问题数", "整改措施"]);
  });

  it("writes one sheet per table with safe, unique sheet names", async () => {
    const wb = await load(await tablesToXlsx([
      { name: "附件1：网站问题统计[2025]", table },
      { name: "附件1：网站问题统计[2025]", table },
      { name: "x".repeat(40), table },
    ]));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(["附件1：网站问题统计_2025_", "附件1：网站问题统计_2025_(2)", "x".repeat(31)]);
  });

  it("keeps numbers as numbers and every formula-like text as a plain string", async () => {
    const ws = (await load(await tablesToXlsx([{ name: "表", table }]))).worksheets[0]!;
    expect(ws.getCell("A3").value).toBe(1);
    expect(ws.getCell("A3").type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell("D7").value).toBe(4);
    for (const [addr, text] of [["C3", "=HYPERLINK(\"http://x\")"], ["C4", "+86 123"], ["C5", "-减分项"], ["C6", "@SUM(A1)"], ["C7", "\tcmd"]] as const) {
      expect(ws.getCell(addr).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(addr).value).toBe(text);
      expect(ws.getCell(addr).numFmt).toBe("@");
    }
  });

  it("stores no formula and marks guarded cells quotePrefix in the raw file", async () => {
    const files = unzipSync(await tablesToXlsx([{ name: "表", table }]));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet).not.toContain("<f>");
    const styles = strFromU8(files["xl/styles.xml"]!);
    const textXfs = styles.match(/<xf [^>]*numFmtId="49"[^>]*>/g) ?? [];
    expect(textXfs.length).toBeGreaterThan(0);
    for (const xf of textXfs) expect(xf).toContain('quotePrefix="1"');
  });

  it("styles the header, freezes it, totals in bold, widths follow the weights", async () => {
    const ws = (await load(await tablesToXlsx([{ name: "表", table }]))).worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("统计时间：2025年3月");
    expect(ws.getCell("B2").value).toBe("地区");
    expect(ws.getCell("B2").font?.bold).toBe(true);
    expect(ws.getCell("B2").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getCell("B2").border?.bottom?.style).toBe("thin");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.getCell("A8").value).toBe("合计");
    expect(ws.getCell("D8").font?.bold).toBe(true);
    expect(ws.getCell("D3").font?.bold).toBeFalsy();
    expect(ws.getCell("A9").value).toBe("注：问题数为抽查发现数。");
    const w = [1, 2, 3, 4].map((c) => ws.getColumn(c).width ?? 0);
    expect(w[2]).toBeGreaterThan(w[1]!);
    expect(w[1]).toBeGreaterThan(w[0]!);
  });

  it("merges runs of equal values in merge columns only", async () => {
    const ws = (await load(await tablesToXlsx([{ name: "表", table }]))).worksheets[0]!;
    const merges = (ws.model as unknown as { merges: string[] }).merges.sort();
    expect(merges).toEqual(["A1:D1", "B3:B5", "B6:B7"]);
  });

  it("gives byte-identical output for the same tables", async () => {
    const a = await tablesToXlsx([{ name: "表", table }]);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await tablesToXlsx([{ name: "表", table }]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("looksLikeFormula", () => {
  it.each(["=1+1", "+1", "-1", "@x", "\tx", "\rx", "＝1"])("flags %j", (s) => expect(looksLikeFormula(s)).toBe(true));
  it.each(["县政府", "1+1", "", " =1"])("lets %j through", (s) => expect(looksLikeFormula(s)).toBe(false));
});

describe("safeSheetName", () => {
  it("never returns a blank or reserved name", () => {
    const taken = new Set<string>();
    expect(safeSheetName("", taken)).toBe("表1");
    expect(safeSheetName("History", taken)).toBe("表2History");
    expect(safeSheetName("'引号'", taken)).toBe("引号");
  });
});
