import { describe, expect, it } from "vitest";
import type { NoticeDocument } from "../../src/outline.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { changzhou } from "../fixtures/outlines/changzhou.js";
import { jianglin, problemAccounts } from "../fixtures/outlines/jianglin.js";
import { ningxia } from "../fixtures/outlines/ningxia.js";
import { paragraphsText, part } from "./unzip-docx.js";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInput } from "../../src/read/read-input.js";
import { validate } from "../../src/validate.js";
import { compose } from "../../src/compose/compose.js";
import { chooseBuiltin } from "../../src/compose/choose-builtin.js";
import { readTemplateSet } from "../../src/read/read-template.js";
import { writeSyntheticWorkbook } from "../bench/synthetic.js";

const tables = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const bodyTables = (xml: string) => tables(xml).filter((t) => !t.includes("<w:tblpPr"));

async function both(doc: NoticeDocument): Promise<{ objects: string; strings: string }> {
  const objects = part(await renderDocx(doc, { backend: "docx" }), "word/document.xml");
  const strings = part(await renderDocx(doc, { backend: "xml" }), "word/document.xml");
  return { objects, strings };
}

describe("the two table back ends", { timeout: 60_000 }, () => {
  it("write the same table XML, cell for cell, for a table with merges, caption and notes", async () => {
    const { objects, strings } = await both(changzhou);
    expect(bodyTables(objects)).toHaveLength(1);
    expect(bodyTables(strings)).toEqual(bodyTables(objects));
  });

  it("give the same document text and properties for tables, totals rows and forms", async () => {
    const { objects, strings } = await both(ningxia);
    expect(paragraphsText(strings)).toEqual(paragraphsText(objects));
    expect(bodyTables(strings)).toEqual(bodyTables(objects));
    expect(strings).not.toContain("TONGBAO-TABLE");
  });

  it("produce byte-identical document.xml, section breaks included", async () => {
    for (const doc of [ningxia, changzhou, jianglin]) {
      const { objects, strings } = await both(doc);
      expect(strings).toBe(objects);
    }
  });

  it("give form rows a least height of 1 cm, statistics rows none", async () => {
    const { objects, strings } = await both(ningxia);
    for (const xml of [objects, strings]) {
      const form = bodyTables(xml).find((t) => t.includes("填报单位"))!;
      expect(form.match(/<w:trHeight w:val="567" w:hRule="atLeast"\/>/g)).toHaveLength(form.match(/<w:tr>/g)!.length);
      expect(bodyTables(xml).filter((t) => t.includes("<w:trHeight"))).toHaveLength(1);
    }
  });

  it("write a wrapped header as two runs with a break", async () => {
    // Every column in use, so the 7-column table is narrow enough to wrap its longer headers.
    const table = { ...problemAccounts, rows: problemAccounts.rows.map((r) => [...r.slice(0, 5), "有", "无"]) };
    const { objects, strings } = await both({ ...jianglin, attachments: [{ title: "名单", blocks: [{ kind: "table", table }] }] });
    const run = /<w:r><w:t xml:space="preserve">存在的[^<]*<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">[^<]*问题<\/w:t><\/w:r>/.exec(objects)?.[0];
    expect(run).toBeDefined();
    expect(strings).toContain(run);
  });

  it("escape markup characters in cell text", async () => {
    const doc: NoticeDocument = {
      ...changzhou,
      attachments: [
        {
          title: "转义",
          blocks: [{ kind: "table", table: { columns: [{ header: "A&B", width: 1 }], rows: [["<x> \"q\""], ["O'Brien & 子"]] } }],
        },
      ],
    };
    const { objects, strings } = await both(doc);
    expect(bodyTables(strings)).toEqual(bodyTables(objects));
    expect(paragraphsText(strings)).toContain("&lt;x&gt; &quot;q&quot;");
    expect(paragraphsText(strings)).toContain("O&apos;Brien &amp; 子");
    expect(strings).toBe(objects);
  });

  it("give the same document for a whole synthetic city notice with its full listing, read from a workbook", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "tongbao-backends-")), "city.xlsx");
    await writeSyntheticWorkbook("city", 7, file);
    const data = validate(await readInput(file)).data;
    const doc = compose(data, { ...readTemplateSet(chooseBuiltin(data)), fullListing: true }).document;
    const rows = doc.attachments.flatMap((a) => a.blocks.flatMap((b) => (b.kind === "table" ? [b.table.rows.length] : [])));
    expect(Math.max(...rows)).toBeGreaterThan(100);
    const { objects, strings } = await both(doc);
    expect(paragraphsText(strings)).toEqual(paragraphsText(objects));
    expect(strings).toBe(objects);
  });
});
