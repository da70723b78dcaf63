import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isHourglass, titleLines, titleWidth, TITLE_CHARS } from "../../src/render/title-lines.js";

describe("titleLines", () => {
  it("keeps a short title on one line", () => {
    expect(titleLines("关于开展政务新媒体检查的通知")).toEqual(["关于开展政务新媒体检查的通知"]);
  });

  it("breaks a long title before 关于 and before 政务新媒体, in a 菱形", () => {
    expect(titleLines("自治区人民政府政务公开办公室关于2020年第3季度全区政府网站和政务新媒体检查情况的通报")).toEqual([
      "自治区人民政府政务公开办公室",
      "关于2020年第3季度全区政府网站和",
      "政务新媒体检查情况的通报",
    ]);
  });

  it("breaks only between words: never inside 2021年, 第一季度, 政务新媒体 or a unit name", () => {
    expect(titleLines("青神县政务公开领导小组办公室关于2021年第一季度政府门户网站与政务新媒体内容保障工作抽查情况的通报")).toEqual([
      "青神县政务公开领导小组办公室",
      "关于2021年第一季度政府门户网站与",
      "政务新媒体内容保障工作抽查情况的通报",
    ]);
    expect(titleLines("关于江临市商务局政府网站与政务新媒体检查发现问题的整改通知单")).toEqual(["关于江临市商务局政府网站与", "政务新媒体检查发现问题的整改通知单"]);
    expect(titleLines("2024年第三季度检查发现存在问题的政务新媒体名单")).toEqual(["2024年第三季度检查发现", "存在问题的政务新媒体名单"]);
  });

  it("never splits a number or leaves a closing bracket at the head of a line", () => {
    const lines = titleLines("盘锦市政务公开工作领导小组办公室关于2023年7月份全市政府网站和政务新媒体监管情况（第12期）的通报");
    for (let i = 1; i < lines.length; i++) {
      expect(lines[i]).not.toMatch(/^[）》，。、]/);
      expect(/[0-9]$/.test(lines[i - 1]!) && /^[0-9]/.test(lines[i]!)).toBe(false);
    }
  });

  it("keeps every line within the width, loses no character and never makes an hourglass", () => {
    const cjk = fc.constantFrom(..."市政府办公室关于全区网站和政务新媒体检查情况的通报年第季度");
    fc.assert(
      fc.property(fc.array(fc.oneof(cjk, fc.constantFrom("1", "2", "0")), { minLength: 21, maxLength: 70 }), (chars) => {
        const title = chars.join("");
        const lines = titleLines(title);
        expect(lines.join("")).toBe(title);
        if (lines.length > 1) {
          for (const l of lines) expect(titleWidth(l)).toBeLessThanOrEqual(TITLE_CHARS);
          expect(isHourglass(lines.map(titleWidth))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
