import type { Align, Cell, FormBlock, TableSpec } from "../outline.js";
import { columnChars, textWidth, wrapHeader } from "./column-widths.js";
import type { Face } from "./fonts.js";
import { liveColumns } from "./live-columns.js";
import { SIZE } from "./page.js";

const sum = (xs: number[]): number => xs.reduce((a, x) => a + x, 0);

/** Cell margins (twips) both table back ends write. */
export const CELL_MARGIN = { top: 28, bottom: 28, left: 57, right: 57 } as const;

/**
 * The one table model both back ends draw (docx objects and hand-built XML): column widths in DXA,
 * body size, and per cell its text, span, vertical merge, face and alignment.
 */
export interface GridCell {
  /** Cell text; a `\n` is a line break. */
  text: string;
  span: number;
  merge?: "restart" | "continue";
  face: Face;
  align: Align;
}
export interface GridRow {
  header: boolean;
  cells: GridCell[];
}
export interface Grid {
  widths: number[];
  /** Least row height in twips (room to write in a form); rows grow with their text. */
  rowHeight?: number;
  /** Half-points: 24 = 小四, 28 = 四号. */
  size: number;
  rows: GridRow[];
}

/** Exact line height in cells: 1.25 × the font size (twips), never the body's 579. */
export function cellLine(size: number): number {
  return Math.round(size * 10 * 1.25);
}

/** Integer DXA widths proportional to `weights`, summing exactly to `total`. */
export function scaleWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, w) => a + Math.max(w, 0), 0) || 1;
  const widths = weights.map((w) => Math.floor((Math.max(w, 0) / sum) * total));
  const rest = total - widths.reduce((a, w) => a + w, 0);
  if (widths.length > 0) widths[widths.length - 1]! += rest;
  return widths;
}

/**
 * Integer DXA column widths from the content (see column-widths.ts): one 字 is the cell font size, each
 * column also carries its left and right cell margins. Falls back to the weights when margins alone overflow.
 */
export function tableWidths(spec: TableSpec, width: number, size: number): number[] {
  const pad = CELL_MARGIN.left + CELL_MARGIN.right;
  const charTwips = size * 10;
  if (pad * spec.columns.length >= width) return scaleWidths(spec.columns.map((c) => c.width), width);
  return scaleWidths(columnChars(spec, width, charTwips, pad).map((chars) => chars * charTwips + pad), width);
}

/** Rows in which each cell of a `merge` column continues the one above: same value, same enclosing groups. */
function mergeFlags(spec: TableSpec): boolean[][] {
  const flags = spec.rows.map((row) => row.map(() => false));
  for (let r = 1; r < spec.rows.length; r++) {
    let groupContinues = true;
    spec.columns.forEach((col, c) => {
      if (!col.merge) return;
      const value = spec.rows[r]![c];
      const same = groupContinues && value !== undefined && value !== "" && value === spec.rows[r - 1]![c];
      flags[r]![c] = same;
      groupContinues = same;
    });
  }
  return flags;
}

/** The totals row in 黑体: its label (合计) spans the empty cells that follow it, over 序号 and the name column. */
function totalsCells(totals: Cell[], columns: number): GridCell[] {
  const texts = Array.from({ length: columns }, (_, c) => String(totals[c] ?? ""));
  let span = 1;
  if (texts[0] !== "") while (span < columns - 1 && texts[span] === "") span++;
  return [texts[0]!, ...texts.slice(span)].map((text, i) => ({ text, span: i === 0 ? span : 1, face: "heiti", align: "center" }));
}

/** Share of the room a table may fill by the estimate and still count as fitting (rules, rounding, wider digits). */
const FIT_SHARE = 0.85;

/**
 * True when the table's estimated height — each row as many lines as its widest-wrapping cell needs at the
 * column widths, plus cell margins and rules — fits `room` twips. Only then may its merges stand: a merged
 * cell that crosses a page break shows its text on the first page only, in LibreOffice and in Word.
 */
export function fitsRoom(rows: Cell[][], headerLines: number, widths: number[], size: number, room: number): boolean {
  const row = (lines: number) => lines * cellLine(size) + CELL_MARGIN.top + CELL_MARGIN.bottom + 10;
  const limit = room * FIT_SHARE - row(headerLines);
  if (rows.length * row(1) > limit) return false;
  const chars = widths.map((w) => Math.max(1, (w - CELL_MARGIN.left - CELL_MARGIN.right) / (size * 10)));
  let height = 0;
  for (const cells of rows) height += row(Math.max(1, ...cells.map((cell, c) => Math.ceil(textWidth(String(cell)) / chars[c]!))));
  return height <= limit;
}

