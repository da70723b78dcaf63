/** The normalisers at their edges, and the Chinese sentence each refusal gives the clerk (value, code, location). */
import { describe, expect, test } from "vitest";
import { sheetSpec } from "../src/columns.js";
import {
  cleanText,
  normaliseBool,
  normaliseCell,
  normaliseDate,
  normaliseDocNumber,
  normaliseEnum,
  normaliseInt,
  normaliseList,
  normaliseNumber,
  normalisePeriod,
  normaliseText,
  serialToIso,
  shown,
} from "../src/normalise.js";

const at = { sheet: "政府网站", row: 3, column: "E", header: "得分" };
const refusal = (r: { value: unknown; issues: { code: string; severity: string; message: string; location?: unknown; value?: unknown }[] }) => {
  expect(r.value).toBeUndefined();
  expect(r.issues).toHaveLength(1);
  expect(r.issues[0]!.severity).toBe("error");
  return [r.issues[0]!.code, r.issues[0]!.message];
};

describe("shown", () => {
  test("quotes a value as the message prints it, cut after 40 characters", () => {
    expect(shown("甲")).toBe("“甲”");
    expect(shown(null)).toBe("“”");
    expect(shown(undefined)).toBe("“”");
    expect(shown(12.5)).toBe("“12.5”");
    expect(shown({ a: 1 })).toBe('“{"a":1}”');
    expect(shown(new Date(Date.UTC(2023, 6, 5)))).toBe("“2023-07-05”");
    expect(shown(new Date(Number.NaN))).toBe("“无效日期”");
    expect(shown("字".repeat(40))).toBe(`“${"字".repeat(40)}”`);
    expect(shown("字".repeat(41))).toBe(`“${"字".repeat(40)}…”`);
  });
});

describe("text", () => {
  test("cleanText counts the characters it removes, every time it is called", () => {
    for (let i = 0; i < 2; i++) {
      const r = cleanText("a\u0001b\u0002", at);
      expect(r.value).toBe("ab");
      expect(r.issues).toEqual([{ code: "invalid-character", severity: "warning", message: "含有2个不可见的非法字符（如控制字符），已删除。", value: "a\u0001b\u0002", location: at }]);
    }
    expect(cleanText("\uD800x").value).toBe("x");
    expect(cleanText("x\uDC00").value).toBe("x");
    expect(cleanText("x\uFFFE").issues[0]).not.toHaveProperty("location");
    expect(cleanText(" \u3000 ").value).toBeUndefined();
  });
  test("normaliseText spells out numbers, booleans and dates, and refuses what has no text", () => {
    expect([12, true, false, new Date(Date.UTC(2023, 6, 5))].map((v) => normaliseText(v).value)).toEqual(["12", "是", "否", "2023-07-05"]);
    expect(normaliseText(null)).toEqual({ value: undefined, issues: [] });
    expect(refusal(normaliseText(Number.NaN, at))).toEqual(["invalid-text", "应为文字，实际为“NaN”。"]);
    expect(refusal(normaliseText({ x: 1 }, at))).toEqual(["invalid-text", '应为文字，实际为“{"x":1}”。']);
    expect(normaliseText({ x: 1 }, at).issues[0]).toMatchObject({ location: at, value: { x: 1 } });
  });
});

describe("numbers", () => {
  test("normaliseNumber reads units, signs, 万 and decimals without a leading digit", () => {
    expect(["3条", "5个", "2次", "7人", "1篇", "4件", "90分", "+5", ".5", "5.", "1.25万", "1,234.5", "-2"].map((v) => normaliseNumber(v).value)).toEqual([
      3, 5, 2, 7, 1, 4, 90, 5, 0.5, 5, 12500, 1234.5, -2,
    ]);
    expect(normaliseNumber("0.1234567万").value).toBe(1234.567);
    expect(normaliseNumber(" － ").value).toBeUndefined();
  });
  test("normaliseNumber refuses what is not a number, naming it", () => {
    for (const v of ["1,23", "12,3456", "1.2.3", "万", "abc", "1e5"]) expect(normaliseNumber(v).value, v).toBeUndefined();
    expect(refusal(normaliseNumber("abc", at))).toEqual(["invalid-number", "应为数字，实际为“abc”。"]);
    expect(refusal(normaliseNumber(Number.POSITIVE_INFINITY, at))).toEqual(["invalid-number", "应为数字，实际为“Infinity”。"]);
    expect(normaliseNumber("abc", at).issues[0]).toMatchObject({ location: at, value: "abc" });
  });
  test("normaliseInt says which rule a count breaks", () => {
    expect(refusal(normaliseInt("很多", at))).toEqual(["invalid-integer", "应为不小于0的整数，实际为“很多”。"]);
    expect(refusal(normaliseInt(2.5, at))).toEqual(["invalid-integer", "应为整数，实际为“2.5”。"]);
    expect(refusal(normaliseInt("-3", at))).toEqual(["negative-count", "数量不能为负数，应为不小于0的整数，实际为“-3”。"]);
    expect(normaliseInt("", at)).toEqual({ value: undefined, issues: [] });
    expect(normaliseInt(0).value).toBe(0);
  });
});

