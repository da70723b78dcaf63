/**
 * How many lines a 三号 paragraph takes, estimated without a layout engine: enough to decide whether a
 * one-page notice fits its page once the line pitch is tightened (GB/T 9704 7.3.5.5), never to place text.
 */

/** 字 per 三号 line: 8844 twips / 315. */
export const LINE_CHARS = 28;

/** Closing punctuation may hang at the line end (LibreOffice and Word both do), so it never opens a line. */
const HANGS = "，。、；：？！）》”’〕】";

/**
 * Width of a unit in 字 for the estimate: CJK 1; an ASCII run 0.6 a character plus 0.3 — 仿宋_GB2312 digits are
 * ½字, but the Noto faces of the previews run wider and LibreOffice adds a gap between CJK and digits, so the
 * estimate errs long.
 */
function unitWidth(unit: string): number {
  return (unit.codePointAt(0) ?? 0) < 0x80 ? 0.6 * unit.length + 0.3 : 1;
}

/** Units that do not break inside: a run of printable ASCII (a number, an address) or one other character. */
function units(text: string): string[] {
  return text.match(/[!-~]+|[\s\S]/gu) ?? [];
}

/**
 * Lines of a paragraph whose first line starts `first` 字 in and whose wrapped lines start `rest` 字 in,
 * filled greedily: a unit that overflows goes to the next line, long ASCII runs break where they must.
 */
export function estimateLines(text: string, first = 2, rest = 0, perLine = LINE_CHARS): number {
  let lines = 1;
  let at = first;
  for (const unit of units(text)) {
    if (HANGS.includes(unit)) {
      at += 1;
      continue;
    }
    const w = unitWidth(unit);
    if (at + w <= perLine + 1e-9) {
      at += w;
      continue;
    }
    lines++;
    at = rest + w;
    while (at > perLine) {
      lines++;
      at -= perLine - rest;
    }
  }
  return lines;
}
