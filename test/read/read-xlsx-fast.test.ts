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
import { handWorkbook } from "../helpers/hand-workbook.js";
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

/** A workbook of one 政务新媒体 sheet (its part left out without XML), with the styles and strings given. */
const oneSheet = (parts: { sheet?: string; styles?: string; strings?: string }) =>
  handWorkbook({ sheets: [{ name: "政务新媒体", ...(parts.sheet === undefined ? {} : { xml: parts.sheet }) }], ...(parts.styles ? { styles: parts.styles } : {}), ...(parts.strings ? { strings: parts.strings } : {}) });
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>账号名称</t></is></c><c r="B1" t="inlineStr"><is><t>开通时间</t></is></c></row>';
const sheetOf = (row: string) => `<worksheet><sheetData>${header}${row}</sheetData></worksheet>`;

describe("the sheet scanner on parts written by hand", () => {
  test("reads a workbook without shared strings or styles", () => {
    const raw = readXlsxFast("手写.xlsx", oneSheet({ sheet: sheetOf('<row r="2"><c r="A2" t="inlineStr"><is><t>甲网</t></is></c><c r="B2" s="1"><v>45000</v></c></row>') }), wanted);
    expect(raw.sheets.accounts!.records[0]!.cells.name!.value).toBe("甲网");
  });

  test("takes date styles from cellXfs only, not from the cell styles before them, and reads an xf without a format", () => {
    const row = sheetOf('<row r="2"><c r="A2" t="inlineStr"><is><t>甲网</t></is></c><c r="B2" s="1"><v>45000</v></c></row>');
    const value = (styles: string) => readXlsxFast("手写.xlsx", oneSheet({ sheet: row, styles }), wanted).sheets.accounts!.records[0]!.cells.openedAt!.value;
    expect(value('<styleSheet><cellStyleXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs></styleSheet>')).toBe(45000);
    expect(value('<styleSheet><cellStyleXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf fontId="1"/></cellXfs></styleSheet>')).toBe(45000);
    expect(value('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14" fontId="1"><alignment/></xf></cellXfs></styleSheet>')).toEqual(new Date(Date.UTC(2023, 2, 15)));
  });

  test("refuses a shared string that is never closed, and a sheet the workbook names but does not hold", () => {
    const row = sheetOf('<row r="2"><c r="A2" t="s"><v>0</v></c></row>');
    expect(() => readXlsxFast("手写.xlsx", oneSheet({ sheet: row, strings: "<sst><si><t>甲网</t></sst>" }), wanted)).toThrow("unterminated shared string");
    expect(() => readXlsxFast("手写.xlsx", oneSheet({}), wanted)).toThrow("missing xl/worksheets/sheet1.xml");
  });

  test("refuses a part with a DOCTYPE, with or without entities, as no workbook", () => {
    for (const dtd of ["<!DOCTYPE worksheet>", '<!DOCTYPE worksheet [<!ENTITY a "甲">]>', '<!ENTITY a "甲">']) {
      expect(() => readXlsxFast("手写.xlsx", oneSheet({ sheet: `${dtd}${sheetOf("")}` }), wanted)).toThrow(/不是完整的 xlsx 工作簿/);
    }
  });
});

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
    expect(() => scanSheet(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData></worksheet>`, ctx)).toThrow("no shared string 5");
  });

  test("refuses a cell that is never closed", () => {
    expect(() => scanSheet(`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`, ctx)).toThrow("unterminated cell");
  });

  test("gives a worksheet without sheet data no rows", () => {
    expect(scanSheet("<worksheet><dimension ref=\"A1\"/></worksheet>", ctx)).toEqual([]);
  });

  test("reads ISO 8601 date cells with a zone, an offset, or none (as UTC), and keeps one that is no date as text", () => {
    const cells = ["2024-03-05T08:00:00Z", "2024-03-05T08:00:00+08:00", "2024-03-05T08:00:00-0130", "2024-03-05T08:00:00.5", "3月5日"];
    const xml = `<worksheet><sheetData><row r="1">${cells.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" t="d"><v>${v}</v></c>`).join("")}</row></sheetData></worksheet>`;
    expect(scanSheet(xml, ctx)[0]![1].slice(1)).toEqual([
      new Date(Date.UTC(2024, 2, 5, 8)),
      new Date(Date.UTC(2024, 2, 5, 0)),
      new Date(Date.UTC(2024, 2, 5, 9, 30)),
      new Date(Date.UTC(2024, 2, 5, 8, 0, 0, 500)),
      "3月5日",
    ]);
  });

  test("refuses worksheet XML with prefixed element names, so exceljs reads it instead", () => {
    expect(() => scanSheet(`<x:worksheet><x:sheetData></x:sheetData></x:worksheet>`, ctx)).toThrow();
  });
});
