/** Every error and warning as one table, grouped by sheet: 工作表, 单元格, 表头, 读到的值, 问题及应填. */
import type { IssueView } from "./api-types.js";
import { h } from "./dom.js";

const NO_SHEET = "文件";

export function issuesTable(issues: IssueView[], caption: string): HTMLTableElement {
  const groups = new Map<string, IssueView[]>();
  for (const i of issues) groups.set(i.sheet ?? NO_SHEET, [...(groups.get(i.sheet ?? NO_SHEET) ?? []), i]);
  const table = h(
    "table",
    { class: "issues" },
    h("caption", {}, caption),
    h(
      "thead",
      {},
      h("tr", {}, ...["类型", "工作表", "单元格", "表头", "读到的值", "问题及应填"].map((t) => h("th", { scope: "col" }, t))),
    ),
  );
  for (const [sheet, list] of groups) {
    const errors = list.filter((i) => i.severity === "error").length;
    const warnings = list.length - errors;
    const counts = [errors ? `${errors}处错误` : "", warnings ? `${warnings}处提醒` : ""].filter(Boolean).join("，");
    const body = h("tbody", { "data-sheet": sheet }, h("tr", { class: "group" }, h("th", { colspan: "6", scope: "rowgroup" }, `${sheet}（${counts}）`)));
    for (const i of list) {
      body.append(
        h(
          "tr",
          { class: i.severity, title: i.line },
          h("td", { class: "mark" }, h("span", { "aria-label": i.severity === "error" ? "错误" : "提醒" }, i.severity === "error" ? "✖" : "⚠")),
          h("td", {}, i.sheet ?? ""),
          h("td", { class: "cell" }, i.cell ?? ""),
          h("td", {}, i.header ?? ""),
          h("td", { class: "value" }, i.value ?? ""),
          h("td", { class: "message" }, i.message, i.fix ? h("span", { class: "fix" }, ` ${i.fix}`) : null),
        ),
      );
    }
    table.append(body);
  }
  return table;
}
