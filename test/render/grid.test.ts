import { describe, expect, it } from "vitest";
import type { TableSpec } from "../../src/outline.js";
import { wrapHeader } from "../../src/render/column-widths.js";
import { formGrid, scaleWidths, tableGrid } from "../../src/render/grid.js";
import { problemAccounts } from "../fixtures/outlines/jianglin.js";

/** Width of each column's text area in 字 at 小四 (240 twips), cell margins (114) taken off. */
const room = (columns: number) => (8844 - 114 * columns) / 240;
const chars = (spec: TableSpec, width = 8844) => tableGrid(spec, width).widths.map((w) => (w - 114) / 240);
/** The problem-account table with every column in use (the fixture leaves 扣分问题 and 备注 empty). */
const filledAccounts: TableSpec = {
  ...problemAccounts,
  rows: problemAccounts.rows.map((r) => [...r.slice(0, 5), "有", "无"]),
};

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

  it("merges only a table that fits the room on its page; a longer one repeats the value in every row", () => {
    expect(tableGrid(spec, 8844, 12756).rows[2]!.cells[1]).toMatchObject({ merge: "continue" });
    const long = tableGrid({ ...spec, rows: Array.from({ length: 60 }, (_, i) => [i + 1, "甲市", "局A", "x"]) }, 8844, 12756);
    expect(long.rows.slice(1, 61).every((r) => r.cells[1]!.merge === undefined && r.cells[1]!.text === "甲市")).toBe(true);
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

  it("lets the 合计 label span the empty cells after it", () => {
    const totals = tableGrid(spec, 8844).rows[5]!.cells;
    expect(totals.map((c) => [c.text, c.span])).toEqual([
      ["合计", 3],
      ["4", 1],
    ]);
    const full = tableGrid({ ...spec, totals: ["合计", "4", "", "4"] }, 8844).rows[5]!.cells;
    expect(full.map((c) => c.span)).toEqual([1, 1, 1, 1]);
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
    expect(grid.rowHeight).toBe(567);
    expect(tableGrid({ columns: [{ header: "甲", width: 1 }], rows: [] }, 8844).rowHeight).toBeUndefined();
  });
});

