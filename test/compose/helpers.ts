/** Shared test helpers: load a seed fixture, flatten an outline's body, find an attachment table. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chooseBuiltin } from "../../src/compose/choose-builtin.js";
import { compose, type ComposeOptions, type ComposeResult } from "../../src/compose/compose.js";
import type { NoticeDocument, TableSpec } from "../../src/outline.js";
import { readTemplateSet } from "../../src/read/read-template.js";
import { readJsonText } from "../../src/read/read-json.js";
import type { Inspection } from "../../src/schema.js";
import { validate } from "../../src/validate.js";

/** The package root, whether this runs from test/ or from dist/test/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** A seed fixture read as a user's JSON input is: through the reader and validation (检查期间 as written kept). */
export function seed(name: string): Inspection {
  const path = join(packageRoot(), "test", "fixtures", "seeds", `${name}.json`);
  return validate(readJsonText(readFileSync(path, "utf8"), path)).data;
}

export const bodyText = (doc: NoticeDocument): string =>
  doc.body.map((b) => (b.kind === "heading" ? b.text : `${b.lead?.text ?? ""}${b.text}`)).join("\n");

export function table(doc: NoticeDocument, title: string): TableSpec {
  const att = doc.attachments.find((a) => a.title === title);
  const block = att?.blocks.find((b) => b.kind === "table");
  if (!block || block.kind !== "table") throw new Error(`no table in attachment ${title}; have ${doc.attachments.map((a) => a.title).join(" / ")}`);
  return block.table;
}

/** What the pipeline does: read the workbook's built-in (or the one that suits the data), then compose. */
export function composeBuiltin(data: Inspection, options: Partial<ComposeOptions> = {}): ComposeResult {
  const set = readTemplateSet(data.notice.template ?? chooseBuiltin(data));
  return compose(data, { ...set, ...options });
}
