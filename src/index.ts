/** tongbao's public API. The CLI calls nothing else. */
export * from "./schema.js";
export * from "./errors.js";
export type * from "./outline.js";
export { SHEETS, findSheet, type ColumnSpec, type SheetSpec, type SheetKey, type Kind } from "./columns.js";
export { readInput, type ReadOptions } from "./read/read-input.js";
export type { RawInput, RawSheet, RawRecord, RawCell } from "./read/raw-input.js";
export { validate, type Validated } from "./validate.js";
export { templateWorkbook } from "./init-workbook.js";
export { inputJsonSchema } from "./json-schema.js";
