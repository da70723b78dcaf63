/**
 * 排查及清理整合情况表 (附件2 of a 调查通知, after the 君山 seed): one row per account with the registry
 * columns of the input contract, blank where the workbook has no value; printed landscape.
 */
import type { TableSpec } from "../outline.js";
import type { UnitGroup } from "../aggregate/group-by-unit.js";
import { formatDate } from "../format/date.js";

const HEADERS: [string, number][] = [
  ["序号", 5], ["名称", 11], ["主办单位", 11], ["运营单位", 10], ["运营模式", 7], ["经费保障（元/年）", 8],
  ["粉丝量", 8], ["阅读量", 8], ["开通时间", 10], ["运营人数", 5], ["运营状态", 6], ["平台类型", 7], ["负责人及联系电话", 12],
];

export function registryTable(groups: readonly UnitGroup[]): TableSpec {
  const rows: (string | number)[][] = [];
  for (const group of groups) {
    for (const { account: a } of group.items) {
      if (!a) continue;
      const contact = [a.manager, a.phone].filter((s) => s !== undefined).join(" ");
      rows.push([
        rows.length + 1, a.name, group.unit, a.operator ?? "", a.operationMode ?? "", a.funding ?? "", a.fans ?? "", a.reads ?? "",
        a.openedAt ? formatDate(a.openedAt) : "", a.staffCount ?? "", a.status ?? "", a.platform, contact,
      ]);
    }
  }
  return {
    caption: "填表单位（盖章）：　　　　　　填报人：　　　　　　联系电话：",
    columns: HEADERS.map(([header, width]) => ({ header, width, ...(header === "名称" || header === "主办单位" ? {} : { align: "center" as const }) })),
    rows,
    notes: [
      "注：1.按照微博、微信等第三方平台上开设的账号以及移动客户端等类别分别填写，名称填写全称；2.运营单位填写具体运营的单位名称；3.运营模式填写自营或购买服务；4.运营状态填写“正常运营”或“停止运营”。",
    ],
    fontSize: "小四",
    landscape: true,
  };
}
