import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { safeSheetName, tablesToXlsx } from "../../src/write/xlsx-tables.js";
import type { TableSpec } from "../../src/outline.js";

async function sheet(table: TableSpec): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await tablesToXlsx([{ name: "表", table }])) as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

const merges = (ws: ExcelJS.Worksheet) => (ws.model as unknown as { merges: string[] }).merges.sort();

describe("tablesToXlsx cells", () => {
  it("styles every header cell: bold 宋体 11, grey solid fill, thin black borders, centred and wrapped", async () => {
    const ws = await sheet({ columns: [{ header: "单位", width: 1, align: "left" }, { header: "问题数", width: 1 }], rows: [["县政府", 2]] });
    for (const addr of ["A1", "B1"]) {
      const cell = ws.getCell(addr);
      expect(cell.font).toEqual({ name: "宋体", size: 11, bold: true });
      expect(cell.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
      for (const side of ["top", "left", "bottom", "right"] as const) expect(cell.border?.[side]).toEqual({ style: "thin", color: { argb: "FF000000" } });
      expect(cell.alignment).toEqual({ vertical: "middle", horizontal: "center", wrapText: true });
    }
  });

  it("aligns body cells by the column's align, else numbers right and text left, with no fill", async () => {
    const ws = await sheet({ columns: [{ header: "序号", width: 1, align: "center" }, { header: "单位", width: 1 }, { header: "问题数", width: 1 }], rows: [[1, "县政府", 2]] });
    expect(ws.getCell("A2").alignment).toEqual({ vertical: "middle", horizontal: "center", wrapText: true });
    expect(ws.getCell("B2").alignment).toEqual({ vertical: "middle", horizontal: "left", wrapText: true });
    expect(ws.getCell("C2").alignment).toEqual({ vertical: "middle", horizontal: "right", wrapText: true });
    expect(ws.getCell("B2").font).toMatchObject({ name: "宋体", size: 11 });
    expect(ws.getCell("B2").font?.bold).toBeFalsy();
    const fill = ws.getCell("B2").fill;
    expect(fill?.type === "pattern" ? fill.pattern : undefined).not.toBe("solid");
    expect(ws.getCell("C2").border?.left).toEqual({ style: "thin", color: { argb: "FF000000" } });
  });

  it("puts the header in row 1 and freezes one row when there is no caption", async () => {
    const ws = await sheet({ columns: [{ header: "单位", width: 1 }], rows: [["县政府"]] });
    expect(ws.getCell("A1").value).toBe("单位");
    expect(ws.getCell("A2").value).toBe("县政府");
    expect(ws.getCell("A2").numFmt).toBeUndefined();
    expect(ws.getCell("A3").value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 1 });
    expect(merges(ws)).toEqual([]);
  });

  it("writes the caption in 宋体 11 and merges it only over more than one column", async () => {
    const one = await sheet({ caption: "统计时间：2025年3月", columns: [{ header: "单位", width: 1 }], rows: [["县政府"]] });
    expect(one.getCell("A1").value).toBe("统计时间：2025年3月");
    expect(one.getCell("A1").font).toEqual({ name: "宋体", size: 11 });
    expect(merges(one)).toEqual([]);
    const two = await sheet({ caption: "统计时间", columns: [{ header: "单位", width: 1 }, { header: "数", width: 1 }], rows: [["县政府", 1]] });
    expect(merges(two)).toEqual(["A1:B1"]);
  });

  it("writes notes under the last row in 宋体 10, one per row", async () => {
    const ws = await sheet({ columns: [{ header: "单位", width: 1 }], rows: [["县政府"]], totals: ["合计"], notes: ["注：一", "注：二"] });
    expect(ws.getCell("A3").value).toBe("合计");
    expect(ws.getCell("A3").font?.bold).toBe(true);
    expect(ws.getCell("A4").value).toBe("注：一");
    expect(ws.getCell("A5").value).toBe("注：二");
    expect(ws.getCell("A4").font).toEqual({ name: "宋体", size: 10 });
  });

  it("writes a non-finite number as its text and a missing cell as empty text", async () => {
    const ws = await sheet({ columns: [{ header: "单位", width: 1 }, { header: "得分", width: 1 }], rows: [["县政府", Number.POSITIVE_INFINITY], ["乡政府"]] });
    expect(ws.getCell("B2").value).toBe("Infinity");
    expect(ws.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("B2").numFmt).toBeUndefined();
    expect(ws.getCell("A3").value).toBe("乡政府");
    expect(ws.getCell("B3").value).toBe("");
    expect(ws.getCell("B3").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("B3").border?.top?.style).toBe("thin");
  });

  it("gives the mean weight 14 characters, at least 6 and at most 60, a zero weight counting as 1", async () => {
    const ws = await sheet({
      columns: [{ header: "a", width: 1 }, { header: "b", width: 1 }, { header: "c", width: 0 }, { header: "d", width: 0.1 }, { header: "e", width: 20 }],
      rows: [["1", "2", "3", "4", "5"]],
    });
    // weights 1, 1, 1, 0.1, 20: mean 4.62
    const w = [1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width);
    expect(w).toEqual([6, 6, 6, 6, 60]);
    const even = await sheet({ columns: [{ header: "a", width: 2 }, { header: "b", width: 3 }], rows: [["1", "2"]] });
    expect([1, 2].map((c) => even.getColumn(c).width)).toEqual([11.2, 16.8]);
  });

  it("merges a run that ends the table and leaves single values and other columns unmerged", async () => {
    const ws = await sheet({
      columns: [{ header: "地区", width: 1, merge: true }, { header: "单位", width: 1 }],
      rows: [["东", "甲"], ["西", "甲"], ["西", "甲"], ["南", "乙"], ["南", "丙"], ["南", "丙"]],
    });
    expect(merges(ws)).toEqual(["A3:A4", "A5:A7"]);
  });

  it("writes no caption when every column is dropped as empty", async () => {
    const ws = await sheet({ caption: "统计时间", columns: [{ header: "备注", width: 1 }], rows: [[""]] });
    expect(ws.getCell("A1").value).toBeNull();
  });

  it("writes merges only for runs of two or more cells into the raw sheet", async () => {
    const files = unzipSync(await tablesToXlsx([{ name: "表", table: { columns: [{ header: "地区", width: 1, merge: true }], rows: [["东"], ["西"], ["西"], ["南"]] } }]));
    const refs = [...strFromU8(files["xl/worksheets/sheet1.xml"]!).matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toEqual(["A3:A4"]);
  });

  it("counts a zero weight as 1 when sharing out the widths", async () => {
    const ws = await sheet({ columns: [{ header: "a", width: 0 }, { header: "b", width: 1 }], rows: [["1", "2"]] });
    expect([1, 2].map((c) => ws.getColumn(c).width)).toEqual([14, 14]);
  });

  it("writes an empty workbook as one sheet named 表1", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await tablesToXlsx([])) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["表1"]);
  });

  it("records tongbao as creator and a fixed date in the file's properties", async () => {
    const files = unzipSync(await tablesToXlsx([{ name: "表", table: { columns: [{ header: "a", width: 1 }], rows: [["x"]] } }]));
    const core = strFromU8(files["docProps/core.xml"]!);
    expect(core).toContain("<dc:creator>tongbao</dc:creator>");
    expect(core).toContain("<cp:lastModifiedBy>tongbao</cp:lastModifiedBy>");
    expect(core).toContain("2000-01-01T00:00:00Z</dcterms:created>");
    expect(core).toContain("2000-01-01T00:00:00Z</dcterms:modified>");
    expect(Object.keys(files)).toEqual([...Object.keys(files)].sort());
    expect(Object.keys(files).every((k) => !k.endsWith("/"))).toBe(true);
  });
});

