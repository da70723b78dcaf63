import { describe, expect, it } from "vitest";
import { formatAsOf, formatDate, formatDeadline, formatPeriod, formatStatWindow, parsePeriod, previousPeriod, formatPeriodShort, weekday } from "../../src/format/date.js";

describe("dates in official form", () => {
  it("writes a date without leading zeros", () => {
    expect(formatDate("2023-07-05")).toBe("2023年7月5日");
  });
  it("writes a deadline with its weekday", () => {
    expect(formatDeadline("2023-08-04")).toBe("8月4日（星期五）");
    expect(formatDeadline("2020-09-28", true)).toBe("2020年9月28日（星期一）");
    expect(weekday("2024-02-29")).toBe("星期四");
    expect(weekday("1969-12-31")).toBe("星期三");
  });
  it("writes the statistics window and the data date", () => {
    expect(formatStatWindow("2020-11-24", "2021-02-22")).toBe("统计时间：2020年11月24日—2021年2月22日");
    expect(formatAsOf("2023-06-30")).toBe("截至2023年6月30日");
  });
});

describe("deadlines with a time of day", () => {
  it("prints the hour after the weekday", () => {
    expect(formatDeadline("2020-09-28T18:00")).toBe("9月28日（星期一）18:00");
    expect(formatDeadline("2020-09-28T09:30", true)).toBe("2020年9月28日（星期一）9:30");
    expect(formatDate("2020-09-28T18:00")).toBe("2020年9月28日");
  });
});

describe("periods as the office wrote them", () => {
  it("keeps 第3季度, 二季度 and 7月份 instead of rewriting them", () => {
    expect(formatPeriod(parsePeriod("2020-Q3"), "2020年第3季度")).toBe("2020年第3季度");
    expect(formatPeriodShort(parsePeriod("2020-Q3"), "2020年第3季度")).toBe("第3季度");
    expect(formatPeriodShort(parsePeriod("2023-Q2"), "2023年二季度")).toBe("二季度");
    expect(formatPeriodShort(parsePeriod("2023-07"), "2023年7月份")).toBe("7月份");
    expect(formatPeriod(parsePeriod("2023-07"), "2023年7月")).toBe("2023年7月");
  });
  it("falls back to the standard form when nothing Chinese was written", () => {
    expect(formatPeriod(parsePeriod("2023-Q2"), undefined)).toBe("2023年第二季度");
    expect(formatPeriodShort(parsePeriod("2023"), "2023年度")).toBe("全年");
  });
});

describe("periods", () => {
  it("names every kind of period", () => {
    expect(formatPeriod(parsePeriod("2023-Q2"))).toBe("2023年第二季度");
    expect(formatPeriod(parsePeriod("2023-07"))).toBe("2023年7月");
    expect(formatPeriod(parsePeriod("2021-H1"))).toBe("2021年上半年");
    expect(formatPeriod(parsePeriod("2023"))).toBe("2023年度");
  });
  it("finds the previous period across a year boundary", () => {
    expect(formatPeriodShort(previousPeriod(parsePeriod("2023-07")))).toBe("6月份");
    expect(previousPeriod(parsePeriod("2023-01"))).toEqual({ kind: "month", year: 2022, index: 12 });
    expect(previousPeriod(parsePeriod("2023-Q1"))).toEqual({ kind: "quarter", year: 2022, index: 4 });
  });
});
