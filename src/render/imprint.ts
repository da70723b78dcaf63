import {
  BorderStyle,
  FrameAnchorType,
    Paragraph,
  TabStopType,
    type IBordersOptions,
  type IFrameOptions,
} from "docx";
import type { NoticeDocument } from "../outline.js";
import { run, widthInChars } from "./fonts.js";
import { exact } from "./lines.js";
import { CHAR_4, SIZE, TYPE_AREA } from "./page.js";

/** Line height of the 版记 (22 pt). */
const IMPRINT_LINE = 440;
/** Rule widths plus their 1 pt spacing, in twips, below and above the lines. */
const BORDERS = 60;
/** 字 per 抄送 line at 4号: the 版心 less 1字 each side. */
const CC_CHARS = Math.floor((TYPE_AREA.width - 2 * CHAR_4) / CHAR_4);
const THICK = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 1 };
const THIN = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 };

/** Framed at the bottom of the 版心: the last rule coincides with its lower edge (Word and LibreOffice). */
function frame(lines: number): IFrameOptions {
  return {
    type: "absolute",
    width: TYPE_AREA.width,
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    position: { x: 0, y: TYPE_AREA.height - lines * IMPRINT_LINE - BORDERS },
  };
}

/**
 * 版记 (7.4): 抄送 (with its final 。, wrapped lines after the colon) and 印发机关 左空一字 + `…印发` 右空一字,
 * 4号仿宋, between black rules thick / thin / thick, framed at the bottom of the last page's 版心.
 */
export function imprint(data: NonNullable<NoticeDocument["imprint"]>): Paragraph[] {
  const ccText = data.cc ? (/[。.]$/.test(data.cc) ? data.cc : `${data.cc}。`) : "";
  const ccLines = data.cc ? Math.ceil(widthInChars(`抄送：${ccText}`) / CC_CHARS) : 0;
  const FRAME = frame(ccLines + 1);
  const printer = (border: IBordersOptions) =>
    new Paragraph({
      frame: FRAME,
      border,
      spacing: exact(IMPRINT_LINE),
      indent: { left: CHAR_4, right: CHAR_4 },
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - CHAR_4 }],
      children: [run(`${data.printer}\t${data.date}印发`, "fangsong", SIZE.四号)],
    });
  if (!data.cc) return [printer({ top: THICK, bottom: THICK })];
  const cc = new Paragraph({
    frame: FRAME,
    border: { top: THICK, bottom: THIN },
    spacing: exact(IMPRINT_LINE),
    indent: { left: 4 * CHAR_4, hanging: 3 * CHAR_4, right: CHAR_4 },
    keepNext: true,
    children: [run(`抄送：${ccText}`, "fangsong", SIZE.四号)],
  });
  return [cc, printer({ bottom: THICK })];
}
