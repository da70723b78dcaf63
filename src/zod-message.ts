/**
 * A zod issue in Chinese, naming the value found and what is expected. Normalisation catches almost
 * everything first; these are the schema's remaining limits (得分 0–200, empty text…).
 */
import type * as z from "zod";
import type { ColumnSpec } from "./columns.js";
import { shown } from "./normalise.js";

const TYPES: Record<string, string> = { string: "文字", number: "数字", boolean: "“是”或“否”", array: "列表", object: "对象", date: "日期" };

export function zodMessage(issue: z.core.$ZodIssue, value: unknown, col: ColumnSpec | undefined): string {
  const found = value === undefined ? "为空" : `为${shown(value)}`;
  const name = col?.header ?? String(issue.path.join("."));
  switch (issue.code) {
    case "too_big":
      return `${name}应不大于${String(issue.maximum)}，实际${found}。`;
    case "too_small":
      return issue.origin === "string" ? `${name}不能为空。` : `${name}应不小于${String(issue.minimum)}，实际${found}。`;
    case "invalid_type":
      return `${name}应为${TYPES[issue.expected] ?? issue.expected}，实际${found}。`;
    case "invalid_value":
      return `${shown(value)}不是可识别的${col?.label ?? name}，可选：${issue.values.map(String).join("、")}。`;
    case "invalid_format":
      return `${name}格式不正确，实际${found}。`;
    default:
      return `${name}的值不正确，实际${found}。`;
  }
}
