import { greedyLines, MAX_BALANCED_LINES } from "./greedy-lines.js";
import { wordBreaks } from "./word-breaks.js";

/** 字 per line at 2号 in the 156 mm type area (8844 / 440). */
export const TITLE_CHARS = 20;

/** Words a title is naturally broken before (发文机关 / 关于… / 全市…). */
const BREAK_BEFORE = ["关于", "全市", "全区", "全省", "全县", "全州", "全盟", "政府网站", "政务新媒体"];
/** Endings a title line may naturally close with. */
const BREAK_AFTER = ["、", "，", "年度", "季度", "月份", "办公室", "办公厅"];

/** Title width in 字: ASCII counts 0.7 (digits of CJK serif faces run wider than half a 字). */
export function titleWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x80 ? 0.7 : 1;
  return w;
}

function bonus(text: string, at: number): number {
  if (BREAK_BEFORE.some((w) => text.startsWith(w, at))) return 2;
  if (BREAK_AFTER.some((w) => text.slice(0, at).endsWith(w))) return 1;
  return 0;
}

/** True when no inner line is shorter than both neighbours (an hourglass). */
export function isHourglass(widths: number[]): boolean {
  for (let i = 1; i < widths.length - 1; i++) {
    const w = widths[i]!;
    if (w < widths[i - 1]! && w < widths[i + 1]!) return true;
  }
  return false;
}

/**
 * The best `count` lines cut at word breaks: each within `max`, no hourglass, as even as possible, natural
 * break points preferred. Undefined when the breaks allow none.
 */
function balanced(title: string, breaks: number[], count: number, max: number): string[] | undefined {
  const target = titleWidth(title) / count;
  const width = (a: number, b: number) => titleWidth(title.slice(a, b));
  let best: { cost: number; cuts: number[] } | undefined;
  const search = (start: number, cuts: number[], cost: number): void => {
    // Costs only grow along a branch: stop as soon as it cannot beat the best found.
    if (best && cost >= best.cost) return;
    if (cuts.length === count - 1) {
      const last = width(start, title.length);
      if (last > max) return;
      const all = [0, ...cuts, title.length];
      if (isHourglass(all.slice(1).map((c, i) => width(all[i]!, c)))) return;
      const total = cost + (last - target) ** 2;
      if (!best || total < best.cost) best = { cost: total, cuts: [...cuts] };
      return;
    }
    for (const at of breaks) {
      if (at <= start) continue;
      const w = width(start, at);
      if (w > max) break;
      search(at, [...cuts, at], cost + (w - target) ** 2 + 8 * (2 - bonus(title, at)));
    }
  };
  search(0, [], 0);
  if (!best) return undefined;
  const all = [0, ...best.cuts, title.length];
  return all.slice(1).map((c, i) => title.slice(all[i]!, c));
}

/**
 * Breaks a long title between words (word-breaks.ts) into balanced lines that keep a 梯形 or 菱形 outline
 * (never an hourglass), preferring natural break points; lines never exceed `max` 字. When the words allow no
 * such lines in up to MAX_BALANCED_LINES lines (or the title needs more), lines are filled greedily, still
 * at word breaks where a word fits.
 */
export function titleLines(title: string, max: number = TITLE_CHARS): string[] {
  if (titleWidth(title) <= max) return [title];
  const breaks = wordBreaks(title);
  for (let count = Math.ceil(titleWidth(title) / max); count <= MAX_BALANCED_LINES; count++) {
    const lines = balanced(title, breaks, count, max);
    if (lines) return lines;
  }
  // guard: the balanced search is exponential in the number of lines
  const chars = [...title];
  const allowed = new Set(breaks);
  return greedyLines(chars, max, titleWidth, (i) => allowed.has(chars.slice(0, i).join("").length));
}
