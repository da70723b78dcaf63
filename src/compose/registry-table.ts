/**
 * 排查及清理整合情况表 (附件2 of a 调查通知, after the 君山 seed): one row per account with the registry
 * columns of the input contract, blank where the workbook has no value; printed landscape.
 */
import type { TableSpec } from "../outline.js";
import type { UnitGroup } from "../aggregate/group-by-unit.js";
import { formatDate } from "../format/date.js";

const HEADERS: [string, number][] = [
  ["序号", 4], ["名称", 9], ["认证主体", 8], ["主办单位", 9], ["运营单位", 8], ["运营模式", 6], ["经费保障（元/年）", 6], ["粉丝量", 6], ["阅读量", 6],
  ["推送频率", 5], ["开通时间", 8], ["运营人数", 5], ["运营状态", 5], ["基本功能", 7], ["平台类型", 5], ["整改措施", 5], ["负责人及联系电话", 9], ["联系人及联系电话", 9],
];

/** The 9 notes of the reference form; the last gives the date the figures stand at (数据截止日期, else 整改截止日期). */
export function registryNotes(asOf?: string): string {
  const items = [
    "按照微博、微信等第三方平台上开设的账号或应用以及移动客户端等类别分别填写，名称填写全称",
    "运营单位填写具体运营的单位名称",
    "运营模式填写自营或购买服务",
    "运营人数填写有无专人运营和负责运营人数",
    "运营状态填“正常运营”或“停止运营”",
    "基本功能填写发布、传播、互动、引导、办事等",
    "平台类型填写新浪、腾讯、人民网或其他",
    "整改措施填写保留、变更、关停、注销等",
    `统计时间截至${asOf ? formatDate(asOf) : "　　年　月　日"}`,
  ];
  return `注：${items.map((t, i) => `${i + 1}.${t}`).join("；")}。`;
}

const joined = (...parts: (string | undefined)[]) => parts.filter((s) => s !== undefined).join(" ");

/** 排查及清理整合情况表: every column of the reference (17) after 序号. `asOf`: ISO date of note 9. */
export function registryTable(groups: readonly UnitGroup[], asOf?: string): TableSpec {
  const rows: (string | number)[][] = [];
  for (const group of groups) {
    for (const { account: a } of group.items) {
      if (!a) continue;
      rows.push([
        rows.length + 1, a.name, a.certifier ?? "", group.unit, a.operator ?? "", a.operationMode ?? "", a.funding ?? "", a.fans ?? "", a.reads ?? "",
        a.pushFrequency ?? "", a.openedAt ? formatDate(a.openedAt) : "", a.staffCount === undefined ? "" : a.staffCount > 0 ? `有专人，${a.staffCount}人` : "无专人",
        a.status ?? "", a.functions ?? "", a.platformText ?? a.platform, a.measure ?? "", joined(a.manager, a.phone), joined(a.contact, a.contactPhone),
      ]);
    }
  }
  // Nothing registered yet: two rows to fill in, as the reference form leaves them.
  if (rows.length === 0) for (let i = 0; i < 2; i++) rows.push(HEADERS.map(([h]) => (h === "运营人数" ? "有/无专人" : "")));
  return {
    caption: "填表单位（盖章）：　　　　　　填报人：　　　　　　联系电话：",
    // Blank where the workbook has no value: the unit fills those in.
    columns: HEADERS.map(([header, width]) => ({ header, width, fillIn: true, ...(header === "名称" || header === "主办单位" ? {} : { align: "center" as const }) })),
    rows,
    notes: [registryNotes(asOf)],
    fontSize: "小四",
    landscape: true,
  };
}
