/**
 * The 调查通知 (a 通知, after the 君山 seed): the office asks every unit to check and complete its
 * 政务新媒体 registry. Attachments: the 政务新媒体建设情况调查表 (one form per account, pre-filled) and the
 * 排查及清理整合情况表 (one row per account). The wording comes from templates/调查通知.hbs. Pure.
 */
import { groupByUnit, type UnitGroup } from "../aggregate/group-by-unit.js";
import { headingNumber } from "../format/numeral.js";
import type { AttachmentBlock, NoticeDocument } from "../outline.js";
import type { Inspection } from "../schema.js";
import { assembleDocument, noticeDefaults, type AttachmentOffer } from "./assemble.js";
import { noticeFields, oneLine, sectionTexts } from "./notice-fields.js";
import { registryTable } from "./registry-table.js";
import { renderTemplate, type TemplateInput } from "./render-template.js";
import { blankSurveyForm, surveyForm } from "./survey-form.js";

export const SURVEY_TEMPLATE = "调查通知";
export const SURVEY_TITLE = "政务新媒体建设情况调查表";
export const REGISTRY_TITLE = "政务新媒体排查及清理整合情况表";

/** Whether a run makes a 调查通知: by --template, the workbook's 模板, or 文种 = 通知 without a template. */
export const isSurvey = (data: Inspection, template: string | undefined): boolean =>
  (template ?? data.notice.template) === SURVEY_TEMPLATE || (template === undefined && data.notice.template === undefined && data.notice.kind === "通知");

export function surveyTitle(data: Inspection): string {
  return data.notice.title ?? `${data.notice.issuer}关于${data.notice.scope}政务新媒体排查及清理整合工作的通知`;
}

/** Above this many accounts the notice carries one blank 调查表 (each unit's pre-filled forms come with --per-unit). */
export const MAX_PREFILLED_FORMS = 300;

/**
 * Every account's form, headed by unit and account: （一）单位“账号”（平台）; beyond MAX_PREFILLED_FORMS
 * accounts, one blank form and a note, as a province's thousands of forms do not belong in one notice.
 */
function allSurveyForms(groups: readonly UnitGroup[]): AttachmentBlock[] {
  const accounts = groups.reduce((n, g) => n + g.accounts, 0);
  if (accounts === 0) return [blankSurveyForm()]; // nothing registered yet: the form to fill, as the 君山 notice sends it
  if (accounts > MAX_PREFILLED_FORMS) {
    return [
      blankSurveyForm(),
      { kind: "paragraph", text: `注：本次涉及政务新媒体${accounts}个，每个账号填写一张调查表；各单位的预填调查表随各单位通知另行下发。` },
    ];
  }
  const blocks: AttachmentBlock[] = [];
  let n = 0;
  for (const g of groups) {
    for (const { account } of g.items) {
      if (!account) continue;
      n += 1;
      blocks.push({ kind: "heading", level: 2, text: `${headingNumber(2, n)}${g.unit}“${account.name}”（${account.platform}）` });
      blocks.push(surveyForm(g.unit, account));
    }
  }
  return blocks;
}

/** What templates/调查通知.hbs may print: the shared notice fields, the registry's counts and the 正文 paragraphs. */
export function surveyView(data: Inspection, groups: readonly UnitGroup[]) {
  const info = data.notice;
  const text = sectionTexts(data.sections);
  return {
    ...oneLine({
      ...noticeFields(info, "政务新媒体"),
      title: surveyTitle(data),
      recipients: info.recipients,
      scope: info.scope,
      basis: info.basis ?? "",
      accounts: groups.reduce((n, g) => n + g.accounts, 0),
      units: groups.filter((g) => g.accounts > 0).length,
      surveyTitle: SURVEY_TITLE,
      registryTitle: REGISTRY_TITLE,
    }),
    headings: {
      work: data.sections.find((x) => x.section === "主要工作" && x.title)?.title ?? "",
      problems: data.sections.find((x) => x.section === "存在问题" && x.title)?.title ?? "",
      requirements: data.sections.find((x) => x.section === "工作要求" && x.title)?.title ?? "",
    },
    work: text.mainWork,
    problems: text.problems,
    requirements: text.requirements,
    closing: text.closing,
  };
}

/** `templates`: templates/调查通知.hbs (or another built-in of the same view) with the partials. */
export function surveyNotice(data: Inspection, templates: TemplateInput): NoticeDocument {
  const groups = groupByUnit(data);
  const registry = (): AttachmentBlock[] => {
    const table = registryTable(groups, data.notice.dataAsOf ?? data.notice.deadline?.slice(0, 10));
    table.columns = table.columns.map((c) => (c.header === "主办单位" ? { ...c, merge: true } : c));
    return [{ kind: "table", table }];
  };
  const offers: AttachmentOffer[] = [
    { title: SURVEY_TITLE, build: () => allSurveyForms(groups) },
    { title: REGISTRY_TITLE, build: registry },
  ];
  const defaults = { ...noticeDefaults(data.notice, surveyTitle(data)), kind: "通知" as const };
  return assembleDocument(renderTemplate(templates, surveyView(data, groups)), offers, { templateName: templates.template.name, defaults });
}
