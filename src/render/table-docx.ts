import {
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import { CELL_MARGIN, cellStyleId, type Grid } from "./grid.js";

/** Thin black borders (sz 4 = ½ pt), as the XML back end writes them. */
const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** The docx-object back end: fine for small tables (~55 KB RSS per row). */
export function gridTable(grid: Grid): Table {
  const total = grid.widths.reduce((a, w) => a + w, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: grid.widths,
    borders,
    margins: CELL_MARGIN,
    rows: grid.rows.map((row) => {
      let col = 0;
      return new TableRow({
        ...(row.header ? { tableHeader: true } : {}),
        cantSplit: true,
        ...(grid.rowHeight ? { height: { value: grid.rowHeight, rule: HeightRule.ATLEAST } } : {}),
        children: row.cells.map((cell) => {
          const width = grid.widths.slice(col, col + cell.span).reduce((a, w) => a + w, 0);
          col += cell.span;
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(cell.span > 1 ? { columnSpan: cell.span } : {}),
            ...(cell.merge ? { verticalMerge: cell.merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                style: cellStyleId(grid.size, cell.face, cell.align),
                children: cell.text ? cell.text.split("\n").map((t, i) => (i === 0 ? new TextRun(t) : new TextRun({ text: t, break: 1 }))) : [],
              }),
            ],
          });
        }),
      });
    }),
  });
}
