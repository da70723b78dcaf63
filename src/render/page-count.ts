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

/** Lines a cell's text takes at `chars` 字 a line: each `\n` part wraps on its own. */
function cellLines(text: string, chars: number): number {
  if (!text.includes("\n")) return Math.max(1, Math.ceil(textWidth(text) / chars - 1e-9));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / chars - 1e-9)), 0);
}

/** Estimated height of each row of a grid (twips): its tallest cell's lines, the margins, the form's least height. */
export function rowHeights(grid: Grid): number[] {
  const line = cellLine(grid.size);
  const starts = grid.widths.reduce<number[]>((at, w) => [...at, at[at.length - 1]! + w], [0]);
  // 字 a line of a cell from `column` across `span` columns, by the span's width less the cell margins.
  const chars = (column: number, span: number) => Math.max(1, (starts[column + span]! - starts[column]! - CELL_MARGIN.left - CELL_MARGIN.right) / (grid.size * 10));
  const single = grid.widths.map((_, c) => chars(c, 1));
  return grid.rows.map((row) => {
    let column = 0;
    let lines = 1;
    for (const cell of row.cells) {
      if (cell.merge !== "continue" && cell.text !== "") lines = Math.max(lines, cellLines(cell.text, cell.span === 1 ? single[column]! : chars(column, cell.span)));
      column += cell.span;
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
