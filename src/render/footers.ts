import {
  AlignmentType,
  BorderStyle,
  Footer,
  HeightRule,
  OverlapType,
  PageNumber,
  Paragraph,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { fontsOf } from "./fonts.js";
import { exact } from "./lines.js";
import { CHAR_4, PAGE, SIZE } from "./page.js";

/** Exact height of the footer line (15 pt): keeps the dash where the footer distance puts it. */
const FOOTER_LINE = 300;

const number = () => new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: fontsOf("songti"), size: SIZE.四号 });

/** `— N —` in 4号宋体, all four font slots 宋体; odd pages right with 1字 in, even pages left with 1字 in. */
function pageNumber(odd: boolean): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: CHAR_4 } : { left: CHAR_4 },
        spacing: exact(FOOTER_LINE),
        children: [number()],
      }),
    ],
  });
}

/** Both footers, for every section (a section without them inherits or blanks). */
export function footers(): { default: Footer; even: Footer } {
  return { default: pageNumber(true), even: pageNumber(false) };
}

const none = { style: BorderStyle.NONE, size: 0, color: "auto" };
/** The turned number's box: 8 mm across the line, 30 mm along it. */
const BOX = { across: 454, along: 1701 };
/** Distance of the portrait page number's centre from the paper's lower edge: 7 mm below the 版心. */
const NUMBER_FROM_FOOT = PAGE.bottom - 397;

/**
 * A landscape page's number where GB/T 9704 §8 puts it: where the portrait pages have theirs once the sheet is
 * turned (table head to the 订口), so odd right and even left along the paper's lower edge, 7 mm below the
 * 版心, reading upright. On the landscape page that is the left margin, the text turned a quarter clockwise:
 * a one-cell table floating against the page, its cell written top to bottom (tbRl), so LibreOffice and Word
 * both draw it.
 */
function turnedPageNumber(odd: boolean): Footer {
  // Along the landscape page's height runs the portrait width: odd numbers end 1字 inside the 版心's right
  // edge, even numbers start 1字 inside its left edge.
  const end = PAGE.width - PAGE.right - CHAR_4;
  const start = PAGE.left + CHAR_4;
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: BOX.across, type: WidthType.DXA },
    columnWidths: [BOX.across],
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      verticalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: NUMBER_FROM_FOOT - BOX.across / 2,
      absoluteVerticalPosition: odd ? end - BOX.along : start,
      overlap: OverlapType.NEVER,
    },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        height: { value: BOX.along, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: BOX.across, type: WidthType.DXA },
            textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT,
            verticalAlign: VerticalAlignTable.CENTER,
            children: [new Paragraph({ alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: exact(FOOTER_LINE), children: [number()] })],
          }),
        ],
      }),
    ],
  });
  return new Footer({ children: [table, new Paragraph({ spacing: exact(20) })] });
}

/** Both footers of a landscape section: the number turned into the left margin (see turnedPageNumber). */
export function landscapeFooters(): { default: Footer; even: Footer } {
  return { default: turnedPageNumber(true), even: turnedPageNumber(false) };
}

/** Empty odd and even footers: a section without page numbers that inherits none from the one before. */
export function blankFooters(): { default: Footer; even: Footer } {
  const empty = () => new Footer({ children: [new Paragraph({ spacing: exact(20) })] });
  return { default: empty(), even: empty() };
}
