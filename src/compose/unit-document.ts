/**
 * One responsible unit's document as a NoticeDocument: its 整改通知单 (problems found), its
 * 检查结果告知 (nothing found) or its 调查通知 (registry forms to check and complete). The wording comes
 * from the templates; the tables and forms are built here from the unit's group. Pure.
 */
import type { UnitGroup } from "../aggregate/group-by-unit.js";
import { headingNumber } from "../format/numeral.js";
import type { AttachmentBlock, NoticeDocument } from "../outline.js";
import { assembleDocument, type AttachmentOffer } from "./assemble.js";
import { feedbackBlocks } from "./feedback-form.js";
import { itemsTable } from "./items-table.js";
import { registryTable } from "./registry-table.js";
import { renderTemplate, type TemplateInput } from "./render-template.js";
import { surveyForm } from "./survey-form.js";
import { unitView, type ParentNotice, type UnitView } from "./unit-view.js";

export type UnitTemplate = "整改通知单" | "检查结果告知" | "调查通知-单位";

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

/** `templates`: the built-in template named `template`, with the partials. */
export function unitDocument(group: UnitGroup, parent: ParentNotice, template: UnitTemplate, templates: TemplateInput): NoticeDocument {
  const view = unitView(group, parent);
  return assembleDocument(renderTemplate(templates, view), offersFor(template, group, view), {
    templateName: template,
    defaults: {
      kind: "通知",
      title: `关于${group.unit}${view.objects}检查情况的${template === "调查通知-单位" ? "通知" : template}`,
      recipients: group.unit,
      issuer: view.issuer,
      signDate: view.signDate,
    },
  });
}
