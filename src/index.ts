/** tongbao's public API: every stage of the pipeline, and `generate` that runs them in order. The CLI calls nothing else. */
export * from "./schema.js";
export * from "./errors.js";
export type * from "./outline.js";
export { tablesOf } from "./outline.js";
/** Read a workbook (.xlsx) or its JSON form into located raw records. */
export { readInput, type ReadOptions } from "./read/read-input.js";
export type { RawInput, RawSheet, RawRecord, RawCell } from "./read/raw-input.js";
/** The workbook contract as data: sheets, columns, aliases. */
export { SHEETS, findSheet, type ColumnSpec, type SheetSpec, type SheetKey, type Kind } from "./columns.js";
/** Read a built-in template by name or a .hbs file by path. */
export { readTemplate, readPartials, readTemplateSet, BUILTIN_TEMPLATES, type TemplateSource, type TemplateSet } from "./read/read-template.js";
/** Normalise and check raw records; throws one TongbaoError listing every problem. */
export { validate, type Validated } from "./validate.js";
/** Derive every figure a notice states from validated data. */
export { aggregate } from "./aggregate/aggregate.js";
export type { Facts } from "./aggregate/facts.js";
/** Turn data into the notice outline through a handlebars template. */
export { compose, type ComposeOptions, type ComposeResult } from "./compose/compose.js";
/** The built-in template that suits the data; read it (readTemplateSet) and pass it to compose. */
export { chooseBuiltin } from "./compose/choose-builtin.js";
export { buildViewModel, type ViewModel } from "./compose/view-model.js";
/** Official-form rates: 95.2%, 100% only when exact, 提高2.3个百分点. */
export { formatRate, formatPointChange } from "./format/rate.js";
/** Lay out an outline as a GB/T 9704 Word file (deterministic bytes). */
export { renderDocx } from "./render/render-docx.js";
/** Write bytes atomically (temp file + rename). */
export { writeFileAtomic, ensureDir } from "./write/write-file-atomic.js";
export { tablesToXlsx } from "./write/xlsx-tables.js";
export { convertToPdf } from "./write/pdf.js";
/** The fillable input template, and the JSON Schema of the JSON input. */
export { templateWorkbook } from "./init-workbook.js";
export { inputJsonSchema } from "./json-schema.js";
/** Per-unit outputs: items grouped by responsible unit, their tables, and the files of `generate --per-unit`. */
export { groupByUnit, type UnitGroup, type UnitItem } from "./aggregate/group-by-unit.js";
export { verdictOf } from "./aggregate/verdict.js";
export { itemsTable, type ItemsTableOptions } from "./compose/items-table.js";
export { writeUnitFiles, type PerUnitMode, type PerUnitOptions, type PerUnitResult } from "./units/write-unit-files.js";
/** Progress of long batches: a bar on a TTY, periodic lines otherwise. */
export { createProgress, type Progress } from "./batch/progress.js";
/** The whole pipeline. */
export { generate, type GenerateOptions, type GenerateResult } from "./generate.js";
