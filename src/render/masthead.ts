import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import type { NoticeDocument } from "../outline.js";
import { fontsOf, run, widthInChars } from "./fonts.js";
import { blankLines, exact } from "./lines.js";
import { LINE, RED, SIZE, TYPE_AREA } from "./page.js";
import { titleLines } from "./title-lines.js";

/** Mark size (pt) before horizontal compression, and the narrowest compression allowed. */
const MARK_PT = 36;
const MIN_SCALE = 55;
/** Space before the mark paragraph: puts its top 35 mm (1984 twips) below the 版心 top. */
const MARK_BEFORE = 1984 + 40;
/** Border `space` (pt) that puts the red line 4 mm under the 发文字号. */
const RULE_SPACE = 9;

/** Size (half-points) and horizontal scale (%) that fit the mark into the 156 mm width. */
export function markMetrics(mark: string): { size: number; scale: number } {
  const widthPt = TYPE_AREA.width / 20;
  const chars = Math.max(1, widthInChars(mark));
  const natural = (widthPt / (chars * MARK_PT)) * 100;
  if (natural >= 100) return { size: MARK_PT * 2, scale: 100 };
  if (natural >= MIN_SCALE) return { size: MARK_PT * 2, scale: Math.floor(natural) };
  const pt = Math.floor(widthPt / (chars * (MIN_SCALE / 100)));
  return { size: pt * 2, scale: MIN_SCALE };
}

/** 版头: red 发文机关标志, 发文字号 two lines below, red rule 4 mm under it, then two empty lines. */
function masthead(mark: string, docNumber: string | undefined): Paragraph[] {
  const { size, scale } = markMetrics(mark);
  const markLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exact(size * 10, MARK_BEFORE),
    children: [new TextRun({ text: mark, font: fontsOf("xiaobiaosong"), size, scale, color: RED, snapToGrid: false })],
  });
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: RULE_SPACE } };
  const numberLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exact(),
    border: rule,
    children: docNumber ? [run(docNumber)] : [],
  });
  return [markLine, ...blankLines(2), numberLine, ...blankLines(2)];
}

/** Title in 2号小标宋, centred, broken into a 梯形/菱形 when long. */
export function titleParagraph(title: string): Paragraph {
  const lines = titleLines(title);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exact(),
    children: lines.map((text, i) => run(text, "xiaobiaosong", SIZE.二号, { break: i === 0 ? 0 : 1, snapToGrid: false })),
  });
}

/** Height (twips) of the 版头 as masthead() sets it: mark, two lines, 发文字号 line, two lines. */
export function mastheadHeight(mark: string): number {
  return MARK_BEFORE + markMetrics(mark).size * 10 + 5 * LINE;
}

/** 发文字号 without a 版头 (7.2.5 as notices published without one print it): centred, under the title. */
function numberUnderTitle(docNumber: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact(), children: [run(docNumber)] });
}

/**
 * Everything above the body: 版头 (when `mark` is set), title, the 发文字号 under it when there is no 版头,
 * 主送机关 with its colon one `line` below.
 */
export function heading(doc: NoticeDocument, line: number = LINE): Paragraph[] {
  const head = doc.mark ? masthead(doc.mark, doc.docNumber) : [];
  const number = !doc.mark && doc.docNumber ? [numberUnderTitle(doc.docNumber)] : [];
  const recipients = doc.recipients
    ? [...blankLines(1, false, line), new Paragraph({ spacing: exact(line), children: [run(`${doc.recipients}：`)] })]
    : [];
  return [...head, titleParagraph(doc.title), ...number, ...recipients];
}
