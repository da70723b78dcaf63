/** One exceljs cell value as the readers see it: rich text joined, a hyperlink's text, a formula's cached result, errors explained. */
import { describe, expect, it } from "vitest";
import { unwrapCellValue } from "../../src/read/cell-value.js";

describe("unwrapCellValue", () => {
  it("gives empty cells no value and plain values as they are", () => {
    expect(unwrapCellValue(null)).toEqual({ value: undefined });
    expect(unwrapCellValue(undefined)).toEqual({ value: undefined });
    expect(unwrapCellValue(0)).toEqual({ value: 0 });
    expect(unwrapCellValue("甲")).toEqual({ value: "甲" });
    const date = new Date(Date.UTC(2023, 6, 5));
    expect(unwrapCellValue(date)).toEqual({ value: date });
  });
  it("joins rich text, skipping runs without text", () => {
    expect(unwrapCellValue({ richText: [{ text: "某市" }, { font: {} }, null, { text: "发布" }] })).toEqual({ value: "某市发布" });
  });
  it("takes a hyperlink's text, also when the text is rich, a number or missing", () => {
    expect(unwrapCellValue({ text: "www.a.gov.cn", hyperlink: "https://www.a.gov.cn" })).toEqual({ value: "www.a.gov.cn" });
    expect(unwrapCellValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toEqual({ value: "ab" });
    expect(unwrapCellValue({ text: 12, hyperlink: "x" })).toEqual({ value: "12" });
    expect(unwrapCellValue({ text: undefined, hyperlink: "x" })).toEqual({ value: undefined });
  });
  it("explains an error value", () => {
    expect(unwrapCellValue({ error: "#REF!" })).toEqual({ value: undefined, error: "单元格是错误值“#REF!”，应为有效的值；请修正引用或公式，或直接填写数值。" });
  });
  it("uses a formula's cached result, unwrapped in turn", () => {
    expect(unwrapCellValue({ formula: "1+1", result: 2 })).toEqual({ value: 2 });
    expect(unwrapCellValue({ sharedFormula: "A1", result: "甲" })).toEqual({ value: "甲" });
    expect(unwrapCellValue({ formula: "A1", result: { richText: [{ text: "乙" }] } })).toEqual({ value: "乙" });
    expect(unwrapCellValue({ formula: "A1", result: 0 })).toEqual({ value: 0 });
  });
  it("explains a formula without a result, or whose result is an error", () => {
    expect(unwrapCellValue({ formula: "SUM(A1:A3)" }).error).toBe(
      "公式“=SUM(A1:A3)”没有保存计算结果，应为有计算结果的公式或直接填写的值；请在 Excel 中打开、重新计算并保存后再试。",
    );
    expect(unwrapCellValue({ sharedFormula: "B2", result: null }).error).toContain("公式“=B2”没有保存计算结果");
    expect(unwrapCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({
      value: undefined,
      error: "公式“=1/0”的结果是错误值“#DIV/0!”，应为有效的值；请修正引用或公式，或直接填写数值。",
    });
    expect(unwrapCellValue({ formula: "A9", result: Number.NaN })).toEqual({
      value: undefined,
      error: "公式“=A9”的结果是错误值，应为有效的值；请修正引用或公式，或直接填写数值。",
    });
  });
  it("keeps any other object as it is", () => {
    const v = { checkbox: true };
    expect(unwrapCellValue(v)).toEqual({ value: v });
    expect(unwrapCellValue({ error: 7 })).toEqual({ value: { error: 7 } });
  });
  it("gives null and undefined alike an absent value, never null", () => {
    expect(unwrapCellValue(null)).toStrictEqual({ value: undefined });
    expect(unwrapCellValue(undefined)).toStrictEqual({ value: undefined });
  });
  it("names a formula it does not know the text of as =", () => {
    expect(unwrapCellValue({ formula: undefined, result: undefined }).error).toBe("公式“=”没有保存计算结果，应为有计算结果的公式或直接填写的值；请在 Excel 中打开、重新计算并保存后再试。");
  });
});
