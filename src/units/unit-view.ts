/**
 * The view model of a per-unit document: what the templates 整改通知单, 检查结果告知 and 调查通知-单位
 * may print. Every field is present (empty string when the workbook has no value) because the
 * templates compile in strict mode. Pure.
 */
import type { NoticeInfo } from "../schema.js";
import { formatDate, formatDeadline } from "../format/date.js";
import type { UnitGroup } from "./group-by-unit.js";

/** What a unit document needs of the main notice besides the workbook's 通报信息. */
export interface ParentNotice {
  /** The main notice's title as printed (composed when the workbook has none). */
  title: string;
  info: NoticeInfo;
}

export interface UnitView {
  unit: string;
  issuer: string;
  /** The main notice: 《title》 and its 文号. */
  noticeTitle: string;
  docNumber: string;
  signDate: string;
  /** 政府网站 / 政务新媒体 / 政府网站与政务新媒体 — what the unit owns. */
  objects: string;
  /** 政府网站2个、政务新媒体1个 */
  objectCounts: string;
  websites: number;
  accounts: number;
  /** Items checked (是否检查 ≠ 否). */
  checked: number;
  failed: number;
  problemItems: number;
  vetoes: number;
  deductions: number;
  /** 8月4日（星期五）, with the year when it differs from the 成文日期's. */
  deadline: string;
  reportRequirement: string;
  /** 联系人：王明，联系电话：…，电子邮箱：… */
  contact: string;
  /** Titles of the attachments, exactly as listed. */
  itemsTitle: string;
  feedbackTitle: string;
  surveyTitle: string;
  registryTitle: string;
}

export const objectsOf = (websites: number, accounts: number): string =>
  websites > 0 && accounts > 0 ? "政府网站与政务新媒体" : websites > 0 ? "政府网站" : "政务新媒体";

export function contactLine(info: NoticeInfo): string {
  const parts = [
    info.contactName && `联系人：${info.contactName}`,
    info.contactPhone && `联系电话：${info.contactPhone}`,
    info.contactEmail && `电子邮箱：${info.contactEmail}`,
  ].filter((p): p is string => Boolean(p));
  return parts.join("，");
}

export function deadlineText(info: NoticeInfo): string {
  if (!info.deadline) return "";
  return formatDeadline(info.deadline, info.deadline.slice(0, 4) !== info.signDate.slice(0, 4));
}

export function unitView(group: UnitGroup, parent: ParentNotice): UnitView {
  const { info } = parent;
  const objects = objectsOf(group.websites, group.accounts);
  const counts = [group.websites > 0 && `政府网站${group.websites}个`, group.accounts > 0 && `政务新媒体${group.accounts}个`];
  return {
    unit: group.unit,
    issuer: info.issuer,
    noticeTitle: parent.title,
    docNumber: info.docNumber ?? "",
    signDate: formatDate(info.signDate),
    objects,
    objectCounts: counts.filter((c): c is string => Boolean(c)).join("、"),
    websites: group.websites,
    accounts: group.accounts,
    checked: group.items.filter((i) => i.verdict !== "未检查").length,
    failed: group.failed,
    problemItems: group.problemItems,
    vetoes: group.vetoes,
    deductions: group.deductions,
    deadline: deadlineText(info),
    reportRequirement: info.reportRequirement ?? "",
    contact: contactLine(info),
    itemsTitle: `${group.unit}${objects}检查情况表`,
    feedbackTitle: `${group.unit}整改情况反馈表`,
    surveyTitle: `${group.unit}政务新媒体建设情况调查表`,
    registryTitle: `${group.unit}政务新媒体排查及清理整合情况表`,
  };
}
