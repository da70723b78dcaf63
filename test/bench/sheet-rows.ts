/**
 * The inverse of the reader, for test data only: canonical Inspection records → the contract's Chinese
 * sheets (sheet names, headers, 是/否, lists joined with 、, dates as Excel dates).
 */
import type { Account, FollowUp, Interaction, NoticeInfo, Publication, Section, Website } from "../../src/schema.js";

export type CellValue = string | number | Date | null;

export interface SheetSpec<T> {
  name: string;
  headers: readonly string[];
  widths: readonly number[];
  toRow(item: T, index: number): CellValue[];
}

const date = (iso: string | undefined): Date | null => {
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};
const yesNo = (value: boolean | undefined): string | null => (value === undefined ? null : value ? "是" : "否");
const list = (items: readonly string[]): string | null => (items.length ? items.join("、") : null);
const opt = <T>(value: T | undefined): T | null => value ?? null;

/** 检查期间 canonical → the wording an office types. */
const periodText = (period: string): string => {
  const [year, part] = period.split("-");
  if (!part) return `${year}年度`;
  if (part.startsWith("Q")) return `${year}年第${"一二三四"[Number(part.slice(1)) - 1]}季度`;
  if (part.startsWith("H")) return `${year}年${part === "H1" ? "上" : "下"}半年`;
  return `${year}年${Number(part)}月`;
};

const NOTICE_FIELDS: ReadonlyArray<[string, keyof NoticeInfo]> = [
  ["文种", "kind"], ["发文机关", "issuer"], ["发文机关标志", "issuerMark"], ["发文字号", "docNumber"],
  ["标题", "title"], ["检查期间", "period"], ["统计开始日期", "statStart"], ["统计截止日期", "statEnd"],
  ["数据截止日期", "dataAsOf"], ["检查范围", "scope"], ["检查方式", "method"], ["检查依据", "basis"],
  ["主送机关", "recipients"], ["成文日期", "signDate"], ["整改截止日期", "deadline"],
  ["整改报送要求", "reportRequirement"], ["联系人", "contactName"], ["联系电话", "contactPhone"],
  ["电子邮箱", "contactEmail"], ["附注", "note"], ["抄送", "cc"], ["印发机关", "printer"], ["印发日期", "printDate"],
  ["模板", "template"],
];
const DATE_KEYS = new Set<keyof NoticeInfo>(["statStart", "statEnd", "dataAsOf", "signDate", "deadline", "printDate"]);

/** 通报信息 rows: only the items that have a value, in the contract's order. */
export function noticeRows(notice: NoticeInfo): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [label, key] of NOTICE_FIELDS) {
    const value = notice[key];
    if (value === undefined || value === "") continue;
    if (key === "period") rows.push([label, periodText(String(value))]);
    else rows.push([label, DATE_KEYS.has(key) ? date(String(value)) : String(value)]);
  }
  return rows;
}

export const NOTICE_SHEET: SheetSpec<CellValue[]> = {
  name: "通报信息",
  headers: ["项目", "内容"],
  widths: [16, 90],
  toRow: (row) => row,
};

const verdictCells = (item: Website | Account): CellValue[] => [
  item.checked ? "是" : "否", opt(item.verdict), opt(item.score), list(item.vetoes), list(item.deductions),
  opt(item.description), opt(item.rectification),
];

export const WEBSITE_SHEET: SheetSpec<Website> = {
  name: "政府网站",
  headers: ["序号", "网站名称", "网站标识码", "网址", "主办单位", "单位类别", "所属地区", "是否检查", "检查结论",
    "得分", "突出问题", "扣分问题", "问题描述", "整改情况", "备注"],
  widths: [6, 30, 13, 34, 26, 10, 10, 8, 8, 6, 16, 20, 40, 8, 10],
  toRow: (w, i) => [i + 1, w.name, opt(w.code), opt(w.url), w.unit, opt(w.category), opt(w.region),
    ...verdictCells(w), opt(w.remark)],
};

export const ACCOUNT_SHEET: SheetSpec<Account> = {
  name: "政务新媒体",
  headers: ["序号", "账号名称", "平台类型", "开设主体", "单位类别", "所属地区", "是否检查", "检查结论", "得分",
    "突出问题", "扣分问题", "问题描述", "整改情况", "发布信息数", "开通时间", "粉丝量", "运营单位", "运营模式", "备注"],
  widths: [6, 24, 10, 28, 12, 10, 8, 8, 6, 20, 16, 36, 8, 10, 12, 10, 24, 10, 10],
  toRow: (a, i) => [i + 1, a.name, a.platform, a.unit, opt(a.category), opt(a.region), ...verdictCells(a),
    opt(a.published), date(a.openedAt), opt(a.fans), opt(a.operator), opt(a.operationMode), opt(a.remark)],
};

export const PUBLICATION_SHEET: SheetSpec<Publication> = {
  name: "信息发布统计",
  headers: ["序号", "单位名称", "单位类别", "主动公开信息条数", "报送数", "采纳数"],
  widths: [6, 30, 12, 18, 10, 10],
  toRow: (p, i) => [i + 1, p.unit, p.category, p.published, opt(p.submitted), opt(p.adopted)],
};

export const INTERACTION_SHEET: SheetSpec<Interaction> = {
  name: "互动交流",
  headers: ["渠道", "收到数", "办结数", "按期办结数"],
  widths: [24, 10, 10, 12],
  toRow: (x) => [x.channel, x.received, opt(x.closed), opt(x.closedOnTime)],
};

export const FOLLOW_UP_SHEET: SheetSpec<FollowUp> = {
  name: "上期整改",
  headers: ["序号", "对象类型", "对象名称", "责任单位", "问题", "整改状态", "是否按时反馈"],
  widths: [6, 12, 28, 24, 40, 10, 12],
  toRow: (f, i) => [i + 1, opt(f.targetType), f.name, opt(f.unit), opt(f.problem), f.status, yesNo(f.reportedOnTime)],
};

export const SECTION_SHEET: SheetSpec<Section> = {
  name: "正文",
  headers: ["章节", "内容"],
  widths: [12, 100],
  toRow: (s) => [s.section, s.text],
};
