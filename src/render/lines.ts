import { LineRuleType, Paragraph, type ISpacingProperties } from "docx";
import { LINE } from "./page.js";

/** Exact line spacing with nothing before or after: every 三号 paragraph sits on the 579-twip grid. */
export function exact(line: number = LINE, before = 0): ISpacingProperties {
  return { line, lineRule: LineRuleType.EXACT, before, after: 0 };
}

/** `n` empty lines (空n行) of `line` twips; `keepNext` holds them to what follows. */
export function blankLines(n: number, keepNext = false, line: number = LINE): Paragraph[] {
  return Array.from({ length: n }, () => new Paragraph({ spacing: exact(line), ...(keepNext ? { keepNext } : {}) }));
}
