import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/render-docx.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { unitDocument, unitTemplateFor } from "../../src/compose/unit-document.js";
import { changzhou } from "../fixtures/outlines/changzhou.js";
import { jianglin } from "../fixtures/outlines/jianglin.js";
import { sampleInspection } from "../units/sample-inspection.js";
import { part } from "./unzip-docx.js";

const data = sampleInspection();
const parent = { title: data.notice.title!, info: data.notice };
const unitDocs = [false, true].flatMap((survey) =>
  groupByUnit(data).map((g) => {
    const t = unitTemplateFor(g, survey);
    return unitDocument(g, parent, t, builtinTemplate(t));
  }),
);
// Unit documents of every kind, each kind more than once, between notices with other sections.
const docs = [changzhou, ...unitDocs, jianglin, ...unitDocs.slice().reverse(), changzhou];

describe("parts shared between documents of the same kind", { timeout: 60_000 }, () => {
  it("give the same bytes as compiling every document whole", async () => {
    expect(new Set(unitDocs.map((d) => d.attachments.length)).size).toBeGreaterThan(1);
    for (const doc of docs) {
      const shared = await renderDocx(doc);
      const whole = await renderDocx(doc, { backend: "docx" });
      expect(part(shared, "word/document.xml")).toBe(part(whole, "word/document.xml"));
      expect(Buffer.from(shared).equals(Buffer.from(whole))).toBe(true);
    }
  });

  it("keep each document's own title in core.xml", async () => {
    const [a, b] = unitDocs;
    await renderDocx(a!);
    expect(part(await renderDocx(b!), "docProps/core.xml")).toContain(`<dc:title>${b!.title}</dc:title>`);
  });
});
