/**
 * tongbao's public API, `import … from "tongbao"`: the pipeline (in memory and on files), its stages in
 * order, the input contract as data and schemas, and the errors. Internals (file writing, progress bars,
 * the per-unit machinery) are not part of it.
 */
export * from "./schema.js";
export * from "./errors.js";
export type * from "./outline.js";
export { tablesOf } from "./outline.js";

/** The whole pipeline in memory: input bytes in, output files' bytes out. */
export { generateFiles, buildNotice, readInputFile, type InputFile, type OutputFile, type TemplateChoice, type BuildOptions, type BuildResult } from "./generate.js";
/** The whole pipeline on paths: reads the input, writes the outputs atomically into a folder. */
export { generate, type GenerateOptions, type GenerateResult } from "./write-outputs.js";
export type { PerUnitMode } from "./units/unit-files.js";

/** Read: a workbook (.xlsx) or its JSON form into located raw records. */
export { readInput, type ReadOptions } from "./read/read-input.js";
export type { RawInput, RawSheet, RawRecord, RawCell } from "./read/raw-input.js";
/** Templates: a built-in by name, a .hbs file by path, or a source in memory; with the shared partials. */
export { readTemplate, readPartials, readTemplateSet, templateSetOf, BUILTIN_TEMPLATES, type TemplateSource, type TemplateSet } from "./read/read-template.js";
/** Validate: normalise and check raw records; throws one TongbaoError listing every problem. */
export { validate, type Validated } from "./validate.js";
/** Aggregate: every figure a notice states, derived from validated data. */
export { aggregate } from "./aggregate/aggregate.js";
export type { Facts } from "./aggregate/facts.js";
/** Compose: data into the notice outline through a handlebars template. */
export { compose, type ComposeOptions, type ComposeResult } from "./compose/compose.js";
/** The built-in template that suits the data; read it (readTemplateSet) and pass it to compose. */
export { chooseBuiltin } from "./compose/choose-builtin.js";
/** Render: an outline as a GB/T 9704 Word file (deterministic bytes). */
export { renderDocx } from "./render/render-docx.js";
/** The attachment tables as one workbook. */
export { tablesToXlsx } from "./write/xlsx-tables.js";

/** The input contract as data (sheets, columns, aliases), the fillable input template, and the JSON Schema of the JSON input. */
export { SHEETS, findSheet, type ColumnSpec, type SheetSpec, type SheetKey, type Kind } from "./columns.js";
export { templateWorkbook } from "./init-workbook.js";
export { inputJsonSchema } from "./json-schema.js";
/** Official-form rates: 95.2%, 100% only when exact, 提高2.3个百分点. */
export { formatRate, formatPointChange } from "./format/rate.js";
