/**
 * One responsible unit's document as a NoticeDocument: its 整改通知单 (problems found), its
 * 检查结果告知 (nothing found) or its 调查通知 (registry forms to check and complete). The wording comes
 * from the templates; the tables and forms are built here from the unit's group. Pure.
 */
import { pickAttachments, toOutline } from "../compose/to-outline.js";
import { formatDate } from "../format/date.js";
import { headingNumber } from "../format/numeral.js";
import type { Attachment, AttachmentBlock, NoticeDocument } from "../outline.js";
import { feedbackBlocks } from "./feedback-form.js";
import type { RenderTemplate } from "./builtin-template.js";
import type { UnitGroup } from "./group-by-unit.js";
import { itemsTable } from "./items-table.js";
import { registryTable } from "./registry-table.js";
import { surveyForm } from "./survey-form.js";
import { unitView, type ParentNotice, type UnitView } from "./unit-view.js";

/** An attachment a template may name by its title. */
export interface AttachmentOffer {
  title: string;
  build: () => AttachmentBlock[];
}

export const UNIT_TEMPLATES = ["整改通知单", "检查结果告知", "调查通知-单位"] as const;
export type UnitTemplate = (typeof UNIT_TEMPLATES)[number];


/** Which document a unit gets: 调查通知 in survey mode, else by whether anything was found. */
export const unitTemplateFor = (group: UnitGroup, survey: boolean): UnitTemplate =>
  survey ? "调查通知-单位" : group.problemItems > 0 ? "整改通知单" : "检查结果告知";

/** One 调查表 per account; with several, each is headed by its name (（一）示例教育（微信）). */
export function surveyBlocks(group: UnitGroup): AttachmentBlock[] {
  const accounts = group.items.flatMap((i) => (i.account ? [i.account] : []));
  if (accounts.length === 1) return [surveyForm(group.unit, accounts[0]!)];
  return accounts.flatMap((a, k): AttachmentBlock[] => [
    { kind: "heading", level: 2, text: `${headingNumber(2, k + 1)}${a.name}（${a.platform}）` },
    surveyForm(group.unit, a),
  ]);
}

/** The attachments a unit's template may name, built only when named. */
function offersFor(template: UnitTemplate, group: UnitGroup, view: UnitView): AttachmentOffer[] {
  if (template === "调查通知-单位") {
    return [
      { title: view.surveyTitle, build: () => surveyBlocks(group) },
      { title: view.registryTitle, build: () => [{ kind: "table", table: registryTable([group]) }] },
    ];
  }
  const items: AttachmentOffer = { title: view.itemsTitle, build: () => [{ kind: "table", table: itemsTable([group], { withUnit: false }) }] };
  return template === "整改通知单" ? [items, { title: view.feedbackTitle, build: () => feedbackBlocks(group) }] : [items];
}

/** The named attachments, in the template's order; an unknown title is a template error. */
export function pickOffers(titles: readonly string[], offers: readonly AttachmentOffer[], templateName: string): Attachment[] {
  return pickAttachments(titles, offers, templateName).map((title) => ({ title, blocks: offers.find((o) => o.title === title)!.build() }));
}

export function unitDocument(group: UnitGroup, parent: ParentNotice, template: UnitTemplate, render: RenderTemplate): NoticeDocument {
  const view = unitView(group, parent);
  const parts = toOutline(render(view));
  return {
    kind: "通知",
    title: parts.title ?? `关于${group.unit}${view.objects}检查情况的${template === "调查通知-单位" ? "通知" : template}`,
    recipients: parts.recipients ?? group.unit,
    body: parts.body,
    attachments: pickOffers(parts.attachmentTitles, offersFor(template, group, view), template),
    signature: { issuer: parts.signature ?? parent.info.issuer, date: parts.date ?? formatDate(parent.info.signDate) },
  };
}
