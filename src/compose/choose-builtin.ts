/** Which built-in template suits the data, so the pipeline can read it before composing. */
import type { BuiltinTemplate } from "../read/read-template.js";
import type { Inspection } from "../schema.js";

/** 月度通报 for a month, 内容保障通报 for publication statistics without any 检查结论, else 季度通报. */
export function chooseBuiltin(data: Inspection): BuiltinTemplate {
  if (data.notice.period && /^\d{4}-\d{2}$/.test(data.notice.period)) return "月度通报";
  const hasVerdicts = data.websites.some((w) => w.verdict !== undefined) || data.accounts.some((a) => a.verdict !== undefined);
  if (data.publications.length > 0 && !hasVerdicts) return "内容保障通报";
  return "季度通报";
}
