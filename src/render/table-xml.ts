import { escapeDocx } from "./component-xml.js";
import { CELL_MARGIN, cellStyleId, type Grid, type GridCell } from "./grid.js";

/** Rows encoded per chunk: bounds the size of any one intermediate string. */
const ROWS_PER_CHUNK = 500;
const encoder = new TextEncoder();

const border = (side: string): string => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`;

/** `<w:tblPr>` and `<w:tblGrid>`: the same properties the docx back end writes. */
function tableHead(grid: Grid): string {
  const total = grid.widths.reduce((a, w) => a + w, 0);
  const m = CELL_MARGIN;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/>` +
    `<w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${grid.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
  );
}

function cellXml(cell: GridCell, width: number, size: number): string {
  const span = cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : "";
  const merge = cell.merge ? `<w:vMerge w:val="${cell.merge}"/>` : "";
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${cellStyleId(size, cell.face, cell.align)}"/></w:pPr>${runsXml(cell.text)}</w:p></w:tc>`
  );
}

/** The runs of a cell's text: one, or one per line with a break before each but the first. */
function runsXml(text: string): string {
  if (!text) return "";
  if (!text.includes("\n")) return `<w:r><w:t xml:space="preserve">${escapeDocx(text)}</w:t></w:r>`;
  return text
    .split("\n")
    .map((t, i) => `<w:r>${i === 0 ? "" : "<w:br/>"}<w:t xml:space="preserve">${escapeDocx(t)}</w:t></w:r>`)
    .join("");
}

function rowXml(grid: Grid, index: number): string {
  const row = grid.rows[index]!;
  let col = 0;
  let cells = "";
  for (const cell of row.cells) {
    let width = 0;
    for (let c = col; c < col + cell.span; c++) width += grid.widths[c] ?? 0;
    col += cell.span;
    cells += cellXml(cell, width, grid.size);
  }
  const height = grid.rowHeight ? `<w:trHeight w:val="${grid.rowHeight}" w:hRule="atLeast"/>` : "";
  return `<w:tr><w:trPr><w:cantSplit/>${row.header ? "<w:tblHeader/>" : ""}${height}</w:trPr>${cells}</w:tr>`;
}

/**
 * The string back end: the grid as `<w:tbl>` XML, UTF-8 encoded in chunks of rows, for tables too large
 * for the docx object model. Same properties as table-docx.ts, cell by cell.
 */
export function gridXmlChunks(grid: Grid): Uint8Array[] {
  const chunks = [encoder.encode(tableHead(grid))];
  for (let start = 0; start < grid.rows.length; start += ROWS_PER_CHUNK) {
    const end = Math.min(grid.rows.length, start + ROWS_PER_CHUNK);
    let xml = "";
    for (let r = start; r < end; r++) xml += rowXml(grid, r);
    chunks.push(encoder.encode(xml));
  }
  chunks.push(encoder.encode("</w:tbl>"));
  return chunks;
}
