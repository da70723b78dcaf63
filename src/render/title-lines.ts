import { greedyLines, MAX_BALANCED_LINES } from "./greedy-lines.js";

/** 字 per line at 2号 in the 156 mm type area (8844 / 440). */
export const TITLE_CHARS = 20;

const OPENERS = "（《“‘〔【(";
const CLOSERS = "）》”’〕】)，。、；：？！,.;:";
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

function allowed(text: string, at: number): boolean {
  const before = text[at - 1] ?? "";
  const after = text[at] ?? "";
  if (/[0-9A-Za-z]/.test(before) && /[0-9A-Za-z]/.test(after)) return false;
  return !OPENERS.includes(before) && !CLOSERS.includes(after);
}

function bonus(text: string, at: number): number {
  const head = text.slice(0, at);
  const tail = text.slice(at);
  if (BREAK_BEFORE.some((w) => tail.startsWith(w))) return 2;
  if (BREAK_AFTER.some((w) => head.endsWith(w))) return 1;
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

/** Above this many lines the exhaustive search of break points would take too long. */
const MAX_SEARCHED_LINES = 5;

/** Equal lines of `max` 字 (the last shorter): for titles too long to balance. */
function evenLines(chars: string[], max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of chars) {
    if (titleWidth(line + ch) > max) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  return [...lines, line];
}

/**
 * Breaks a long title into balanced lines that keep a 梯形 or 菱形 outline (never an hourglass),
 * preferring natural break points. Lines never exceed `max` 字.
 */
export function titleLines(title: string, max: number = TITLE_CHARS): string[] {
  const chars = [...title];
  const total = titleWidth(title);
  if (total <= max) return [title];
  const count = Math.ceil(total / max);
  if (count > MAX_BALANCED_LINES) {
    // guard: the balanced search below is exponential in the number of lines
    return greedyLines(chars, max, titleWidth, (i) => allowed(title, chars.slice(0, i).join("").length));
  }
  const target = total / count;
  const prefix = [0];
  for (const ch of chars) prefix.push(prefix[prefix.length - 1]! + titleWidth(ch));
  const joined = chars.join("");
  let best: { cost: number; cuts: number[] } | undefined;
  const search = (start: number, cuts: number[], cost: number): void => {
    // Costs only grow along a branch: stop as soon as it cannot beat the best found.
    if (best && cost >= best.cost) return;
    if (cuts.length === count - 1) {
      const last = prefix[chars.length]! - prefix[start]!;
      if (last > max || last === 0) return;
      const all = [0, ...cuts, chars.length];
      const widths = all.slice(1).map((c, i) => prefix[c]! - prefix[all[i]!]!);
      if (isHourglass(widths)) return;
      const total = cost + (last - target) ** 2;
      if (!best || total < best.cost) best = { cost: total, cuts: [...cuts] };
      return;
    }
    for (let at = start + 1; at < chars.length; at++) {
      const w = prefix[at]! - prefix[start]!;
      if (w > max) break;
      const offset = chars.slice(0, at).join("").length;
      if (!allowed(joined, offset)) continue;
      search(at, [...cuts, at], cost + (w - target) ** 2 + 8 * (2 - bonus(joined, offset)));
    }
  };
  if (count <= MAX_SEARCHED_LINES) search(0, [], 0);
  if (!best) return count <= MAX_SEARCHED_LINES ? [title] : evenLines(chars, max);
  const all = [0, ...best.cuts, chars.length];
  return all.slice(1).map((c, i) => chars.slice(all[i]!, c).join(""));
}
