/** A worksheet bloated with formatted empty rows is read from a compacted copy: its trailing empty rows cut, the rest of the zip kept. */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { compactSheets, cutTrailingEmptyRows } from "../../src/read/compact-sheets.js";
import { checkZip } from "../../src/read/guard-zip.js";
import { readInputFile } from "../../src/read/read-input.js";
import { zipDirectory } from "../../src/read/zip-parts.js";
import { sheetPart } from "../helpers/sheet-part.js";

const sheet = (rows: string, after = "") => `<worksheet><sheetPr/><sheetData>${rows}</sheetData>${after}</worksheet>`;
const empty = (from: number, to: number, cells = false) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .map((r) => (cells ? `<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="AB${r}" s="2"/></row>` : `<row r="${r}" s="1" customFormat="1"/>`))
    .join("");
const filled = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';

describe("cutTrailingEmptyRows", () => {
  it("cuts the rows without a value after the last one with a value", () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" s="1"/></row><row r="3"/>';
    expect(cutTrailingEmptyRows(sheet(rows))).toBe(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'));
  });

  it("keeps empty rows a merged range reaches, and rows with inline strings or formulas", () => {
    const rows = '<row r="1"><c><is><t>a</t></is></c></row><row r="2"><c><f>1+1</f></c></row><row r="3"><c s="1"/></row><row r="4"><c s="1"/></row>';
    const merges = '<mergeCells><mergeCell ref="A2:B3"/></mergeCells>';
    expect(cutTrailingEmptyRows(sheet(rows, merges))).toBe(sheet('<row r="1"><c><is><t>a</t></is></c></row><row r="2"><c><f>1+1</f></c></row><row r="3"><c s="1"/></row>', merges));
    expect(cutTrailingEmptyRows(sheet('<row r="1"/><row r="2"/>', '<mergeCell ref="C2"/>'))).toBe(sheet('<row r="1"/><row r="2"/>', '<mergeCell ref="C2"/>'));
  });

  it("reads merged ranges with two-letter columns and rows past 9, the furthest of several, a single cell too", () => {
    const merges = '<mergeCells count="3"><mergeCell ref="AA2:AB12"/><mergeCell ref="B3:C4"/><mergeCell ref="AC15"/></mergeCells>';
    expect(cutTrailingEmptyRows(sheet(filled + empty(2, 40), merges))).toBe(sheet(filled + empty(2, 15), merges));
    const two = '<mergeCells><mergeCell ref="AA2:AB12"/><mergeCell ref="B3:C4"/></mergeCells>';
    expect(cutTrailingEmptyRows(sheet(filled + empty(2, 40, true), two))).toBe(sheet(filled + empty(2, 12, true), two));
  });

  it("keeps a row whose cell has a value even after many empty ones, and cuts only after it", () => {
    const late = '<row r="30"><c r="B30" s="1"><v>7</v></c></row>';
    expect(cutTrailingEmptyRows(sheet(filled + empty(2, 29, true) + late + empty(31, 50, true)))).toBe(sheet(filled + empty(2, 29, true) + late));
    const shared = '<row r="30"><c r="B30"><f t="shared" si="0"/></c></row>';
    expect(cutTrailingEmptyRows(sheet(filled + empty(2, 29) + shared + empty(31, 50)))).toBe(sheet(filled + empty(2, 29) + shared));
  });

  it("does not take a cell's style or a value-like attribute for a value", () => {
    const styled = '<row r="2" spans="1:3" ht="20" customHeight="1"><c r="A2" s="3" vm="1"/><c r="B2" s="4"><extLst/></c></row>';
    expect(cutTrailingEmptyRows(sheet(filled + styled))).toBe(sheet(filled));
  });

  it("cuts every row when none holds a value", () => {
    expect(cutTrailingEmptyRows(sheet(empty(1, 20, true)))).toBe(sheet(""));
  });

  it("leaves what follows the sheet data as it is, page breaks included", () => {
    const after = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><rowBreaks count="1" manualBreakCount="1"><brk id="30" max="16383" man="1"/></rowBreaks>';
    expect(cutTrailingEmptyRows(sheet(filled + empty(2, 40), after))).toBe(sheet(filled, after));
  });

  it("stops at a row that is never closed and cuts nothing from there: what it holds is the reader's to judge", () => {
    const open = sheet(filled + empty(2, 3) + '<row r="4"><c r="A4"><v>9</v></c>');
    expect(cutTrailingEmptyRows(open)).toBe(open);
    const tail = sheet(filled + empty(2, 3) + '<row r="4"><c r="A4" s="1"/>' + empty(5, 9));
    expect(cutTrailingEmptyRows(tail)).toBe(tail);
  });

  it("leaves a worksheet without sheet data, or with an empty one, as it is", () => {
    expect(cutTrailingEmptyRows("<worksheet/>")).toBe("<worksheet/>");
    expect(cutTrailingEmptyRows("<worksheet><sheetData/></worksheet>")).toBe("<worksheet><sheetData/></worksheet>");
    expect(cutTrailingEmptyRows("<worksheet><sheetData></sheetData></worksheet>")).toBe("<worksheet><sheetData></sheetData></worksheet>");
  });
});

