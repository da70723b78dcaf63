import { balancedLines } from "./word-breaks.js";
import type { Cell, TableSpec } from "../outline.js";

/** Rows whose text is measured: enough to see every kind of value, cheap for a 150,000-row table. */
export const SCAN_ROWS = 2000;
/** Last rows measured too: the widest 序号 and running numbers are at the end. */
export const TAIL_ROWS = 50;
/** Narrowest column in 字: two characters (序号, 备注) and room to spare. */
const MIN_CHARS = 2.5;
/** Slack added to every measured width, in 字: fonts whose digits run wider than ½字. */
const SLACK = 0.5;
/** Longest Latin token (number, date, code) kept on one line, in 字. */
const MAX_TOKEN = 5;
/** Width in 字 below which text counts as short (a name, a platform): long cells and headers wrap first. */
const SHORT = 6 + SLACK;

/** Width of a text in 字 (CJK 1, ASCII ½), of its longest line. */
export function textWidth(text: string): number {
  let widest = 0;
  let w = 0;
  for (const ch of text) {
    if (ch === "\n") {
      widest = Math.max(widest, w);
      w = 0;
    } else w += (ch.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1;
  }
  return Math.max(widest, w);
}

/** Width of an ASCII character in a token that must not wrap: digits of the free CJK faces run past ½字. */
const TOKEN_CHAR = 0.6;

/** Width in 字 of the longest run of printable ASCII (a number, a date, a code that should not wrap). */
function tokenWidth(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/[!-~]+/g)) longest = Math.max(longest, m[0].length);
  return longest * TOKEN_CHAR;
}

/** A header may wrap to two lines, but never a word of three characters or fewer. */
function headerMin(header: string): number {
  const w = textWidth(header);
  return w <= 3 ? w : Math.ceil(w / 2);
}

interface Need {
  /** Longest cell or header on one line. */
  natural: number;
  /** Longest cell, header on two lines. */
  content: number;
  /** 2.5字, the header on two lines, the longest Latin token. */
  min: number;
  /** The longest Latin token (序号, a count): what may never wrap, even when the minimums overflow. */
  hard: number;
}

/** Natural, content and minimum width in 字 of each column, from the header, the first SCAN_ROWS rows and the totals. */
function needs(spec: TableSpec, cap: number): Need[] {
  const scanned: Cell[][] = spec.rows.length > SCAN_ROWS + TAIL_ROWS ? [...spec.rows.slice(0, SCAN_ROWS), ...spec.rows.slice(-TAIL_ROWS)] : spec.rows;
  const rows = spec.totals ? [...scanned, spec.totals] : scanned;
  return spec.columns.map((col, c) => {
    let body = 0;
    let token = 0;
    for (const row of rows) {
      const text = String(row[c] ?? "");
      body = Math.max(body, textWidth(text));
      token = Math.max(token, tokenWidth(text));
    }
    const hard = Math.min(cap, Math.min(token, MAX_TOKEN) + SLACK);
    const min = Math.min(cap, Math.max(MIN_CHARS, col.minChars ?? 0, headerMin(col.header) + SLACK, hard));
    const content = Math.max(min, Math.min(cap, body + SLACK));
    const natural = Math.max(content, Math.min(cap, textWidth(col.header) + SLACK));
    return { natural, content, min, hard };
  });
}

const sum = (xs: number[]): number => xs.reduce((a, x) => a + x, 0);

/** Widths between `floors` and `tops` that fill `room`: the widest columns come down first, to a common level. */
function shrinkWidest(tops: number[], floors: number[], room: number): number[] {
  let lo = 0;
  let hi = Math.max(...tops);
  const at = (level: number) => tops.map((t, i) => Math.max(floors[i]!, Math.min(t, level)));
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) > room) hi = mid;
    else lo = mid;
  }
  return at(lo);
}

/**
 * Column widths in 字 for a table whose cell text is `charTwips` wide per 字 and whose columns lose
 * `padTwips` each to cell margins, filling `total` twips. A column's natural width is its longest cell
 * (CJK 1, ASCII ½, capped at the table's width) or its header on one line; its minimum is 2.5字, its header on
 * two lines, its longest number or code. When the natural widths fit, the spare width goes to the columns in
 * proportion to their `width` weights. When not, the widest columns give way first, in stages: long cells and
 * long headers down to 6字; then short headers wrap onto two lines; then short cells wrap, down to the minimums.
 * Only when the minimums overflow are they scaled down together, numbers and codes last.
 */
export function columnChars(spec: TableSpec, total: number, charTwips: number, padTwips: number): number[] {
  const room = Math.max(0, (total - padTwips * spec.columns.length) / charTwips);
  const list = needs(spec, room);
  const natural = list.map((n) => n.natural);
  if (sum(natural) <= room) {
    const weights = spec.columns.map((c) => Math.max(c.width, 0));
    const spare = room - sum(natural);
    const share = (i: number) => (sum(weights) > 0 ? weights[i]! / sum(weights) : 1 / list.length);
    return natural.map((n, i) => n + spare * share(i));
  }
  const stages = [
    natural,
    list.map((n) => Math.max(n.min, Math.min(n.natural, SHORT))),
    list.map((n) => Math.max(n.min, Math.min(n.content, SHORT))),
    list.map((n) => n.min),
  ];
  for (let k = 1; k < stages.length; k++) {
    if (sum(stages[k]!) <= room) return shrinkWidest(stages[k - 1]!, stages[k]!, room);
  }
  // The minimums overflow: numbers keep their width, the rest share what is left.
  const min = stages[3]!;
  const hard = list.map((n) => n.hard);
  const soft = min.map((m, i) => m - hard[i]!);
  const left = room - sum(hard);
  if (left > 0 && sum(soft) > 0) return min.map((_, i) => hard[i]! + (soft[i]! * left) / sum(soft));
  return min.map((m) => (m * room) / (sum(min) || 1));
}

/**
 * A header wider than its column, broken between words into balanced lines (see word-breaks.ts):
 * `存在的\n突出问题`, not `存在的突\n出问题`; never inside a number or a Latin word.
 */
export function wrapHeader(header: string, chars: number): string {
  return balancedLines(header, chars, textWidth);
}