describe("column widths from content", () => {
  it("keeps 序号 on one line, 微信视频号 on one line and the six-character names whole in the problem-account table", () => {
    const [no, name, unit, platform, veto, deduction, remark] = chars(filledAccounts);
    expect(no).toBeGreaterThanOrEqual(2.5);
    expect(platform).toBeGreaterThanOrEqual(5);
    expect(name).toBeGreaterThanOrEqual(6);
    expect(remark).toBeLessThan(4);
    expect(deduction).toBeLessThan(unit!);
    expect(veto).toBeGreaterThan(deduction!);
    expect(tableGrid(filledAccounts, 8844).widths.reduce((a, b) => a + b, 0)).toBe(8844);
  });

  it("drops the columns empty in every row (备注, 存在的扣分问题) and gives their width to the others", () => {
    const grid = tableGrid(problemAccounts, 8844);
    expect(grid.rows[0]!.cells.map((c) => c.text.replace("\n", ""))).toEqual(["序号", "账号名称", "开设主体", "账号类型", "存在的突出问题"]);
    expect(grid.rows.every((r) => r.cells.length === 5)).toBe(true);
    expect(grid.widths.reduce((a, b) => a + b, 0)).toBe(8844);
    const [, name, unit] = chars(problemAccounts);
    const [, fullName, fullUnit] = chars(filledAccounts);
    expect(name! + unit!).toBeGreaterThan(fullName! + fullUnit!);
  });

  it("keeps an empty column the reader fills in, and every column of a table without rows", () => {
    const spec: TableSpec = { columns: [{ header: "问题", width: 1 }, { header: "整改措施", width: 1, fillIn: true }, { header: "备注", width: 1 }], rows: [["链接", "", ""]] };
    expect(tableGrid(spec, 8844).rows[0]!.cells.map((c) => c.text)).toEqual(["问题", "整改措施"]);
    expect(tableGrid({ ...spec, rows: [] }, 8844).widths).toHaveLength(3);
    expect(tableGrid({ ...spec, totals: ["合计", "", "3"] }, 8844).widths).toHaveLength(3);
  });

  it("fits the widest 序号 of a long listing, at its end, on one line", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [i + 1, "江临市卫生健康委员会办公室信息中心".repeat(2), "首页存在无法访问的链接，".repeat(5)]);
    const spec: TableSpec = { columns: [{ header: "序号", width: 1 }, { header: "单位", width: 4 }, { header: "问题", width: 4 }], rows };
    const [no] = chars(spec);
    // 5 digits of a free CJK face (≈0.6字 each) and the slack.
    expect(no).toBeGreaterThanOrEqual(5 * 0.6 + 0.5 - 1e-9);
  });

  it("gives the spare width by the column weights when the natural widths fit", () => {
    const spec: TableSpec = { columns: [{ header: "甲", width: 1 }, { header: "乙", width: 3 }], rows: [["一二", "一二"]] };
    const [a, b] = chars(spec);
    // Both natural widths are 2.5字 (two characters and slack); the rest is shared 1 : 3.
    expect((b! - 2.5) / (a! - 2.5)).toBeCloseTo(3, 1);
  });

  it("shrinks the widest column first and leaves the narrow ones at their natural width", () => {
    const spec: TableSpec = {
      columns: [{ header: "序号", width: 1 }, { header: "单位", width: 1 }, { header: "存在问题", width: 1 }],
      rows: [[1, "江临市科学技术局", "首页存在无法访问的链接，".repeat(6)]],
    };
    const [no, unit, problem] = chars(spec);
    expect(no).toBeCloseTo(2.5, 1);
    expect(unit).toBeCloseTo(8.5, 1);
    expect(problem).toBeCloseTo(room(3) - 2.5 - 8.5, 1);
  });

  it("keeps a blank fill-in column at least its minChars wide, however long the other cells are", () => {
    const spec: TableSpec = {
      columns: [{ header: "存在问题", width: 1 }, { header: "整改措施", width: 1, minChars: 8, fillIn: true }],
      rows: [["首页存在无法访问的链接，".repeat(6), ""]],
    };
    const [problem, measures] = chars(spec);
    expect(measures).toBeGreaterThanOrEqual(8);
    expect(problem).toBeCloseTo(room(2) - measures!, 1);
  });

  it("wraps a long cell before a short header, and a short header before a short cell", () => {
    const spec: TableSpec = {
      columns: [
        { header: "单位", width: 1 },
        { header: "整改情况", width: 1 },
        { header: "存在问题", width: 1 },
      ],
      rows: [["江临市数据资源管理局", "已整改", "首页存在无法访问的链接，".repeat(4)]],
    };
    const [unit, state, problem] = chars(spec);
    expect(state).toBeCloseTo(4.5, 1);
    expect(unit).toBeCloseTo(10.5, 1);
    expect(problem).toBeCloseTo(room(3) - 15, 1);
    const [, name, , platform, , deduction] = chars(filledAccounts);
    expect(deduction).toBeCloseTo(4.5, 1);
    expect(Math.min(name!, platform!)).toBeGreaterThanOrEqual(5.5);
  });

  it("measures the first 2,000 rows and the totals row only, so a huge table costs no more than that", () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [i + 1, "江临市"]);
    const spec: TableSpec = { columns: [{ header: "序号", width: 1 }, { header: "单位", width: 4 }], rows };
    const base = tableGrid(spec, 8844).widths;
    rows[100_000]![1] = "江临市卫生健康委员会办公室信息中心".repeat(3);
    expect(tableGrid(spec, 8844).widths).toEqual(base);
    expect(tableGrid({ ...spec, totals: ["合计（全市一百五十个单位）", ""] }, 8844).widths).not.toEqual(base);
  });
});

describe("wrapHeader", () => {
  it("breaks a header wider than its column between words, in balanced lines", () => {
    expect(wrapHeader("存在的突出问题", 6.2)).toBe("存在的\n突出问题");
    expect(wrapHeader("账号类型", 2.5)).toBe("账号\n类型");
    expect(wrapHeader("账号类型", 5.5)).toBe("账号类型");
  });

  it("never breaks inside a number or a Latin word", () => {
    expect(wrapHeader("2024年得分", 3)).toBe("2024年\n得分");
  });

  it("is applied to the header row of a table grid, not to the body", () => {
    const header = tableGrid(filledAccounts, 8844).rows[0]!.cells.map((c) => c.text);
    expect(header).toContain("存在的\n突出问题");
    expect(header).toContain("序号");
  });
});