/**
 * Lays out a statistics table: header row (黑体), body rows (仿宋), a totals row (黑体); columns empty in every row
 * are left out (see live-columns.ts). Runs of equal values in merge columns are merged when the whole table fits
 * the `room` (twips) left on its first page; a longer table repeats the value in every row, so a unit's name
 * shows on every page it runs over.
 */
export function tableGrid(table: TableSpec, width: number, room = Number.POSITIVE_INFINITY): Grid {
  const spec = liveColumns(table);
  const size = spec.fontSize === "四号" ? SIZE.四号 : SIZE.小四;
  const widths = tableWidths(spec, width, size);
  const textRoom = (w: number) => (w - CELL_MARGIN.left - CELL_MARGIN.right) / (size * 10);
  const headers = spec.columns.map((col, c) => wrapHeader(col.header, textRoom(widths[c]!)));
  const headerLines = Math.max(1, ...headers.map((h) => h.split("\n").length));
  const merging = spec.columns.some((c) => c.merge) && (room === Number.POSITIVE_INFINITY || fitsRoom(spec.totals ? [...spec.rows, spec.totals] : spec.rows, headerLines, widths, size, room));
  const flags = merging ? mergeFlags(spec) : spec.rows.map((row) => row.map(() => false));
  const restarts = (r: number, c: number): boolean => flags[r + 1]?.[c] === true;
  const header: GridRow = {
    header: true,
    cells: headers.map((text) => ({ text, span: 1, face: "heiti", align: "center" })),
  };
  const body: GridRow[] = spec.rows.map((row, r) => ({
    header: false,
    cells: spec.columns.map((col, c) => {
      const value = row[c] ?? "";
      const merge = flags[r]![c] ? "continue" : restarts(r, c) ? "restart" : undefined;
      const align = typeof value === "number" ? "center" : (col.align ?? "center");
      // Two literals rather than a spread: one object per cell, and a 150,000-row listing has a million cells.
      return merge
        ? { text: merge === "continue" ? "" : String(value), span: 1, merge, face: "fangsong", align }
        : { text: String(value), span: 1, face: "fangsong", align };
    }),
  }));
  const totals: GridRow[] = spec.totals ? [{ header: false, cells: totalsCells(spec.totals, spec.columns.length) }] : [];
  return { widths, size, rows: [header, ...body, ...totals] };
}

/** Least height of a form row: 1 cm, room to fill the form in by hand. */
export const FORM_ROW = 567;

/** Lays out a form: grid columns = the widest row's span total, labels in 黑体, values in 仿宋, both wrapped between words. */
export function formGrid(form: FormBlock, width: number): Grid {
  const columns = Math.max(1, ...form.rows.map((row) => row.cells.reduce((a, c) => a + (c.span ?? 1), 0)));
  const widths = scaleWidths(Array.from({ length: columns }, () => 1), width);
  const room = (from: number, span: number) => (sum(widths.slice(from, from + span)) - CELL_MARGIN.left - CELL_MARGIN.right) / (SIZE.四号 * 10);
  const rows: GridRow[] = form.rows.map((row) => {
    let col = 0;
    return {
      header: false,
      cells: row.cells.map((cell) => {
        const span = cell.span ?? 1;
        // Labels and values wrap between words, in balanced lines (购买服务□ stays whole).
        const text = wrapHeader(cell.text, room(col, span));
        col += span;
        return { text, span, face: cell.label ? "heiti" : "fangsong", align: cell.label ? "center" : "left" };
      }),
    };
  });
  return { widths, size: SIZE.四号, rowHeight: FORM_ROW, rows };
}

/** Id of the paragraph style a cell uses: size, face and alignment (see cell-styles.ts). */
export function cellStyleId(size: number, face: Face, align: Align): string {
  return `Tb${size}${face === "heiti" ? "H" : "F"}${align[0]!.toUpperCase()}`;
}

/** Wider than 8 printed columns, or asked for: the table gets a landscape section. */
export function needsLandscape(spec: TableSpec): boolean {
  return spec.landscape === true || liveColumns(spec).columns.length > 8;
}
