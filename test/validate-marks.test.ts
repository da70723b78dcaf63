import { describe, expect, test } from "vitest";
import { normaliseMark } from "../src/normalise.js";

const mark = (v: unknown, kind: "veto" | "deduction" = "veto") => normaliseMark(v as never, kind).value;

describe("an indicator-matrix cell", () => {
  test.each(["√", "✓", "●", "是", "有", "1", "Y", "y", "否决", "不合格"])("%s ticks the indicator", (v) => {
    expect(mark(v)).toEqual({ ticked: true });
  });

  test.each(["", "×", "否", "无", "0", "N", "-", "/", "合格", "○", null, undefined])("%s leaves it unticked", (v) => {
    expect(mark(v)).toEqual({ ticked: false });
  });

  test("a number in a deduction column is the points deducted, whatever its sign or unit", () => {
    for (const v of [2, "2", "2分", "扣2分", -2, "－２"]) expect(mark(v, "deduction")).toEqual({ ticked: true, points: 2 });
    expect(mark(0.5, "deduction")).toEqual({ ticked: true, points: 0.5 });
    expect(mark(0, "deduction")).toEqual({ ticked: false });
  });

  test("a number in a veto column only ticks it", () => {
    expect(mark(3)).toEqual({ ticked: true });
  });

  test("other text ticks it and describes the problem", () => {
    expect(mark("首页2周未更新")).toEqual({ ticked: true, text: "首页2周未更新" });
  });

  test("a boolean cell is read as it is", () => {
    expect(mark(true)).toEqual({ ticked: true });
    expect(mark(false)).toEqual({ ticked: false });
  });
});
