/**
 * While two back ends exist, the XML one (every document as generate writes it) must give the bytes the docx
 * object model gives for the same document: a whole per-unit batch, read back file by file.
 */
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { chooseBuiltin } from "../../src/compose/choose-builtin.js";
import { compose } from "../../src/compose/compose.js";
import { generate } from "../../src/generate.js";
import { readInput } from "../../src/read/read-input.js";
import { readTemplateSet } from "../../src/read/read-template.js";
import { renderDocx } from "../../src/render/render-docx.js";
import type { Inspection } from "../../src/schema.js";
import { builtinTemplate } from "../../src/units/builtin-template.js";
import { groupByUnit } from "../../src/units/group-by-unit.js";
import { surveyNotice, SURVEY_TEMPLATE } from "../../src/units/survey-notice.js";
import { unitDocument } from "../../src/units/unit-document.js";
import { unitJobs } from "../../src/units/write-unit-files.js";
import { validate } from "../../src/validate.js";
import { writeSyntheticWorkbook } from "../bench/synthetic.js";

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe("the XML back end against the docx object model", { timeout: 180_000 }, () => {
  let input: string;
  let data: Inspection;
  beforeAll(async () => {
    input = join(await mkdtemp(join(tmpdir(), "tongbao-xml-backend-")), "city.xlsx");
    await writeSyntheticWorkbook("city", 3, input);
    data = validate(await readInput(input)).data;
  }, 60_000);

  for (const survey of [false, true]) {
    it(`gives every file of a ${survey ? "调查通知" : "通报"} batch with --per-unit the same bytes`, async () => {
      const out = await mkdtemp(join(tmpdir(), "tongbao-xml-backend-out-"));
      const result = await generate({ input, outDir: out, perUnit: "all", ...(survey ? { template: SURVEY_TEMPLATE } : {}) });
      const notice = survey
        ? surveyNotice(data, groupByUnit(data), builtinTemplate(SURVEY_TEMPLATE))
        : compose(data, readTemplateSet(chooseBuiltin(data))).document;
      expect(same(await readFile(result.files[0]!), await renderDocx(notice, { backend: "docx" }))).toBe(true);

      const parent = { title: result.title, info: data.notice };
      const jobs = unitJobs(groupByUnit(data), "all", survey);
      expect(jobs.length).toBeGreaterThan(50);
      expect(new Set(jobs.map((j) => j.template)).size).toBe(survey ? 1 : 2);
      expect((await readdir(result.units!.dir)).filter((n) => n.endsWith(".docx"))).toHaveLength(jobs.length);
      const differing: string[] = [];
      for (const job of jobs) {
        const written = await readFile(join(result.units!.dir, `${job.stem}.docx`));
        const doc = unitDocument(job.group, parent, job.template, builtinTemplate(job.template));
        if (!same(written, await renderDocx(doc, { backend: "docx" }))) differing.push(job.stem);
      }
      expect(differing).toEqual([]);
    });
  }
});
