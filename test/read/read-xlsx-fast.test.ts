import { describe, expect, test } from "vitest";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { findSheet } from "../../src/columns.js";
import { templateWorkbook } from "../../src/init-workbook.js";
import { readInput } from "../../src/read/read-input.js";
import { readXlsx } from "../../src/read/read-xlsx.js";
import { readXlsxFast, scanSheet } from "../../src/read/read-xlsx-fast.js";
import { writeSyntheticWorkbook } from "../bench/synthetic.js";
import { tempPath, validSheets, withCells, withSheet, writeText, writeWorkbook } from "../helpers/workbook-builder.js";
import { perUnitSheets } from "../units/per-unit-workbook.js";

const example = fileURLToPath(new URL("../../data/example.xlsx", import.meta.url));
const ctx = { strings: ["甲", "乙"], dates: [false, true], date1904: false };
const wanted = (name: string) => findSheet(name) !== undefined;

/** Real workbooks, as users and the tests make them: the example, the init template, exceljs-written ones. */
const WORKBOOKS: [string, () => Promise<string>][] = [
  ["the example workbook", async () => example],
  ["the template tongbao init writes", async () => writeText("init.xlsx", await templateWorkbook())],
  ["a synthetic city workbook", async () => {
    const file = await tempPath("city.xlsx");
    await writeSyntheticWorkbook("city", 3, file);
    return file;
  }],
  ["a per-unit workbook with hostile unit names", () => writeWorkbook(perUnitSheets())],
  ["a workbook with merges, rich text, hyperlinks, formulas and error values", () =>
    writeWorkbook([
      ...withSheet("政务新媒体", (d) => ({ ...d, cells: { C3: null, B2: { richText: [{ text: "某市", font: { bold: true } }, { text: "发布" }] } }, merges: ["C2:C3"] })).filter((d) => d.name === "政务新媒体"),
      ...withCells({ 互动交流: { B2: { formula: "100+20", result: 120 }, C2: { error: "#REF!" } }, 政府网站: { C2: { text: "www.a.gov.cn", hyperlink: "https://www.a.gov.cn" } } }).filter((d) => d.name !== "政务新媒体"),
    ])],
];

describe("the sheet scanner, called directly (no fallback to hide a failure)", () => {
  test.each(WORKBOOKS)("reads %s exactly as exceljs does", async (_, make) => {
    const file = await make();
    const bytes = readFileSync(file);
    expect(readXlsxFast(file, bytes, wanted)).toEqual(await readXlsx(file, bytes));
  }, 60_000);

  test("is the reader readInput uses on the example workbook", async () => {
    const raw = await readInput(example);
    expect(raw.reader).toBe("scanner");
    expect(raw.fallback).toBeUndefined();
  });

  test("hands a workbook it does not understand to exceljs, and readInput says so and why", async () => {
    // Valid XML the scanner does not parse: the workbook's <sheet> attributes in single quotes.
    const parts = unzipSync(readFileSync(await writeWorkbook(validSheets())));
    parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]!).replace(/<sheet [^>]*>/g, (tag) => tag.replace(/"/g, "'")));
    const file = await writeText("single-quotes.xlsx", zipSync(parts));
    expect(() => readXlsxFast(file, readFileSync(file), wanted)).toThrow(/no sheets/);
    const raw = await readInput(file);
    expect(raw.reader).toBe("exceljs");
    expect(raw.fallback).toBe("no sheets");
    expect(raw).toEqual({ ...(await readInput(file, { fast: false })), fallback: "no sheets" });
  });

});

describe("the sheet scanner on sheet XML", () => {
  test("gives shared strings, inline rich text, booleans, dates by style, formulas and errors", () => {
    const xml = `<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><r><t>网</t></r><r><t xml:space="preserve">站 </t></r><rPh><t>ワン</t></rPh></is></c>`
      + `<c r="D2" t="b"><v>1</v></c><c r="E2" s="1"><v>45292</v></c><c r="F2"><v>3.5</v></c><c r="G2"><f>SUM(A1:A3)</f><v>6</v></c>`
      + `<c r="H2" t="e"><v>#REF!</v></c><c r="I2" t="str"><f>A1&amp;"x"</f><v>a&amp;x</v></c><c r="J2"><f>B9</f></c></row>`
      + `<row><c t="s"><v>0</v></c><c/><c t="s"><v>0</v></c></row></sheetData></worksheet>`;
    const [[n, values], [m, next]] = scanSheet(xml, ctx) as unknown as [[number, unknown[]], [number, unknown[]]];
    expect(n).toBe(2);
    expect(values.slice(1)).toEqual(["乙", undefined, "网站 ", true, new Date(Date.UTC(2024, 0, 1)), 3.5, { formula: "SUM(A1:A3)", result: 6 },
      { error: "#REF!" }, { formula: 'A1&"x"', result: "a&x" }, { formula: "B9" }]);
    expect(m).toBe(3);
    expect(next).toEqual([undefined, "甲", undefined, "甲"]);
  });

  test("reads an ISO 8601 date cell as that date", () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" t="d"><v>2024-03-05</v></c><c r="B1" t="d"><v>2024-03-05T08:00:00</v></c></row></sheetData></worksheet>`;
    expect(scanSheet(xml, ctx)[0]![1].slice(1)).toEqual([new Date(Date.UTC(2024, 2, 5)), new Date(Date.UTC(2024, 2, 5, 8))]);
  });

  test("fills merged ranges from their master cell", () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="B1" t="s"><v>0</v></c></row><row r="3"><c r="A3"><v>1</v></c></row></sheetData>`
      + `<mergeCells count="1"><mergeCell ref="B1:B3"/></mergeCells></worksheet>`;
    expect(scanSheet(xml, ctx).map(([r, v]) => [r, v[2]])).toEqual([[1, "甲"], [2, "甲"], [3, "甲"]]);
  });

  test("refuses a shared string it does not have, so exceljs reads the workbook instead", () => {
    expect(() => scanSheet(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData></worksheet>`, ctx)).toThrow();
  });

  test("refuses worksheet XML with prefixed element names, so exceljs reads it instead", () => {
    expect(() => scanSheet(`<x:worksheet><x:sheetData></x:sheetData></x:worksheet>`, ctx)).toThrow();
  });
});
