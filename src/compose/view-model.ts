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
import type { ViewModel } from "./view-model-types.js";

export type { GroupView, ItemView, ProblemGroupView, ProblemView, ViewModel } from "./view-model-types.js";

export function buildViewModel(data: Inspection, facts: Facts): ViewModel {
  const notice = noticeView(data);
  const websites = itemView(facts.websites);
  const accounts = itemView(facts.accounts);
  const fields: Omit<ViewModel, "text"> = {
    notice,
    websites,
    accounts,
    allPassed: (websites.allPassed || !websites.checked) && (accounts.allPassed || !accounts.checked) && websites.checked + accounts.checked > 0,
    hasFindings: websites.failed + accounts.failed > 0 || websites.hasProblems || accounts.hasProblems,
    hasOverview: websites.any || accounts.any || facts.followUps.total > 0,
    publications: publicationsView(facts.publications),
    interactions: interactionsView(facts.interactions),
    followUps: followUpsView(facts.followUps),
    attachments: attachmentTitles(data, facts, notice.period),
  };
  return { ...oneLine(fields), text: sectionTexts(data.sections) };
}
