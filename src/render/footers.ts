import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from "docx";
import { fontsOf } from "./fonts.js";
import { exact } from "./lines.js";
import { CHAR_4, SIZE } from "./page.js";

/** Exact height of the footer line (15 pt): keeps the dash where the footer distance puts it. */
const FOOTER_LINE = 300;

/** `— N —` in 4号宋体, all four font slots 宋体; odd pages right with 1字 in, even pages left with 1字 in. */
function pageNumber(odd: boolean): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: CHAR_4 } : { left: CHAR_4 },
        spacing: exact(FOOTER_LINE),
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: fontsOf("songti"), size: SIZE.四号 })],
      }),
    ],
  });
}

/** Both footers, for every section (a section without them inherits or blanks). */
export function footers(): { default: Footer; even: Footer } {
  return { default: pageNumber(true), even: pageNumber(false) };
}

/** Empty odd and even footers: a section without page numbers that inherits none from the one before. */
export function blankFooters(): { default: Footer; even: Footer } {
  const empty = () => new Footer({ children: [new Paragraph({ spacing: exact(20) })] });
  return { default: empty(), even: empty() };
}
