import { describe, expect, it } from "vitest";
import { formatAsOf, formatDate, formatMonthDay, formatPeriod, formatPeriodShort, parsePeriod, periodUnit, previousPeriod } from "../../src/format/date.js";
import { joinWithAnd, quoteNames } from "../../src/format/names.js";
import { chineseNumeral } from "../../src/format/numeral.js";
import { formatPointChange, formatRate, fraction } from "../../src/format/rate.js";

describe("dates refuse what is not canonical", () => {
  it("rejects a date with anything before or after it", () => {
    expect(() => formatDate("x2023-07-05")).toThrow(RangeError);
    expect(() => formatDate("2023-07-05x")).toThrow("not an ISO date: 2023-07-05x");
    expect(() => formatMonthDay("2023-7-5")).toThrow(RangeError);
  });
  it("rejects a period with anything before or after it", () => {
    expect(() => parsePeriod("x2023-Q2")).toThrow(RangeError);
    expect(() => parsePeriod("2023-Q2x")).toThrow("not a canonical period: 2023-Q2x");
    expect(() => parsePeriod("2023-Q5")).toThrow(RangeError);
  });
  it("writes the data date as 截至 and the date", () => {
    expect(formatAsOf("2024-01-09")).toBe("截至2024年1月9日");
  });
});

describe("periods without their year and their unit", () => {
  it("names each half, the whole year and the unit of every kind", () => {
    expect(formatPeriodShort(parsePeriod("2021-H1"))).toBe("上半年");
    expect(formatPeriodShort(parsePeriod("2021-H2"))).toBe("下半年");
    expect(formatPeriodShort(parsePeriod("2021"))).toBe("全年");
    expect(formatPeriodShort(parsePeriod("2023-Q3"))).toBe("第三季度");
    expect(["2023-Q2", "2023-07", "2021-H1", "2023"].map((p) => periodUnit(parsePeriod(p)))).toEqual(["季度", "月", "半年", "年度"]);
  });
  it("goes back one year from a year, one half from the second half", () => {
    expect(previousPeriod(parsePeriod("2023"))).toEqual({ kind: "year", year: 2022, index: 0 });
    expect(formatPeriod(previousPeriod(parsePeriod("2021-H2")))).toBe("2021年上半年");
    expect(formatPeriod(previousPeriod(parsePeriod("2021-H1")))).toBe("2020年下半年");
  });
});

describe("Chinese numerals at their edges", () => {
  it("writes hundreds, with 零 before a single digit and 一十 before the teens", () => {
    expect([100, 110, 119, 120, 200, 999].map(chineseNumeral)).toEqual(["一百", "一百一十", "一百一十九", "一百二十", "二百", "九百九十九"]);
    expect(chineseNumeral(0)).toBe("零");
    expect(chineseNumeral(101)).toBe("一百零一");
  });
  it("leaves what it cannot write as digits", () => {
    expect([-1, 1000, 2.5].map(chineseNumeral)).toEqual(["-1", "1000", "2.5"]);
  });
});

describe("name lists at their edges", () => {
  it("cuts only a list longer than the limit, and counts in 个 by default", () => {
    expect(quoteNames(["A", "B"], { limit: 2 })).toBe("“A”、“B”");
    expect(quoteNames(["A", "B", "C"], { limit: 1 })).toBe("“A”等3个");
  });
  it("puts each suffix after its name inside the quotes' list", () => {
    expect(quoteNames(["A", "B"], { suffixes: ["微信公众号", "微博"] })).toBe("“A”微信公众号、“B”微博");
  });
  it("joins two names with the given word", () => {
    expect(joinWithAnd(["甲", "乙"], "与")).toBe("甲与乙");
  });
});

describe("rates at their edges", () => {
  it("prints one decimal for a small share and several when one would round to 0.0%", () => {
    expect(formatRate(fraction(1, 1000))).toBe("0.1%");
    expect(formatRate(fraction(1, 2001))).toBe("0.05%");
  });
  it("prints a negative or a reversed fraction with its sign", () => {
    expect(formatRate(fraction(-1, 3))).toBe("-33.3%");
    expect(formatRate(fraction(1, -3))).toBe("-33.3%");
    expect(formatRate(fraction(-1, -3))).toBe("33.3%");
  });
  it("keeps as many decimals as the fraction needs", () => {
    expect(formatRate(fraction(1, 3_000_000))).toBe("0.00003%");
    expect(formatRate(fraction(Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER))).toBe("99.99999999999999%");
  });
  it("prints a dash for a change when either rate has nothing counted", () => {
    expect(formatPointChange(fraction(0, 0), fraction(1, 2))).toBe("—");
    expect(formatPointChange(fraction(1, 2), fraction(0, 0))).toBe("—");
  });
  it("says 下降 for a fall too small to show with one decimal", () => {
    expect(formatPointChange(fraction(1, 2), fraction(10001, 20000))).toBe("下降0.01个百分点");
  });
});
