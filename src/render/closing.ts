import { AlignmentType, Paragraph, TabStopType } from "docx";
import type { NoticeDocument } from "../outline.js";
import { run, widthInChars } from "./fonts.js";
import { blankLines, exact } from "./lines.js";
import { CHAR, LINE } from "./page.js";

/** Empty lines between the text and the 署名: room for a seal whose top is within a line of the text. */
const SEAL_LINES = 2;

/** `附件` + number as the 附件说明 and the attachment pages print it: no number when there is only one. */
export function attachmentLabel(index: number, count: number): string {
  return count === 1 ? "附件" : `附件${index + 1}`;
}

/**
 * 附件说明 (7.3.4): one empty line below the body, 左空二字, names aligned on a tab stop with wrapped lines
 * hanging under the first character of the name; a single attachment has no number.
 */
export function attachmentNote(titles: string[]): Paragraph[] {
  if (titles.length === 0) return [];
  if (titles.length === 1) {
    return [
      new Paragraph({
        spacing: exact(LINE, LINE),
        indent: { left: 5 * CHAR, hanging: 3 * CHAR },
        keepNext: true,
        children: [run(`附件：${titles[0]}`)],
      }),
    ];
  }
  const nameAt = 6 * CHAR;
  const tabStops = [{ type: TabStopType.LEFT, position: nameAt }];
  return titles.map(
    (title, i) =>
      new Paragraph({
        spacing: exact(LINE, i === 0 ? LINE : 0),
        indent: { left: nameAt, hanging: i === 0 ? 4 * CHAR : CHAR },
        tabStops,
        keepNext: true,
        children: [run(`${i === 0 ? "附件：" : ""}${i + 1}.\t${title}`)],
      }),
  );
}

/**
 * Sealed layout (7.3.5.1). Everything from the 附件说明 to the date keeps with what follows, and the body's last
 * paragraph keeps with it too, so the 署名 page never stands without text (7.3.5.5).: 成文日期 右空四字, 署名 centred over it, 附注 in parentheses on the next line, 左空二字.
 */
export function signature(doc: NoticeDocument): Paragraph[] {
  const { issuer, date } = doc.signature;
  const dateRight = 4 * CHAR;
  const issuerRight = Math.max(0, Math.round(dateRight + ((widthInChars(date) - widthInChars(issuer)) * CHAR) / 2));
  const note = doc.note
    ? [new Paragraph({ spacing: exact(), indent: { left: 2 * CHAR }, children: [run(`（${doc.note}）`)] })]
    : [];
  return [
    ...blankLines(SEAL_LINES, true),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exact(), indent: { right: issuerRight }, keepNext: true, children: [run(issuer)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exact(), indent: { right: dateRight }, children: [run(date)] }),
    ...note,
  ];
}