describe("normaliseBool", () => {
  test("reads 1 and 0, and refuses other numbers and words", () => {
    expect([1, 0, "1", "0", "T", "F", "有", "无", "对", "错"].map((v) => normaliseBool(v).value)).toEqual([true, false, true, false, true, false, true, false, true, false]);
    expect(refusal(normaliseBool(2, at))).toEqual(["invalid-boolean", "应为“是”或“否”，实际为“2”。"]);
    expect(refusal(normaliseBool("也许", at))).toEqual(["invalid-boolean", "应为“是”或“否”，实际为“也许”。"]);
    expect(normaliseBool(null)).toEqual({ value: undefined, issues: [] });
  });
});

describe("dates", () => {
  test("serialToIso counts the 1900 system with its phantom 29 February, and the 1904 system", () => {
    expect([1, 59, 60, 61, 2958465].map((n) => serialToIso(n))).toEqual(["1900-01-01", "1900-02-28", "1900-02-28", "1900-03-01", "9999-12-31"]);
    expect(serialToIso(61.75)).toBe("1900-03-01");
    expect(serialToIso(1, true)).toBe("1904-01-02");
    expect([0, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY].map((n) => serialToIso(n))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  test("normaliseDate reads eight digits as a date before a serial, and refuses impossible days saying why", () => {
    expect(normaliseDate(20230705).value).toBe("2023-07-05");
    expect(normaliseDate(45000).value).toBe("2023-03-15");
    expect(normaliseDate(45000, undefined, { date1904: true }).value).toBe("2027-03-16");
    expect(normaliseDate("2023-07-05T08:30:00+08:00").value).toBe("2023-07-05");
    expect(normaliseDate("2023/7/5 8:30").value).toBe("2023-07-05");
    expect(refusal(normaliseDate(3e6, at))).toEqual(["invalid-date", "应为日期（如 2023-07-05 或 2023年7月5日），实际为“3000000”。"]);
    expect(refusal(normaliseDate("2023-13-01", at))).toEqual(["impossible-date", "“2023-13-01”不是存在的日期（没有13月），应为日期（如 2023-07-05 或 2023年7月5日）。"]);
    expect(refusal(normaliseDate("2023-00-01", at))[1]).toContain("（没有0月）");
    expect(refusal(normaliseDate("2024-02-30", at))[1]).toContain("（2024年2月只有29天）");
    expect(refusal(normaliseDate("2023-04-00", at))[1]).toContain("（2023年4月只有30天）");
    expect(refusal(normaliseDate("明天", at))).toEqual(["invalid-date", "应为日期（如 2023-07-05 或 2023年7月5日），实际为“明天”。"]);
  });
  test("normaliseDate refuses a Date cell outside four-digit years", () => {
    expect(refusal(normaliseDate(new Date(Date.UTC(999, 0, 1)), at))[0]).toBe("invalid-date");
    expect(refusal(normaliseDate(new Date(Date.UTC(10000, 0, 1)), at))[0]).toBe("invalid-date");
    expect(refusal(normaliseDate(new Date(Number.NaN), at))[1]).toBe("应为日期（如 2023-07-05 或 2023年7月5日），实际为“无效日期”。");
    expect(normaliseDate(new Date(Date.UTC(1000, 0, 1))).value).toBe("1000-01-01");
    expect(normaliseDate(new Date(Date.UTC(9999, 11, 31))).value).toBe("9999-12-31");
  });
});

describe("normalisePeriod", () => {
  test("reads every spelling of a quarter, a month, a half and a year", () => {
    const cases: [unknown, string][] = [
      ["2023年二季度", "2023-Q2"],
      ["2023年第4季度", "2023-Q4"],
      ["2023q1", "2023-Q1"],
      ["2023-Q3", "2023-Q3"],
      ["2023年7月份", "2023-07"],
      ["2023/7", "2023-07"],
      ["2023.12", "2023-12"],
      ["2021年下半年", "2021-H2"],
      ["2021年上半年", "2021-H1"],
      ["2021H2", "2021-H2"],
      ["2023年全年", "2023"],
      ["2023年", "2023"],
      [2023, "2023"],
      [new Date(Date.UTC(2023, 6, 1)), "2023-07"],
    ];
    for (const [input, period] of cases) expect(normalisePeriod(input as never).value, String(input)).toBe(period);
  });
  test("refuses a month outside 1–12 and anything else, naming the forms it takes", () => {
    expect(refusal(normalisePeriod("2023-13", at))).toEqual(["invalid-period", "应为检查期间（如 2023年第二季度、2023年7月、2021年上半年、2023年度），实际为“2023-13”。"]);
    expect(refusal(normalisePeriod("2023年0月", at))[0]).toBe("invalid-period");
    expect(normalisePeriod("")).toEqual({ value: undefined, issues: [] });
  });
});

describe("normaliseList", () => {
  test("reads an array of cells and names invalid characters in any of them", () => {
    const r = normaliseList(["甲、乙", "乙；丙", null, "丁\u0001"], at);
    expect(r.value).toEqual(["甲", "乙", "丙", "丁"]);
    expect(r.issues.map((i) => i.code)).toEqual(["invalid-character"]);
    expect(normaliseList(["无", "—"])).toEqual({ value: undefined, issues: [] });
    expect(normaliseList("a\r\nb\nc,d").value).toEqual(["a", "b", "c", "d"]);
  });
});

describe("normaliseEnum", () => {
  const verdict = sheetSpec("websites").columns.find((c) => c.key === "verdict")!;
  test("names the column and the choices, and keeps what a cell warned about", () => {
    expect(refusal(normaliseEnum(verdict, " 良好 ", at))).toEqual(["invalid-choice", "“良好”不是可识别的检查结论，可选：合格、不合格。"]);
    expect(refusal(normaliseEnum({ ...verdict, label: "结论" }, 3, at))[1]).toBe("“3”不是可识别的结论，可选：合格、不合格。");
    expect(normaliseEnum(verdict, "合格\u0001", at)).toMatchObject({ value: "合格", issues: [{ code: "invalid-character" }] });
    expect(normaliseEnum(verdict, "通过\u0001", at)).toMatchObject({ value: "合格", issues: [{ code: "invalid-character" }] });
    expect(refusal(normaliseEnum({ ...verdict, values: undefined, valueAliases: undefined }, "合格", at))[1]).toBe("“合格”不是可识别的检查结论，可选：。");
  });
});

describe("normaliseDocNumber", () => {
  test("keeps a number without a bracketed year, with a warning", () => {
    const r = normaliseDocNumber("某政发2023年19号", at);
    expect(r.value).toBe("某政发2023年19号");
    expect(r.issues).toEqual([
      {
        code: "doc-number-form",
        severity: "warning",
        message: "发文字号“某政发2023年19号”中未找到用〔〕括起的年份，应为“机关代字〔年份〕序号号”，如 某政公开办发〔2023〕19号。",
        value: "某政发2023年19号",
        location: at,
      },
    ]);
  });
  test("refuses a number that is not digits + 号, and says so", () => {
    expect(refusal(normaliseDocNumber("某政发〔2023〕十九号", at))).toEqual([
      "doc-number-form",
      "发文字号“某政发〔2023〕十九号”的序号不是“数字+号”，应为“机关代字〔年份〕序号号”，如 某政公开办发〔2023〕19号。",
    ]);
    expect(refusal(normaliseDocNumber("某政发〔2023〕第19号", at))[1]).toBe("发文字号“某政发〔2023〕第19号”的序号前不应加“第”，应为“机关代字〔年份〕序号号”，如 某政公开办发〔2023〕19号。");
    expect(refusal(normaliseDocNumber("某政发〔2023〕019号", at))[1]).toBe("发文字号“某政发〔2023〕019号”的序号不应有前导零（不编虚位），应为“机关代字〔年份〕序号号”，如 某政公开办发〔2023〕19号。");
  });
  test("folds full-width digits and inner spaces and says what it became", () => {
    const r = normaliseDocNumber("某政发 [２０２３] １９号");
    expect(r.value).toBe("某政发〔2023〕19号");
    expect(r.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      ["doc-number-normalised", "warning", "发文字号“某政发 [２０２３] １９号”已规范为“某政发〔2023〕19号”（年份用六角括号〔〕）。"],
    ]);
    expect(normaliseDocNumber(null)).toEqual({ value: undefined, issues: [] });
  });
});

describe("normaliseCell", () => {
  const column = (sheet: Parameters<typeof sheetSpec>[0], key: string) => sheetSpec(sheet).columns.find((c) => c.key === key)!;
  test("normalises by the column's kind", () => {
    const cases: [Parameters<typeof sheetSpec>[0], string, unknown, unknown][] = [
      ["websites", "name", " 甲网 ", "甲网"],
      ["accounts", "published", "1,200", 1200],
      ["websites", "score", "95.5", 95.5],
      ["websites", "checked", "否", false],
      ["websites", "vetoes", "甲、乙", ["甲", "乙"]],
      ["websites", "verdict", "通过", "合格"],
      ["notice", "period", "2023年第二季度", "2023-Q2"],
      ["notice", "docNumber", "某政发〔2023〕1号", "某政发〔2023〕1号"],
      ["notice", "signDate", 45000, "2027-03-16"],
    ];
    for (const [sheet, key, input, value] of cases) {
      const opts = key === "signDate" ? { date1904: true } : {};
      expect(normaliseCell(column(sheet, key), input as never, at, opts).value, key).toEqual(value);
    }
  });
});