describe("safeSheetName", () => {
  it("replaces control characters and []:*?/\\ and trims quotes and then spaces at the ends", () => {
    const taken = new Set<string>();
    expect(safeSheetName("a[b]c:d*e?f/g\\h\u0001i", taken)).toBe("a_b_c_d_e_f_g_h_i");
    expect(safeSheetName("''引''号''", taken)).toBe("引''号");
    expect(safeSheetName(" 单位 ", taken)).toBe("单位");
    expect(safeSheetName("HISTORY", taken)).toBe("表4HISTORY");
    expect(safeSheetName("'", taken)).toBe("表5");
  });

  it("never starts or ends a name with a quote, which Excel refuses: not after trimming spaces, not after cutting to 31", () => {
    const taken = new Set<string>();
    expect(safeSheetName(" 'x' ", taken)).toBe("x");
    expect(safeSheetName(`${"长".repeat(30)}'尾`, taken)).toBe("长".repeat(30));
  });

  it("numbers duplicates case-insensitively within 31 characters", () => {
    const taken = new Set<string>(["Sheet"]);
    expect(safeSheetName("sheet", taken)).toBe("sheet(2)");
    expect(safeSheetName("SHEET", taken)).toBe("SHEET(3)");
    const long = "长".repeat(40);
    expect(safeSheetName(long, taken)).toBe("长".repeat(31));
    expect(safeSheetName(long, taken)).toBe(`${"长".repeat(28)}(2)`);
    expect(taken.size).toBe(5);
  });
});
