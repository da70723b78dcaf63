/**
 * The fallback line breaking for titles too long for the balanced search of title-lines.ts (that
 * search tries every combination of cuts, which grows as 20^lines: a 200-字 unit name in a title
 * would take minutes). Greedy: fill each line up to `max` 字, stepping back a few characters to
 * a permitted break when there is one.
 */

/** Lines whose exhaustive balanced search stays fast (20^3 combinations). */
export const MAX_BALANCED_LINES = 4;

export function greedyLines(chars: readonly string[], max: number, width: (ch: string) => number, allowed: (index: number) => boolean): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let w = 0;
    let end = start;
    while (end < chars.length && w + width(chars[end]!) <= max) w += width(chars[end++]!);
    if (end === start) end = start + 1;
    if (end < chars.length) {
      for (let back = end; back > start && end - back < 5; back--) {
        if (allowed(back)) {
          end = back;
          break;
        }
      }
    }
    lines.push(chars.slice(start, end).join(""));
    start = end;
  }
  return lines;
}
