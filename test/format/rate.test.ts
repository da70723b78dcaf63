import { describe, expect, it } from "vitest";
import { formatPointChange, formatRate, formatShare, fraction, sameRate } from "../../src/format/rate.js";

describe("formatRate", () => {
  it("prints one decimal for an ordinary share", () => {
    expect(formatRate(fraction(80, 84))).toBe("95.2%");
    expect(formatRate(fraction(1, 3))).toBe("33.3%");
    expect(formatRate(fraction(2, 3))).toBe("66.7%");
  });
  it("prints 100% only when every item passed", () => {
    expect(formatRate(fraction(7, 7))).toBe("100%");
  });
  it("prints 0% only when none passed", () => {
    expect(formatRate(fraction(0, 12))).toBe("0%");
  });
  it("keeps decimals instead of rounding an inexact rate to 100.0%", () => {
    expect(formatRate(fraction(2999, 3000))).toBe("99.97%");
    expect(formatRate(fraction(99999, 100000))).toBe("99.999%");
  });
  it("keeps decimals instead of rounding an inexact rate to 0.0%", () => {
    expect(formatRate(fraction(1, 3000))).toBe("0.03%");
  });
  it("rounds half up exactly", () => {
    expect(formatRate(fraction(1, 8))).toBe("12.5%");
    expect(formatRate(fraction(1, 16))).toBe("6.3%");
  });
  it("prints a dash when nothing was counted", () => {
    expect(formatRate(fraction(0, 0))).toBe("—");
  });
});

describe("formatRate with 合格率小数位数", () => {
  it("prints the office's rates: 88%, 97.33%, 93.75% with two decimals, trailing zeros dropped", () => {
    expect(formatRate(fraction(22, 25), 2)).toBe("88%");
    expect(formatRate(fraction(146, 150), 2)).toBe("97.33%");
    expect(formatRate(fraction(15, 16), 2)).toBe("93.75%");
    expect(formatRate(fraction(9, 10))).toBe("90%");
    expect(formatRate(fraction(19, 20), 2)).toBe("95%");
  });
  it("prints whole percents with none, keeping decimals near 0% and 100%", () => {
    expect(formatRate(fraction(11, 12), 0)).toBe("92%");
    expect(formatRate(fraction(199, 200), 0)).toBe("99.5%");
    expect(formatRate(fraction(1, 300), 0)).toBe("0.3%");
    expect(formatRate(fraction(2999, 3000), 2)).toBe("99.97%");
  });
  it("prints 抽查比例 as a whole percent", () => {
    expect(formatShare(fraction(60, 158))).toBe("38%");
    expect(formatShare(fraction(157, 158))).toBe("99%");
    expect(formatShare(fraction(315, 316))).toBe("99.7%");
  });
  it("tells equal rates apart from different ones exactly", () => {
    expect(sameRate(fraction(1, 2), fraction(3, 6))).toBe(true);
    expect(sameRate(fraction(1, 3), fraction(333, 1000))).toBe(false);
  });
});

describe("formatPointChange", () => {
  it("says 提高 or 下降 with one decimal", () => {
    expect(formatPointChange(fraction(95, 100), fraction(927, 1000))).toBe("提高2.3个百分点");
    expect(formatPointChange(fraction(90, 100), fraction(95, 100))).toBe("下降5.0个百分点");
  });
  it("says 持平 for no change and keeps decimals for a tiny one", () => {
    expect(formatPointChange(fraction(1, 2), fraction(2, 4))).toBe("持平");
    expect(formatPointChange(fraction(10001, 20000), fraction(1, 2))).toBe("提高0.01个百分点");
  });
});
