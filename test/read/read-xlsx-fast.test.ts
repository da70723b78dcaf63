import { describe, expect, test } from "vitest";
import { fileURLToPath } from "node:url";
import { readInput } from "../../src/read/read-input.js";
import { scanSheet } from "../../src/read/read-xlsx-fast.js";
import { writeSyntheticWorkbook } from "../bench/synthetic.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtemp } from "node:fs/promises";

const example = fileURLToPath(new URL("../../data/example.xlsx", import.meta.url));
const ctx = { strings: ["甲", "乙"], dates: [false, true], date1904: false };

describe("the fast sheet scanner", () => {
  test("reads the example workbook exactly as exceljs readFile does", async () => {
    expect(await readInput(example)).toEqual(await readInput(example, { fast: false }));
  });

  test("reads a synthetic city workbook exactly as exceljs readFile does", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "tongbao-fast-")), "city.xlsx");
    await writeSyntheticWorkbook("city", 3, file);
    expect(await readInput(file)).toEqual(await readInput(file, { fast: false }));
  }, 60_000);

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
