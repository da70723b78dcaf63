/** tongbao's public API. The CLI calls nothing else. */
export * from "./schema.js";
export * from "./errors.js";
export type * from "./outline.js";
