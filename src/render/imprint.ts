import {
  BorderStyle,
  OverlapType,
  Paragraph,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  TabStopType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { NoticeDocument } from "../outline.js";
import { run, widthInChars } from "./fonts.js";
import { exact } from "./lines.js";
import { CHAR_4, SIZE, TYPE_AREA } from "./page.js";

/** Row height of the 版记 lines (22 pt). */
const IMPRINT_LINE = 440;
/** 字 per 抄送 line at 4号: the 版心 less 1字 each side and the 3字 hanging label. */
const CC_CHARS = Math.floor((TYPE_AREA.width - 2 * CHAR_4) / CHAR_4) - 3;
const thick = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
const thin = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const none = { style: BorderStyle.NONE, size: 0, color: "auto" };

function cell(paragraph: Paragraph): TableCell {
  return new TableCell({ width: { size: TYPE_AREA.width, type: WidthType.DXA }, children: [paragraph] });
}

/** 抄送 with its final 。; wrapped lines align after the colon. */
function ccRow(cc: string): TableRow {
  const text = /[。.]$/.test(cc) ? cc : `${cc}。`;
  const p = new Paragraph({
    spacing: exact(IMPRINT_LINE),
    indent: { left: 4 * CHAR_4, hanging: 3 * CHAR_4, right: CHAR_4 },
    children: [run(`抄送：${text}`, "fangsong", SIZE.四号)],
  });
  return new TableRow({ cantSplit: true, children: [cell(p)] });
}

/** 印发机关 左空一字 and `…印发` 右空一字 on one line. */
function printerRow(printer: string, date: string): TableRow {
  const p = new Paragraph({
    spacing: exact(IMPRINT_LINE),
    indent: { left: CHAR_4, right: CHAR_4 },
    tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - CHAR_4 }],
    children: [run(`${printer}\t${date}印发`, "fangsong", SIZE.四号)],
  });
  return new TableRow({ cantSplit: true, children: [cell(p)] });
}

/**
 * 版记 (7.4): a one-column table floating at the bottom of the 版心 of the last page, black rules
 * thick / thin / thick, 4号仿宋.
 */
export function imprint(data: NonNullable<NoticeDocument["imprint"]>): (Table | Paragraph)[] {
  const rows = [...(data.cc ? [ccRow(data.cc)] : []), printerRow(data.printer, data.date)];
  // LibreOffice ignores tblpYSpec="bottom"; it reads the absolute offset, so give both.
  const ccLines = data.cc ? Math.ceil(widthInChars(`抄送：${data.cc}。`) / CC_CHARS) : 0;
  const height = (ccLines + 1) * IMPRINT_LINE;
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: [TYPE_AREA.width],
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      absoluteVerticalPosition: TYPE_AREA.height - height,
      overlap: OverlapType.NEVER,
    },
    borders: { top: thick, bottom: thick, insideHorizontal: thin, left: none, right: none, insideVertical: none },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows,
  });
  return [table, new Paragraph({ spacing: exact(20) })];
}
