import { textWidth } from "./column-widths.js";
import { CELL_MARGIN, cellLine, type Grid } from "./grid.js";

/**
 * How many pages a section's content takes, estimated without a layout engine: what flows down the page
 * (lines of text at a pitch, tables whose rows never split and whose header repeats) filled greedily into
 * pages of `room` twips. Used where a rule depends on the page count and no layout is at hand: whether a
 * blank page will precede the 版记 (GB/T 9704 7.5), decided when the document is written.
 */
export type Flow =
  /** `count` lines of `pitch` twips, breaking between any two. */
  | { kind: "lines"; count: number; pitch: number }
  /** A table: the heights of its repeated header rows and of its body rows (rows do not split). */
  | { kind: "table"; header: number; rows: number[] };

/** Rules and rounding per table row, as grid.ts's fit estimate counts them. */
const RULE = 10;

/** Lines a cell's text takes in a column `width` twips wide at `size` half-points: each `\n` part wraps on its own. */
function cellLines(text: string, width: number, size: number): number {
  const chars = Math.max(1, (width - CELL_MARGIN.left - CELL_MARGIN.right) / (size * 10));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / chars - 1e-9)), 0);
}

/** Estimated height of each row of a grid (twips): its tallest cell's lines, the margins, the form's least height. */
export function rowHeights(grid: Grid): number[] {
  const line = cellLine(grid.size);
  return grid.rows.map((row) => {
    let column = 0;
    let lines = 1;
    for (const cell of row.cells) {
      const width = grid.widths.slice(column, column + cell.span).reduce((a, b) => a + b, 0);
      column += cell.span;
      if (cell.merge !== "continue") lines = Math.max(lines, cellLines(cell.text, width, grid.size));
    }
    return Math.max(grid.rowHeight ?? 0, lines * line + CELL_MARGIN.top + CELL_MARGIN.bottom + RULE);
  });
}

/** A grid as flow: its leading header rows repeat on every page it runs over. */
export function gridFlow(grid: Grid): Flow {
  const heights = rowHeights(grid);
  const headers = grid.rows.findIndex((r) => !r.header);
  const split = headers < 0 ? grid.rows.length : headers;
  return { kind: "table", header: heights.slice(0, split).reduce((a, b) => a + b, 0), rows: heights.slice(split) };
}

/** Pages the flow fills, `room` twips each, starting `used` twips down the first page. */
export function countPages(flow: Flow[], room: number, used = 0): number {
  let pages = 1;
  let at = used;
  const advance = (height: number, again = 0) => {
    if (at + height > room && at > again) {
      pages++;
      at = again;
    }
    at += height;
  };
  for (const item of flow) {
    if (item.kind === "lines") for (let i = 0; i < item.count; i++) advance(item.pitch);
    else {
      // The header keeps with the first row; each later page starts with the repeated header.
      advance(item.header + (item.rows[0] ?? 0));
      for (const row of item.rows.slice(1)) advance(row, item.header);
    }
  }
  return pages;
}
