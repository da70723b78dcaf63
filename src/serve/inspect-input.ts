/**
 * inspectInput: what the page shows before generating — the public stages in order (read → validate →
 * compose, which aggregates), without rendering or writing anything.
 */
import { aggregate, BUILTIN_TEMPLATES, chooseBuiltin, compose, readPartials, readTemplate, validate, type TemplateSource } from "../index.js";
import type { Inspected } from "../web/api-types.js";
import { readInputFile, type InputFile, type TemplateChoice } from "./pipeline-adapter.js";
import { inspectedView } from "./page-view.js";

export interface InspectOptions {
  template?: TemplateChoice;
  fullListing?: boolean;
}

const builtin = (name: string | undefined) => (BUILTIN_TEMPLATES as readonly string[]).find((b) => b === name?.replace(/\.hbs$/, ""));

/** The chosen template: an upload runs in compose's sandbox; a name is only ever a built-in one. */
function templateFor(choice: TemplateChoice | undefined, named: string | undefined, fallback: string): TemplateSource {
  if (typeof choice === "object") return { name: choice.name, source: choice.source, builtin: false };
  return readTemplate(builtin(choice) ?? builtin(named) ?? fallback);
}

export async function inspectInput(input: InputFile, options: InspectOptions = {}): Promise<Inspected> {
  const { data, warnings, counts } = validate(await readInputFile(input));
  const template = templateFor(options.template, data.notice.template, chooseBuiltin(data));
  const partials = Object.entries(readPartials()).map(([name, source]) => ({ name, source }));
  const composed = compose(data, { template, partials, fullListing: options.fullListing });
  return inspectedView(input.name, counts, aggregate(data), composed.document, [...warnings, ...composed.warnings]);
}
