/** tongbao's public API. The CLI calls nothing else. */
export * from "./schema.js";
export * from "./errors.js";
export type * from "./outline.js";
export { aggregate } from "./aggregate/aggregate.js";
export type { Facts } from "./aggregate/facts.js";
export { compose, chooseBuiltin, type ComposeOptions, type ComposeResult } from "./compose/compose.js";
export { buildViewModel, type ViewModel } from "./compose/view-model.js";
export { readTemplate, readPartials, BUILTIN_TEMPLATES, type TemplateSource } from "./read/read-template.js";
export { formatRate, formatPointChange } from "./format/rate.js";
