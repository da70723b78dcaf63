/**
 * While two back ends exist, the XML one (every document as the pipeline makes it) must give the bytes the
 * docx object model gives for the same document: a whole per-unit batch, file by file.
 */
import { readFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { groupByUnit } from "../../src/aggregate/group-by-unit.js";
import { chooseBuiltin } from "../../src/compose/choose-builtin.js";
import { compose } from "../../src/compose/compose.js";
import { SURVEY_TEMPLATE } from "../../src/compose/survey-notice.js";
import { unitDocument } from "../../src/compose/unit-document.js";
import { generateFiles, type InputFile } from "../../src/generate.js";
import { readInputFile } from "../../src/read/read-input.js";
import { templateSetOf } from "../../src/read/read-template.js";
import { renderDocx } from "../../src/render/render-docx.js";
import type { Inspection } from "../../src/schema.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { unitJobs, unitsFolderName } from "../../src/units/unit-files.js";
import { validate } from "../../src/validate.js";
import { writeSyntheticWorkbook } from "../bench/synthetic.js";

const same = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && Buffer.from(a).equals(Buffer.from(b));

describe("the XML back end against the docx object model", { timeout: 180_000 }, () => {
  let input: InputFile;
  let data: Inspection;
  beforeAll(async () => {
    const file = join(await mkdtemp(join(tmpdir(), "tongbao-xml-backend-")), "city.xlsx");
    await writeSyntheticWorkbook("city", 3, file);
    input = { name: "city.xlsx", bytes: await readFile(file) };
    data = validate(await readInputFile(input)).data;
  }, 60_000);

  for (const survey of [false, true]) {
    it(`gives every file of a ${survey ? "调查通知" : "通报"} batch with --per-unit the same bytes`, async () => {
      const result = await generateFiles(input, { perUnit: "all", ...(survey ? { template: SURVEY_TEMPLATE } : {}) });
      const byName = new Map(result.files.map((f) => [f.name, f.bytes]));
      const templates = survey ? builtinTemplate(SURVEY_TEMPLATE) : templateSetOf(chooseBuiltin(data));
      const notice = compose(data, { ...templates, kind: survey ? "survey" : "notice" }).document;
      expect(same(result.files[0]?.bytes, await renderDocx(notice, { backend: "docx" }))).toBe(true);

      const parent = { title: result.title, info: data.notice };
      const jobs = unitJobs(groupByUnit(data), "all", survey);
      expect(jobs.length).toBeGreaterThan(50);
      expect(new Set(jobs.map((j) => j.template)).size).toBe(survey ? 1 : 2);
      expect(result.files.filter((f) => f.name.endsWith(".docx"))).toHaveLength(jobs.length + 1);
      const differing: string[] = [];
      for (const job of jobs) {
        const doc = unitDocument(job.group, parent, job.template, builtinTemplate(job.template));
        const written = byName.get(`${unitsFolderName(result.title)}/${job.stem}.docx`);
        if (!same(written, await renderDocx(doc, { backend: "docx" }))) differing.push(job.stem);
      }
      expect(differing).toEqual([]);
    });
  }
});
