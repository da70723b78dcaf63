/**
 * Dates and periods in official form. Input is canonical: ISO `YYYY-MM-DD` (a deadline may carry a
 * time, `YYYY-MM-DDTHH:MM`), periods `2023-Q2`, `2023-07`, `2021-H1`, `2023`, and optionally the
 * period as the office wrote it (2020年第3季度), which the text keeps. Pure arithmetic: no clock, no time zone.
 */
import { chineseNumeral } from "./numeral.js";

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"] as const;

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2})?$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** 2023年7月5日 */
export function formatDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${y}年${m}月${d}日`;
}

/** 7月5日 (same year implied) */
export function formatMonthDay(iso: string): string {
  const [, m, d] = parts(iso);
  return `${m}月${d}日`;
}

/** 星期五 — weekday from the day count since 1970-01-01 (a Thursday). */
export function weekday(iso: string): string {
  const [y, m, d] = parts(iso);
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  return `星期${WEEKDAYS[(((days + 4) % 7) + 7) % 7]}`;
}

/** The time of a `YYYY-MM-DDTHH:MM` value as 18:00, or "" for a plain date. */
export function timeOf(iso: string): string {
  const m = /T(\d{2}):(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}:${m[2]}` : "";
}

/** 8月4日（星期五）, 9月28日（星期一）18:00, or with the year (2023年8月4日（星期五）) with `withYear`. */
export function formatDeadline(iso: string, withYear = false): string {
  return `${withYear ? formatDate(iso) : formatMonthDay(iso)}（${weekday(iso)}）${timeOf(iso)}`;
}

/** 统计时间：2020年11月24日—2021年2月22日 */
export function formatStatWindow(start: string, end: string): string {
  return `统计时间：${formatDate(start)}—${formatDate(end)}`;
}

/** 截至2023年6月30日 */
export const formatAsOf = (iso: string): string => `截至${formatDate(iso)}`;

export type PeriodKind = "quarter" | "month" | "half" | "year";

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Quarter 1–4, month 1–12, half 1–2; 0 for a year. */
  index: number;
}

export function parsePeriod(period: string): Period {
  const m = /^(\d{4})(?:-(Q([1-4])|H([12])|(\d{2})))?$/.exec(period);
  if (!m) throw new RangeError(`not a canonical period: ${period}`);
  const year = Number(m[1]);
  if (m[3]) return { kind: "quarter", year, index: Number(m[3]) };
  if (m[4]) return { kind: "half", year, index: Number(m[4]) };
  if (m[5]) return { kind: "month", year, index: Number(m[5]) };
  return { kind: "year", year, index: 0 };
}

/** The period before: 2023-Q1 → 2022-Q4, 2023-01 → 2022-12, 2021-H1 → 2020-H2, 2023 → 2022. */
export function previousPeriod(p: Period): Period {
  const per = { quarter: 4, month: 12, half: 2, year: 0 }[p.kind];
  if (p.kind === "year") return { ...p, year: p.year - 1 };
  return p.index > 1 ? { ...p, index: p.index - 1 } : { kind: p.kind, year: p.year - 1, index: per };
}

/** The office's wording without its year (2020年第3季度 → 第3季度), or undefined when nothing is left to keep. */
function writtenShort(written: string | undefined): string | undefined {
  const rest = written?.replace(/^\d{4}年?/, "");
  return rest && !/^(度|全年|年度)$/.test(rest) ? rest : undefined;
}

/**
 * 第二季度 / 7月份 / 上半年 / 全年 — the period without its year; `written` (the 检查期间 as the
 * office wrote it) is kept: 2020年第3季度 → 第3季度, 2023年7月 → 7月.
 */
export function formatPeriodShort(p: Period, written?: string): string {
  const kept = writtenShort(written);
  if (kept) return kept;
  switch (p.kind) {
    case "quarter":
      return `第${chineseNumeral(p.index)}季度`;
    case "month":
      return `${p.index}月份`;
    case "half":
      return p.index === 1 ? "上半年" : "下半年";
    case "year":
      return "全年";
  }
}

/** 2023年第二季度 / 2023年7月 / 2021年上半年 / 2023年度; `written` in the office's form is kept (2020年第3季度). */
export function formatPeriod(p: Period, written?: string): string {
  const kept = writtenShort(written);
  if (kept) return `${p.year}年${kept}`;
  switch (p.kind) {
    case "quarter":
    case "half":
      return `${p.year}年${formatPeriodShort(p)}`;
    case "month":
      return `${p.year}年${p.index}月`;
    case "year":
      return `${p.year}年度`;
  }
}

/** 季度 / 月 / 半年 / 年 — for phrases like 本季度, 上月. */
export function periodUnit(p: Period): string {
  return { quarter: "季度", month: "月", half: "半年", year: "年度" }[p.kind];
}