describe("compactSheets", () => {
  const SHEET = "xl/worksheets/sheet1.xml";
  const OTHER = "xl/worksheets/sheet2.xml";
  const bloated = sheet(filled + empty(2, 200, true));
  const files = (sheetLevel: 0 | 6, otherLevel: 0 | 6): Zippable => ({
    "[Content_Types].xml": [strToU8("<Types/>"), { level: 6 }],
    [SHEET]: [strToU8(bloated), { level: sheetLevel }],
    [OTHER]: [strToU8(sheet(filled + empty(2, 5))), { level: otherLevel }],
    "xl/sharedStrings.xml": [strToU8("<sst><si><t>网站</t></si></sst>"), { level: 0 }],
  });

  it.each([
    ["deflated", 6, 6],
    ["stored", 0, 0],
    ["stored among deflated", 0, 6],
  ] as const)("cuts only the sheets named bloated, a %s one, and keeps every other part's bytes", (_, sheetLevel, otherLevel) => {
    const buf = zipSync(files(sheetLevel, otherLevel));
    const before = unzipSync(buf);
    const out = compactSheets(buf, { entries: zipDirectory(buf), bloatedSheets: [SHEET] });
    const after = unzipSync(out);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(strFromU8(after[SHEET]!)).toBe(sheet(filled));
    for (const name of Object.keys(before).filter((n) => n !== SHEET)) expect(strFromU8(after[name]!), name).toBe(strFromU8(before[name]!));
    // a deflated part is copied as it was compressed, not compressed again
    const inEntry = zipDirectory(buf).find((e) => e.name === "[Content_Types].xml")!;
    const outEntry = zipDirectory(out).find((e) => e.name === "[Content_Types].xml")!;
    expect(Buffer.from(out.subarray(outEntry.dataOffset, outEntry.dataOffset + outEntry.compressedSize))).toEqual(
      Buffer.from(buf.subarray(inEntry.dataOffset, inEntry.dataOffset + inEntry.compressedSize)),
    );
    expect(inflateRawSync(out.subarray(outEntry.dataOffset, outEntry.dataOffset + outEntry.compressedSize)).toString()).toBe("<Types/>");
  });

  it("changes nothing in a part when no sheet is bloated", () => {
    const buf = zipSync(files(6, 0));
    const after = unzipSync(compactSheets(buf, { entries: zipDirectory(buf), bloatedSheets: [] }));
    expect(strFromU8(after[SHEET]!)).toBe(bloated);
  });
});

describe("a workbook with a sheet formatted far below its rows", () => {
  /** The example workbook with 20,000 formatted empty rows under its 政府网站 rows: over the guard's 8 MB and 10,000 rows. */
  const padded = () => {
    const bytes = readFileSync("data/example.xlsx");
    const parts = unzipSync(new Uint8Array(bytes));
    const name = sheetPart(bytes, "政府网站");
    const xml = strFromU8(parts[name]!);
    const last = Math.max(...[...xml.matchAll(/<row [^>]*r="(\d+)"/g)].map((m) => Number(m[1])));
    const pad = (r: number) => `<row r="${r}" s="1" customFormat="1" ht="20" customHeight="1" x14ac:dyDescent="0.25" spans="1:12">${'<c s="1"/>'.repeat(40)}</row>`;
    const rows = Array.from({ length: 20_000 }, (_, i) => pad(last + 1 + i)).join("");
    parts[name] = strToU8(xml.replace("</sheetData>", `${rows}</sheetData>`));
    return { bytes: zipSync(parts, { level: 6 }), name, size: parts[name]!.length };
  };

  it("is found bloated by the guard and read as the workbook without the empty rows", async () => {
    const { bytes, name, size } = padded();
    expect(size).toBeGreaterThan(8 * 1024 * 1024);
    expect((await checkZip(bytes, "表.xlsx")).bloatedSheets).toEqual([name]);
    const plain = await readInputFile({ name: "example.xlsx", bytes: readFileSync("data/example.xlsx") });
    const read = await readInputFile({ name: "example.xlsx", bytes });
    expect(read.reader).toBe("scanner");
    expect(read.sheets.websites?.records).toEqual(plain.sheets.websites?.records);
    expect(read.sheets).toEqual(plain.sheets);
  });
});
