/**
 * The fields every document kind prints the same way — the notice, the 调查通知 and the per-unit
 * documents (整改通知单, 检查结果告知, 调查通知-单位) all take them from here: what was inspected, the
 * contact line, the deadline, the reporting requirement, the 成文日期 and the 正文 paragraphs.
 */
import { formatDate, formatDeadline } from "../format/date.js";
import type { Inspection, NoticeInfo } from "../schema.js";

/** The fields shared by every document kind; templates/README.md lists them. */
export interface NoticeFields {
  issuer: string;
  /** 成文日期 in official form: 2023年7月5日. */
  signDate: string;
  /** 政府网站和政务新媒体 / 政府网站 / 政务新媒体 / 政务公开 — what the document is about. */
  objects: string;
  /** 2023年8月4日 */
  deadline: string;
  /** 8月4日（星期五）, with the year when it differs from the 成文日期's. */
  deadlineWithWeekday: string;
  /** 整改报送要求 without its final 。, so a template can go on after it. */
  reportRequirement: string;
  /** The requirement is a sentence of its own (starts with 请), not a clause to follow “，并”. */
  reportIsRequest: boolean;
  /** 联系人：王明，联系电话：…，电子邮箱：…。 — a whole sentence, empty without any contact. */
  contactLine: string;
  /** 逾期处理 without its final 。: 对逾期未进行反馈的部门，年终考核将予以扣分; "" when not given. */
  overdueNote: string;
  /** 调查报送日期 with its weekday (6月21日（星期五）), "" when not given. */
  surveyDeadlineWithWeekday: string;
}

/** What a document is about, by what it covers: both kinds of item are joined with 和. */
export function objectsOf(websites: number, accounts: number): string {
  if (websites > 0 && accounts > 0) return "政府网站和政务新媒体";
  if (accounts > 0) return "政务新媒体";
  if (websites > 0) return "政府网站";
  return "政务公开";
}

export function contactLine(info: NoticeInfo): string {
  const parts = [
    info.contactName ? `联系人：${info.contactName}` : "",
    info.contactPhone ? `联系电话：${info.contactPhone}` : "",
    info.contactEmail ? `电子邮箱：${info.contactEmail}` : "",
  ].filter(Boolean);
  return parts.length ? `${parts.join("，")}。` : "";
}

export function noticeFields(info: NoticeInfo, objects: string): NoticeFields {
  const deadline = info.deadline;
  return {
    issuer: info.issuer,
    signDate: formatDate(info.signDate),
    objects,
    deadline: deadline ? formatDate(deadline) : "",
    deadlineWithWeekday: deadline ? formatDeadline(deadline, deadline.slice(0, 4) !== info.signDate.slice(0, 4)) : "",
    reportRequirement: info.reportRequirement?.replace(/[。.]+$/, "") ?? "",
    reportIsRequest: info.reportRequirement?.startsWith("请") ?? false,
    contactLine: contactLine(info),
    overdueNote: info.overdueNote?.replace(/[。.]+$/, "") ?? "",
    surveyDeadlineWithWeekday: info.surveyDeadline ? formatDeadline(info.surveyDeadline, info.surveyDeadline.slice(0, 4) !== info.signDate.slice(0, 4)) : "",
  };
}

/** Lines that would be read as a front-matter field (标题：…, 附件：…) if a 正文 row started with them. */
const FIELD_LINE = /^(标题|主送|附件|署名|日期|附注|正文)：/;

/** 正文 rows of one section: one paragraph per line, a line that looks like a field marked literal. */
export function paragraphs(sections: Inspection["sections"], section: string): string[] {
  return sections
    .filter((s) => s.section === section)
    .flatMap((s) => s.text.split(/\r?\n/))
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l) => (FIELD_LINE.test(l) ? `正文：${l}` : l));
}

/** The 正文 sheet's four sections, escaped. */
export function sectionTexts(sections: Inspection["sections"]) {
  return {
    mainWork: paragraphs(sections, "主要工作"),
    problems: paragraphs(sections, "存在问题"),
    requirements: paragraphs(sections, "工作要求"),
    closing: paragraphs(sections, "结尾"),
  };
}

/** Data strings go on one output line each: a line break inside a cell would split a paragraph. */
export function oneLine<T>(v: T): T {
  if (typeof v === "string") return (v.includes("\n") || v.includes("\r") ? v.replace(/\s*[\r\n]+\s*/g, "") : v) as T;
  if (Array.isArray(v)) return v.map(oneLine) as T;
  if (v && typeof v === "object") {
    // Built key by key: an object from Object.fromEntries is a slow dictionary to spread and to read.
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = oneLine(x);
    return out as T;
  }
  return v;
}
