import {
  BorderStyle,
  Paragraph,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { NoticeDocument } from "../outline.js";
import { run } from "./fonts.js";
import { estimateLines } from "./line-estimate.js";
import { exact } from "./lines.js";
import { CHAR_4, SIZE, TYPE_AREA } from "./page.js";

/** Line height of the 版记 (22 pt). */
const IMPRINT_LINE = 440;
/** As wide as the 版心. */
const WIDTH = TYPE_AREA.width;
/** 字 per 版记 line at 4号 inside the 1字 margins. */
const LINE_CHARS_4 = (WIDTH - 2 * CHAR_4) / CHAR_4;
const thick = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
const thin = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const none = { style: BorderStyle.NONE, size: 0, color: "auto" };

function row(paragraph: Paragraph): TableRow {
  return new TableRow({ cantSplit: true, children: [new TableCell({ width: { size: WIDTH, type: WidthType.DXA }, children: [paragraph] })] });
}

/** 抄送 with its final 。; wrapped lines align after the colon. */
function ccRow(text: string): TableRow {
  return row(
    new Paragraph({
      spacing: exact(IMPRINT_LINE),
      indent: { left: 4 * CHAR_4, hanging: 3 * CHAR_4, right: CHAR_4 },
      children: [run(`抄送：${text}`, "fangsong", SIZE.四号)],
    }),
  );
}

/** 印发机关 左空一字 and `…印发` 右空一字 on one line. */
function printerRow(printer: string, date: string): TableRow {
  return row(
    new Paragraph({
      spacing: exact(IMPRINT_LINE),
      indent: { left: CHAR_4, right: CHAR_4 },
      tabStops: [{ type: TabStopType.RIGHT, position: WIDTH - CHAR_4 }],
      children: [run(`${printer}\t${date}印发`, "fangsong", SIZE.四号)],
    }),
  );
}

/** Rules of the 版记 (twips, rounded up): two thick of 1 pt, the thin ones between rows of ¾ pt. */
const rules = (rows: number) => 2 * 20 + (rows - 1) * 15;
/** The empty line that ends the section after the table (a body ends with a paragraph): Word's least exact height, 0.7 pt. */
const END_LINE = 14;
/** Kept free below it: LibreOffice rounds every line to 1/100 mm, and a line that does not fit makes a page. */
const SLACK = 20;

/**
 * 版记 (7.4): a one-column table at the bottom of the last page's 版心 (its last rule on the 版心's lower
 * edge), black rules thick / thin / thick, 4号仿宋. The page is its own (a section of its own), so an empty
 * line of exact height above the table sets it down there in the text flow — in Word and LibreOffice alike,
 * with or without a page number below (a table floating at the margin's foot sinks in LibreOffice, whose
 * text area on a numbered page runs down to the footer).
 */
export function imprint(data: NonNullable<NoticeDocument["imprint"]>): (Table | Paragraph)[] {
  const cc = data.cc ? (/[。.]$/.test(data.cc) ? data.cc : `${data.cc}。`) : undefined;
  // Lines of 抄送: after the 3字 label on the first, under the names (4字 in) on the others. The estimate errs
  // long: a line more than the page shows moves the table up a line, a line less would push the section's last
  // line onto a page of its own.
  const ccLines = cc ? estimateLines(cc, 3, 4, LINE_CHARS_4) : 0;
  const rows = cc ? 2 : 1;
  const height = (ccLines + 1) * IMPRINT_LINE + rules(rows);
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [WIDTH],
    borders: { top: thick, bottom: thick, insideHorizontal: thin, left: none, right: none, insideVertical: none },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [...(cc ? [ccRow(cc)] : []), printerRow(data.printer, data.date)],
  });
  const above = TYPE_AREA.height - height - END_LINE - SLACK;
  return [new Paragraph({ spacing: exact(above) }), table, new Paragraph({ spacing: exact(END_LINE) })];
}
