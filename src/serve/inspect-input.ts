/**
 * inspectInput: what the page shows before generating — the public stages in order (read → validate →
 * compose, which aggregates), without rendering or writing anything. The template is chosen as
 * generateFiles chooses it: the page's choice, else the workbook's 模板 (built-in names only), else the
 * built-in that suits the data; a 调查通知 is composed as one.
 */
import { aggregate, chooseBuiltin, compose, readInputFile, templateSetOf, validate, type InputFile, type TemplateChoice } from "../index.js";
import { isSurvey, SURVEY_TEMPLATE } from "../compose/survey-notice.js";
import { builtinTemplate } from "../units/builtin-template.js";
import type { Inspected } from "../web/api-types.js";
import { inspectedView } from "./page-view.js";

export interface InspectOptions {
  template?: TemplateChoice;
  fullListing?: boolean;
}

export async function inspectInput(input: InputFile, options: InspectOptions = {}): Promise<Inspected> {
  const { data, warnings, counts } = validate(await readInputFile(input));
  const choice = options.template;
  const survey = typeof choice === "object" ? false : isSurvey(data, choice);
  const templates = survey ? builtinTemplate(SURVEY_TEMPLATE) : templateSetOf(choice ?? data.notice.template ?? chooseBuiltin(data));
  const composed = compose(data, { ...templates, kind: survey ? "survey" : "notice", fullListing: options.fullListing });
  return inspectedView(input.name, counts, aggregate(data), composed.document, warnings);
}
