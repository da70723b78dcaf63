import { TextRun, type IRunOptions } from "docx";
import { SIZE, SPACING_3 } from "./page.js";

/**
 * Font faces by role. Every rFonts slot carries the CJK face, so quotes, dashes and digits never fall
 * into a Latin theme font (General Punctuation is drawn with hAnsi).
 */
export const FACE = {
  fangsong: "仿宋_GB2312",
  kaiti: "楷体_GB2312",
  heiti: "黑体",
  xiaobiaosong: "方正小标宋简体",
  songti: "宋体",
} as const;
export type Face = keyof typeof FACE;

export interface RunFonts {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
  hint: "eastAsia";
}

export function fontsOf(face: Face): RunFonts {
  const name = FACE[face];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: "eastAsia" };
}

/** A run in one face; 三号 runs get the −5 character spacing that gives 28 characters a line. */
export function run(text: string, face: Face = "fangsong", size: number = SIZE.三号, extra: IRunOptions = {}): TextRun {
  const spacing = size === SIZE.三号 ? { characterSpacing: SPACING_3 } : {};
  return new TextRun({ text, font: fontsOf(face), size, ...spacing, ...extra });
}

/** Width of a string in 字 (CJK = 1, ASCII = ½), for centring the 署名 over the date. */
export function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1;
  return w;
}
