import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/render/grid.js";
import { countPages, gridFlow, rowHeights } from "../../src/render/page-count.js";

const cell = (text: string, span = 1) => ({ text, span, face: "fangsong" as const, align: "center" as const });
/** 小四 (12 pt): 240 twips a character, lines of 300, rows of 300 + 56 margins + 10 rules. */
const grid = (rows: string[][], widths = [2000, 3000]): Grid => ({
  widths,
  size: 24,
  rows: [{ header: true, cells: ["序号", "名称"].map((t) => cell(t)) }, ...rows.map((r) => ({ header: false, cells: r.map((t) => cell(t)) }))],
});

describe("rowHeights", () => {
  it("gives each row its tallest cell's lines, wrapped at the column's width and at every line break", () => {
    // 3000 twips less 114 of margins hold 12 characters: 25 take three lines; "a\nb" two.
    expect(rowHeights(grid([["1", "字".repeat(12)], ["2", "字".repeat(25)], ["a\nb", "x"]]))).toEqual([366, 366, 966, 666]);
  });

  it("measures a spanned cell across its columns and lets a form's least height stand", () => {
    const spanned: Grid = { widths: [1000, 1000], size: 24, rows: [{ header: false, cells: [cell("字".repeat(7), 2)] }] };
    expect(rowHeights(spanned)).toEqual([366]);
    expect(rowHeights({ ...spanned, rowHeight: 567 })).toEqual([567]);
  });
});

describe("countPages", () => {
  it("breaks lines where the page is full", () => {
    expect(countPages([{ kind: "lines", count: 22, pitch: 579 }], 22 * 579)).toBe(1);
    expect(countPages([{ kind: "lines", count: 23, pitch: 579 }], 22 * 579)).toBe(2);
    expect(countPages([{ kind: "lines", count: 1, pitch: 579 }], 22 * 579, 21.5 * 579)).toBe(2);
  });

  it("moves a row that does not fit whole to the next page, below the repeated header", () => {
    // Seven rows of 100 under a header of 100: four rows and three on pages of 500, three a page on 400 (or 450).
    const table = { kind: "table" as const, header: 100, rows: Array.from({ length: 7 }, () => 100) };
    expect(countPages([table], 500)).toBe(2);
    expect(countPages([table], 450)).toBe(3);
    expect(countPages([table], 400)).toBe(3);
    expect(countPages([table], 400, 250)).toBe(4);
  });

  it("keeps a table's header with its first row and still ends when a row is taller than a page", () => {
    expect(countPages([{ kind: "lines", count: 3, pitch: 100 }, { kind: "table", header: 100, rows: [100] }], 400)).toBe(2);
    expect(countPages([{ kind: "table", header: 100, rows: [1000, 100] }], 400)).toBe(2);
  });

  it("takes a grid's leading header rows as the header that repeats", () => {
    const flow = gridFlow(grid([["1", "甲"], ["2", "乙"]]));
    expect(flow).toEqual({ kind: "table", header: 366, rows: [366, 366] });
  });
});
