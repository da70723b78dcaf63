import { describe, expect, it } from "vitest";
import { joinWithAnd, quoteNames } from "../../src/format/names.js";
import { chineseNumeral, headingNumber } from "../../src/format/numeral.js";

describe("chineseNumeral", () => {
  it("writes section numbers the Chinese way", () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(["一", "九", "十", "十一", "二十", "二十一", "九十九"]);
    expect(chineseNumeral(105)).toBe("一百零五");
  });
  it("numbers the four heading levels", () => {
    expect([headingNumber(1, 3), headingNumber(2, 12), headingNumber(3, 2), headingNumber(4, 1)]).toEqual(["三、", "（十二）", "2.", "（1）"]);
  });
});

describe("name lists", () => {
  it("quotes and joins names with 、 or runs them together", () => {
    expect(quoteNames(["A", "B"])).toBe("“A”、“B”");
    expect(quoteNames(["A", "B", "C"], { separator: "" })).toBe("“A”“B”“C”");
  });
  it("cuts a long list with 等N家", () => {
    expect(quoteNames(["A", "B", "C"], { limit: 2, measure: "家" })).toBe("“A”、“B”等3家");
  });
  it("joins the last name with 和", () => {
    expect(joinWithAnd(["甲", "乙", "丙"])).toBe("甲、乙和丙");
    expect(joinWithAnd(["甲"])).toBe("甲");
    expect(joinWithAnd([])).toBe("");
  });
});
