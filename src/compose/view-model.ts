/**
 * The notice's view model: everything a notice template can print, already formatted (dates in
 * official form, rates per the contract, names quoted and joined). Plain JSON only — no class
 * instances, so the handlebars prototype guard has nothing to open. templates/README.md lists every field.
 */
import type { Facts } from "../aggregate/facts.js";
import type { Inspection } from "../schema.js";
import { followUpsView, interactionsView, publicationsView } from "./activity-view.js";
import { itemView } from "./item-view.js";
import { oneLine, sectionTexts } from "./notice-fields.js";
import { attachmentTitles, noticeView } from "./notice-view.js";
import { DEFAULT_RATE_DECIMALS } from "../format/rate.js";
import { says } from "./view-model-says.js";
import type { ViewModel } from "./view-model-types.js";

export type { GroupView, ItemView, ProblemGroupView, ProblemView, ViewModel } from "./view-model-types.js";

/** 正文's 标题 of a section: the first row of the section that gives one, else "". */
function heading(data: Inspection, section: string): string {
  return data.sections.find((s) => s.section === section && s.title !== undefined)?.title ?? "";
}

export function buildViewModel(data: Inspection, facts: Facts): ViewModel {
  const notice = noticeView(data);
  const decimals = data.notice.rateDecimals;
  const options = { decimals, ...(data.notice.nameStyle ? { nameStyle: data.notice.nameStyle } : {}) };
  const titles = attachmentTitles(data, facts, notice.period);
  const websites = itemView(facts.websites, options);
  const accounts = itemView(facts.accounts, options);
  const fields: Omit<ViewModel, "text"> = {
    notice,
    websites,
    accounts,
    allPassed: (websites.allPassed || !websites.checked) && (accounts.allPassed || !accounts.checked) && websites.checked + accounts.checked > 0,
    hasFindings: websites.failed + accounts.failed > 0 || websites.hasProblems || accounts.hasProblems,
    hasOverview: websites.any || accounts.any || facts.followUps.total > 0 || facts.publications.units > 0 || facts.interactions.channels.length > 0,
    publications: publicationsView(facts.publications, decimals),
    interactions: interactionsView(facts.interactions, decimals),
    followUps: followUpsView(facts.followUps, decimals),
    headings: { mainWork: heading(data, "主要工作"), problems: heading(data, "存在问题"), requirements: heading(data, "工作要求"), closing: heading(data, "结尾") },
    says: says(data, facts, { decimals: decimals ?? DEFAULT_RATE_DECIMALS, periodShort: notice.periodShort, scope: notice.scope, asOf: notice.asOf, lists: { websites: titles.problemWebsites, accounts: titles.problemAccounts } }),
    attachments: titles,
  };
  return { ...oneLine(fields), text: sectionTexts(data.sections) };
}
