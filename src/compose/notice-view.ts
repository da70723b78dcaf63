/** The `notice` part of the notice's view (its 通报信息, formatted) and the titles of its attachments. */
import type { Facts } from "../aggregate/facts.js";
import { formatAsOf, formatPeriod, formatPeriodShort, formatStatWindow, parsePeriod, periodUnit, previousPeriod } from "../format/date.js";
import type { Inspection } from "../schema.js";
import { availableAttachments, type AttachmentTitles } from "./attachments.js";
import { noticeFields, objectsOf } from "./notice-fields.js";
import type { ViewModel } from "./view-model-types.js";

/** What the notice is about, by the sheets that have rows. */
export const noticeObjects = (data: Inspection): string => objectsOf(data.websites.length, data.accounts.length);

export function noticeView(data: Inspection): ViewModel["notice"] {
  const n = data.notice;
  const p = n.period ? parsePeriod(n.period) : undefined;
  const period = p ? formatPeriod(p, n.periodText) : "";
  const objects = noticeObjects(data);
  const checkWord = n.checkKind === "sample" ? "抽查" : "检查";
  return {
    ...noticeFields(n, objects),
    kind: n.kind,
    intro: n.kind === "通知" ? "现将有关事项通知如下：" : "现将有关情况通报如下：",
    // A 通知 is never titled 通报, nor as a report on a period.
    title: n.title ?? (n.kind === "通知" ? `${n.issuer}关于${n.scope}${objects}排查及清理整合工作的通知` : `${n.issuer}关于${period}${n.scope}${objects}${checkWord}情况的通报`),
    checkWord,
    sampled: n.checkKind === "sample",
    recipients: n.recipients,
    docNumber: n.docNumber ?? "",
    scope: n.scope,
    method: n.method ?? "",
    basis: n.basis ?? "",
    period,
    periodShort: p ? formatPeriodShort(p, n.periodText) : "",
    periodUnit: p ? periodUnit(p) : "",
    previousPeriod: p ? (p.kind === "month" ? formatPeriodShort(previousPeriod(p)) : `上${periodUnit(p)}`) : "上期",
    statWindow: n.statStart && n.statEnd ? formatStatWindow(n.statStart, n.statEnd) : "",
    asOf: n.dataAsOf ? formatAsOf(n.dataAsOf) : "",
    note: n.note ?? "",
  };
}

/** …检查发现存在问题的政府网站名单 (问题名单范围 存在问题) or …检查不合格的政府网站名单 (不合格); 抽查 under 抽查. */
function problemListTitle(data: Inspection, period: string, noun: string): string {
  const word = data.notice.checkKind === "sample" ? "抽查" : "检查";
  return data.notice.problemListScope === "不合格" ? `${period}${word}不合格的${noun}名单` : `${period}${word}发现存在问题的${noun}名单`;
}

/** Attachment titles; a title is empty when the data has nothing for that attachment. */
export function attachmentTitles(data: Inspection, facts: Facts, period: string): AttachmentTitles {
  const scope = data.notice.scope;
  const has = availableAttachments(facts);
  const when = (ok: boolean, title: string) => (ok ? title : "");
  return {
    websiteSummary: when(has.websiteSummary, `${period}${scope}政府网站检查情况表`),
    accountSummary: when(has.accountSummary, `${period}${scope}政务新媒体检查情况表`),
    problemWebsites: when(has.problemWebsites, problemListTitle(data, period, "政府网站")),
    problemAccounts: when(has.problemAccounts, problemListTitle(data, period, "政务新媒体")),
    notReported: when(has.notReported, `${period === "" ? "" : `${period}`}未按要求上报整改情况的单位名单`),
    publications: facts.publications.categories.map((c) => `${period}政府网站信息公开情况统计表（${c.category.replace(/[（(](.+?)[）)]/g, "、$1")}）`),
    accountPublication: when(has.accountPublication, `${period}政务新媒体信息公开情况统计表`),
    fullListing: when(has.fullListing, `${period}${scope}${noticeObjects(data)}检查明细表`),
  };
}
