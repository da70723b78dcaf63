/**
 * The view model of a per-unit document: what the templates 整改通知单, 检查结果告知 and 调查通知-单位
 * may print — the shared notice fields (notice-fields.ts) and the unit's own counts and titles.
 * Every field is present (empty string when the workbook has no value) because the templates
 * compile in strict mode. Pure.
 */
import type { UnitGroup } from "../aggregate/group-by-unit.js";
import type { NoticeInfo } from "../schema.js";
import { noticeFields, objectsOf, oneLine, type NoticeFields } from "./notice-fields.js";

/** What a unit document needs of the main notice besides the workbook's 通报信息. */
export interface ParentNotice {
  /** The main notice's title as printed (composed when the workbook has none). */
  title: string;
  info: NoticeInfo;
}

export interface UnitView extends NoticeFields {
  unit: string;
  /** The main notice: 《title》 and its 文号. */
  noticeTitle: string;
  docNumber: string;
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
  /** Titles of the attachments, exactly as listed. */
  itemsTitle: string;
  feedbackTitle: string;
  surveyTitle: string;
  registryTitle: string;
}

export function unitView(group: UnitGroup, parent: ParentNotice): UnitView {
  const { info } = parent;
  const objects = objectsOf(group.websites, group.accounts);
  const counts = [group.websites > 0 && `政府网站${group.websites}个`, group.accounts > 0 && `政务新媒体${group.accounts}个`];
  // Object.assign, not a spread: a spread of one object into a long literal is a slow object for thousands of units.
  return Object.assign(oneLine(noticeFields(info, objects)), oneLine({
    unit: group.unit,
    noticeTitle: parent.title,
    docNumber: info.docNumber ?? "",
    objectCounts: counts.filter((c): c is string => Boolean(c)).join("、"),
    websites: group.websites,
    accounts: group.accounts,
    checked: group.items.filter((i) => i.verdict !== "未检查").length,
    failed: group.failed,
    problemItems: group.problemItems,
    vetoes: group.vetoes,
    deductions: group.deductions,
    itemsTitle: `${group.unit}${objects}检查情况表`,
    feedbackTitle: `${group.unit}整改情况反馈表`,
    surveyTitle: `${group.unit}政务新媒体建设情况调查表`,
    registryTitle: `${group.unit}政务新媒体排查及清理整合情况表`,
  }));
}
