/** The derived verdict of the contract: 不合格 with any 突出问题 or a 得分 below 60, else 合格. */
import type { Item, Verdict } from "../schema.js";

export const PASS_SCORE = 60;

export function deriveVerdict(item: Item): Verdict {
  if (item.vetoes.length > 0) return "不合格";
  if (item.score !== undefined && item.score < PASS_SCORE) return "不合格";
  return "合格";
}

/** The verdict that stands: the given one, else the derived one. */
export const verdictOf = (item: Item): Verdict => item.verdict ?? deriveVerdict(item);
