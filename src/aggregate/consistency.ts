/** Consistency findings: data that validates but contradicts itself. Warnings, never errors. */
import type { Issue } from "../errors.js";
import type { Inspection, Item } from "../schema.js";
import { PASS_SCORE } from "./verdict.js";

const CODE = "W_CONSISTENCY";

function warn(path: string, message: string, fix?: string, value?: unknown): Issue {
  return { code: CODE, severity: "warning", message, location: { path }, ...(fix ? { fix } : {}), ...(value !== undefined ? { value } : {}) };
}

const platformOf = (x: Item): string => ("platform" in x ? x.platform : "");

function itemFindings(kind: "websites" | "accounts", items: readonly Item[]): Issue[] {
  const issues: Issue[] = [];
  const label = kind === "websites" ? "网站" : "账号";
  const at = (i: number, field: string) => `${kind}[${i}].${field}`;
  /** name → indexes of the rows with that name (a duplicate is the same name on the same platform). */
  const seen = new Map<string, number | number[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const vetoed = it.vetoes.length > 0;
    const low = it.score !== undefined && it.score < PASS_SCORE;
    if (it.verdict === "合格" && vetoed)
      issues.push(warn(at(i, "verdict"), `${label}“${it.name}”检查结论为合格，但有突出问题“${it.vetoes.join("、")}”，按填写的结论计为合格。`, "请核对检查结论或突出问题。"));
    if (it.verdict === "合格" && low)
      issues.push(warn(at(i, "verdict"), `${label}“${it.name}”检查结论为合格，但得分${it.score}低于${PASS_SCORE}分，按填写的结论计为合格。`, "请核对检查结论或得分。"));
    if (it.verdict === "不合格" && !vetoed && !low && it.deductions.length === 0 && !it.description)
      issues.push(warn(at(i, "verdict"), `${label}“${it.name}”检查结论为不合格，但没有填写任何问题。`, "请在突出问题、扣分问题或问题描述中写明原因。"));
    if (!it.checked && (it.verdict !== undefined || vetoed))
      issues.push(warn(at(i, "checked"), `${label}“${it.name}”未检查（是否检查为否），但填写了检查结论或问题，这些内容不计入合格率。`));
    // Most names are unique: store the first index as a number, a list only once a name repeats.
    const head = seen.get(it.name);
    if (head === undefined) {
      seen.set(it.name, i);
      continue;
    }
    const same = typeof head === "number" ? [head] : head;
    const first = same.find((j) => platformOf(items[j]!) === platformOf(it));
    if (first !== undefined) issues.push(warn(at(i, "name"), `${label}“${it.name}”与第${first + 1}条重复，两条都计入统计。`, "如为重复填写，请删除其中一条。"));
    same.push(i);
    if (typeof head === "number") seen.set(it.name, same);
  }
  return issues;
}

export function consistencyFindings(data: Inspection): Issue[] {
  const issues = [...itemFindings("websites", data.websites), ...itemFindings("accounts", data.accounts)];
  data.interactions.forEach((r, i) => {
    if (r.closedOnTime !== undefined && r.closed !== undefined && r.closedOnTime > r.closed)
      issues.push(warn(`interactions[${i}].closedOnTime`, `“${r.channel}”按期办结数${r.closedOnTime}大于办结数${r.closed}。`));
  });
  data.publications.forEach((r, i) => {
    if (r.adopted !== undefined && r.submitted !== undefined && r.adopted > r.submitted)
      issues.push(warn(`publications[${i}].adopted`, `“${r.unit}”采纳数${r.adopted}大于报送数${r.submitted}。`));
  });
  return issues;
}
