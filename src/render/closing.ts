import { AlignmentType, Paragraph, TabStopType } from "docx";
import type { NoticeDocument } from "../outline.js";
import { run, widthInChars } from "./fonts.js";
import { blankLines, exact } from "./lines.js";
import { CHAR, LINE } from "./page.js";
import { greedyLines } from "./greedy-lines.js";
import { LINE_CHARS } from "./line-estimate.js";
import { wordBreaks } from "./word-breaks.js";

/** Empty lines between the text and the 署名: room for a seal whose top is within a line of the text. */
export const SEAL_LINES = 2;

/** `附件` + number as the 附件说明 and the attachment pages print it: no number when there is only one. */
export function attachmentLabel(index: number, count: number): string {
  return count === 1 ? "附件" : `附件${index + 1}`;
}

/** Where the names of a multi-attachment 附件说明 start (字 from the left edge): 左空二字 + 附件： + `1.`. */
export const NOTE_NAME_AT = 6;

/** Width in 字 of a character for breaking a name: ASCII a little over ½ (digits of the preview faces run wider), so a line never overflows. */
const breakWidth = (ch: string): number => ((ch.codePointAt(0) ?? 0) < 0x80 ? 0.6 : 1);

/**
 * An attachment name set from `at` 字 on every line, broken between words as a typist would (附件说明 lines
 * start under the name, so a break inside a word would split it across lines): each line filled, then
 * stepped back to the word break before (greedyLines, as for very long titles).
 */
export function noteLines(name: string, at: number): string[] {
  const chars = [...name];
  const allowed = new Set(wordBreaks(name));
  return greedyLines(chars, LINE_CHARS - at - 0.5, breakWidth, (i) => allowed.has(chars.slice(0, i).join("").length));
}

/** Where the single attachment's name starts (字): 左空二字 + 附件：. */
export const SINGLE_NAME_AT = 5;

/** The runs of a 附件说明 line: `lead` then the name's lines, each after a line break. */
const noteRuns = (lead: string, name: string, at: number) => noteLines(name, at).map((text, i) => run(i === 0 ? lead + text : text, "fangsong", undefined, { break: i === 0 ? 0 : 1 }));

/**
 * 附件说明 (7.3.4): one empty line below the body, 左空二字, names aligned on a tab stop with wrapped lines
 * hanging under the first character of the name, broken between words (noteLines); a single attachment has no
 * number. It breaks across pages like body text; only its last line keeps with the 署名 (see signature).
 */
export function attachmentNote(titles: string[], line: number = LINE): Paragraph[] {
  if (titles.length === 0) return [];
  const last = (i: number) => (i === titles.length - 1 ? { keepNext: true } : {});
  if (titles.length === 1) {
    return [
      new Paragraph({
        spacing: exact(line, line),
        indent: { left: SINGLE_NAME_AT * CHAR, hanging: 3 * CHAR },
        ...last(0),
        children: noteRuns("附件：", titles[0]!, SINGLE_NAME_AT),
      }),
    ];
  }
  const nameAt = NOTE_NAME_AT * CHAR;
  const tabStops = [{ type: TabStopType.LEFT, position: nameAt }];
  return titles.map(
    (title, i) =>
      new Paragraph({
        spacing: exact(line, i === 0 ? line : 0),
        indent: { left: nameAt, hanging: i === 0 ? 4 * CHAR : CHAR },
        tabStops,
        ...last(i),
        children: noteRuns(`${i === 0 ? "附件：" : ""}${i + 1}.\t`, title, NOTE_NAME_AT),
      }),
  );
}

/** Least room (字) right of a one-line 署名 centred over the date; a wider 署名 goes on two lines. */
const ISSUER_MIN_RIGHT = 2;

/**
 * 署名 lines: one, or two when centred over the date it would come closer than 2字 to the right edge
 * (盘锦市政务公开工作 / 领导小组办公室), broken at the word break nearest the middle.
 */
export function issuerLines(issuer: string, date: string): string[] {
  const right = 4 + (widthInChars(date) - widthInChars(issuer)) / 2;
  const breaks = wordBreaks(issuer);
  if (right >= ISSUER_MIN_RIGHT || breaks.length === 0) return [issuer];
  // The word break nearest the middle, the longer line first on a tie.
  const middle = issuer.length / 2;
  const at = breaks.reduce((best, b) => (Math.abs(b - middle) < Math.abs(best - middle) || (Math.abs(b - middle) === Math.abs(best - middle) && b > best) ? b : best));
  return [issuer.slice(0, at), issuer.slice(at)];
}

/**
 * Sealed layout (7.3.5.1): 成文日期 右空四字, 署名 centred over it (on two lines, each centred, when wider than the date), 附注
 * in parentheses on the next line, 左空二字. The seal lines, the 署名 and the date keep together and with the
 * last line of the text before them, so the 署名 page never stands without text (7.3.5.5).
 */
export function signature(doc: NoticeDocument, line: number = LINE): Paragraph[] {
  const { issuer, date } = doc.signature;
  const dateRight = 4 * CHAR;
  const names = issuerLines(issuer, date);
  const centred = (name: string) => Math.max(0, Math.round(dateRight + ((widthInChars(date) - widthInChars(name)) * CHAR) / 2));
  const note = doc.note
    ? [new Paragraph({ spacing: exact(line), indent: { left: 2 * CHAR }, children: [run(`（${doc.note}）`)] })]
    : [];
  return [
    ...blankLines(SEAL_LINES, true, line),
    ...names.map(
      (name) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exact(line), indent: { right: centred(name) }, keepNext: true, children: [run(name)] }),
    ),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exact(line), indent: { right: dateRight }, ...(note.length ? { keepNext: true } : {}), children: [run(date)] }),
    ...note,
  ];
}
