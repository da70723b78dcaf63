/**
 * The one rule for a row's verdict and for whether it has something to rectify, used by the notice
 * and by the per-unit documents alike.
 */
import type { Item, Verdict } from "../schema.js";

export const PASS_SCORE = 60;

/** 检查结论 as printed: the given or derived verdict, or 未检查 for rows with 是否检查 = 否. */
export type ItemVerdict = Verdict | "未检查";

/** The derived verdict of the contract: 不合格 with any 突出问题 or a 得分 below 60, else 合格. */
export function deriveVerdict(item: Item): Verdict {
  if (item.vetoes.length > 0) return "不合格";
  if (item.score !== undefined && item.score < PASS_SCORE) return "不合格";
  return "合格";
}

/** 未检查 when not checked, else the given verdict, else the derived one. */
export const verdictOf = (item: Item): ItemVerdict => (item.checked ? (item.verdict ?? deriveVerdict(item)) : "未检查");

/** A 突出问题, 扣分问题 or 问题描述 written down for the row. */
export const hasFinding = (item: Item): boolean => item.vetoes.length > 0 || item.deductions.length > 0 || item.description !== undefined;

/** Something to rectify: a checked row that is 不合格 or has a finding. Unchecked rows never have one. */
export const hasProblem = (item: Item): boolean => item.checked && (verdictOf(item) === "不合格" || hasFinding(item));
