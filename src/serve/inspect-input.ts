/**
 * inspectInput: what the page shows before generating — the public stages in order (read → validate →
 * compose, which aggregates), without rendering or writing anything. The template is chosen as
 * generateFiles chooses it: the page's choice, else the workbook's 模板 (built-in names only), else the
 * built-in that suits the data; a 调查通知 is composed as one.
 */
import { aggregate, buildNotice, readInputFile, validate, type InputFile, type TemplateChoice } from "../index.js";
import type { Inspected } from "../web/api-types.js";
import { inspectedView } from "./page-view.js";

export interface InspectOptions {
  template?: TemplateChoice;
  fullListing?: boolean;
}

export async function inspectInput(input: InputFile, options: InspectOptions = {}): Promise<Inspected> {
  const { data, warnings, counts } = validate(await readInputFile(input));
  const notice = buildNotice(data, options);
  return inspectedView(input.name, counts, aggregate(data), notice.document, [...warnings, ...notice.warnings], data.notice.rateDecimals);
}
