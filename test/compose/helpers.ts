/** Shared test helpers: load a seed fixture, flatten an outline's body, find an attachment table. */
import { readFileSync } from "node:fs";
import type { NoticeDocument, TableSpec } from "../../src/outline.js";
import { InspectionSchema, type Inspection } from "../../src/schema.js";

export function seed(name: string): Inspection {
  const url = new URL(`../fixtures/seeds/${name}.json`, import.meta.url);
  return InspectionSchema.parse(JSON.parse(readFileSync(url, "utf8")));
}

export const bodyText = (doc: NoticeDocument): string =>
  doc.body.map((b) => (b.kind === "heading" ? b.text : `${b.lead?.text ?? ""}${b.text}`)).join("\n");

export function table(doc: NoticeDocument, title: string): TableSpec {
  const att = doc.attachments.find((a) => a.title === title);
  const block = att?.blocks.find((b) => b.kind === "table");
  if (!block || block.kind !== "table") throw new Error(`no table in attachment ${title}; have ${doc.attachments.map((a) => a.title).join(" / ")}`);
  return block.table;
}
