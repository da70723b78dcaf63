import { AlignmentType, Paragraph } from "docx";
import type { Block, HeadingLevel } from "../outline.js";
import { run, type Face } from "./fonts.js";
import { exact } from "./lines.js";
import { CHAR, LINE } from "./page.js";

/** GB/T 9704 7.3.3: 一、黑体, （一）楷体, 1. and （1）仿宋. No bold, no built-in Heading styles. */
export function headingFace(level: HeadingLevel): Face {
  return level === 1 ? "heiti" : level === 2 ? "kaiti" : "fangsong";
}

/** Longest run of printable ASCII without a space that justification may not stretch around (½字 each). */
export const LONG_TOKEN = 12;

/**
 * True when the text holds an unbreakable Latin token (an e-mail address, a URL) longer than LONG_TOKEN
 * characters: justified, the line before it would be stretched across the gap it leaves.
 */
export function hasLongToken(text: string): boolean {
  return new RegExp(`[!-~]{${LONG_TOKEN + 1},}`).test(text);
}

/**
 * A heading or a body paragraph, indented 2字; paragraphs are justified unless they hold a long Latin token
 * (then flush left: CJK lines are full anyway, and only the line before the token ends short), headings keep
 * with the next line. `line` is the pitch (579 but where a one-page notice is tightened, see fit-page.ts).
 */
export function bodyParagraph(block: Block, keepNext = false, line: number = LINE): Paragraph {
  if (block.kind === "heading") {
    return new Paragraph({
      spacing: exact(line),
      indent: { firstLine: 2 * CHAR },
      keepNext: true,
      children: [run(block.text, headingFace(block.level))],
    });
  }
  const lead = block.lead ? [run(block.lead.text, headingFace(block.lead.level))] : [];
  return new Paragraph({
    spacing: exact(line),
    indent: { firstLine: 2 * CHAR },
    alignment: hasLongToken(block.text) ? AlignmentType.LEFT : AlignmentType.BOTH,
    // 撑满版心: a paragraph may leave a single line at the foot or head of a page.
    widowControl: false,
    ...(keepNext ? { keepNext } : {}),
    children: [...lead, run(block.text)],
  });
}
