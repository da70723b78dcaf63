import { describe, expect, it } from "vitest";
import { formGrid, scaleWidths, tableGrid } from "../../src/render/grid.js";

describe("tableGrid", () => {
  const spec = {
    columns: [
      { header: "序号", width: 1 },
      { header: "地区", width: 2, merge: true },
      { header: "单位", width: 2, merge: true },
      { header: "问题", width: 3 },
    ],
    rows: [
      [1, "甲市", "局A", "x"],
      [2, "甲市", "局A", "y"],
      [3, "乙市", "局A", "z"],
      [4, "乙市", "局B", "w"],
    ],
    totals: ["合计", "", "", "4"],
  };

  it("merges equal neighbours of merge columns, but not across a break in an earlier merge column", () => {
    const grid = tableGrid(spec, 8844);
    const merges = grid.rows.slice(1, 5).map((r) => r.cells.map((c) => c.merge ?? "-"));
    expect(merges).toEqual([
      ["-", "restart", "restart", "-"],
      ["-", "continue", "continue", "-"],
      ["-", "restart", "-", "-"],
      ["-", "continue", "-", "-"],
    ]);
    expect(grid.rows[2]!.cells[1]!.text).toBe("");
  });

  it("sets the header and totals rows in 黑体, the body in 仿宋 小四, numbers centred", () => {
    const grid = tableGrid(spec, 8844);
    expect(grid.size).toBe(24);
    expect(grid.rows[0]!.header).toBe(true);
    expect(grid.rows[0]!.cells.every((c) => c.face === "heiti")).toBe(true);
    expect(grid.rows[5]!.cells.every((c) => c.face === "heiti")).toBe(true);
    expect(grid.rows[1]!.cells[0]).toMatchObject({ face: "fangsong", align: "center", text: "1" });
    expect(tableGrid({ ...spec, fontSize: "四号" }, 8844).size).toBe(28);
  });

  it("scales weights to integer widths that add up to the type area", () => {
    const widths = scaleWidths([1, 2, 2, 3], 8844);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(widths[3]! / widths[0]!).toBeCloseTo(3, 1);
  });

  it("lays a form out on as many grid columns as its widest row spans", () => {
    const grid = formGrid({ kind: "form", rows: [{ cells: [{ text: "单位", label: true }, { text: "", span: 3 }] }] }, 8844);
    expect(grid.widths).toHaveLength(4);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ face: "heiti", span: 1 });
  });
});
