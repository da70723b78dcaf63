/**
 * Properties over random data (fast-check; numRuns kept modest for npm test): valid data always
 * generates a well-formed Word file; valid workbooks always read back to the same data; corrupted
 * cells end in located errors or a valid result; totals equal the sum of their parts; every
 * checked item is either 合格 or 不合格, exactly once.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { SHEETS } from "../../src/columns.js";
import { writeWorkbook, type Corruption } from "./to-workbook.js";
import { composeBuiltin } from "../compose/helpers.js";
import { isTongbaoError } from "../../src/errors.js";
import { jsonToRaw } from "../../src/read/read-json.js";
import { readInput } from "../../src/read/read-input.js";
import { renderDocx } from "../../src/render/render-docx.js";
import { validate } from "../../src/validate.js";
import { nameKey } from "../../src/normalise.js";
import type { Inspection } from "../../src/schema.js";
import { garbage, inspection } from "./arbitraries.js";
import { malformedParts, tempDir } from "./helpers.js";

const dir = tempDir("props");
const toWorkbook = (data: Record<string, any>, corrupt?: Corruption) => writeWorkbook(dir, data, corrupt);

const uncheckedOnly = {
  notice: { kind: "通报", issuer: "江临市人民政府办公室", period: "2024-Q3", signDate: "2015-01-01", recipients: "各单位", scope: "全市" },
  websites: [{ unit: "县教育局", category: "市级部门", checked: false, vetoes: [], deductions: [], name: "某网站" }],
  accounts: [],
  publications: [],
  interactions: [],
  followUps: [],
  sections: [],
} as unknown as Inspection;
/** A website and an account whose names differ only by an ideographic space. */
const unifiedSpelling = {
  ...uncheckedOnly,
  websites: [{ unit: "县教育局", checked: false, vetoes: [], deductions: [], name: "单位𪚥" }],
  accounts: [{ unit: "县教育局", checked: false, vetoes: [], deductions: [], name: "单位　𪚥", platform: "微信" }],
} as unknown as Inspection;

describe("random valid data", { timeout: 300_000 }, () => {
  it("always composes and renders a well-formed Word file", async () => {
    await fc.assert(
      fc.asyncProperty(inspection, async (data) => {
        const docx = await renderDocx(composeBuiltin(data).document);
        expect(malformedParts(docx)).toEqual([]);
      }),
      // Found by this property: no website checked → 季度通报 named an attachment that was not built.
      { numRuns: 25, examples: [[uncheckedOnly]] },
    );
  });

  it("always reads back from a workbook to the same data", async () => {
    await fc.assert(
      fc.asyncProperty(inspection, async (data) => {
        const { data: back, warnings } = validate(await readInput(await toWorkbook(data)));
        // Spellings of one name that differ only in spaces or width are made one, with a warning (unifyNames).
        const key = (name: string) => nameKey(name);
        expect(back.websites.map((w) => [key(w.name), key(w.unit), w.verdict, w.checked])).toEqual(data.websites.map((w) => [key(w.name), key(w.unit), w.verdict, w.checked]));
        expect(back.accounts.map((a) => [key(a.name), a.platform])).toEqual(data.accounts.map((a) => [key(a.name), a.platform]));
        const names = (d: Inspection) => [...d.websites.flatMap((w) => [w.name, w.unit]), ...d.accounts.map((a) => a.name)];
        if (names(back).some((n, i) => n !== names(data)[i])) expect(warnings.map((w) => w.code)).toContain("name-unified");
        expect(back.notice.recipients).toBe(data.notice.recipients);
      }),
      // Found by this property: an account 单位　𪚥 beside a website 单位𪚥 is unified to one spelling, as meant.
      { numRuns: 20, examples: [[unifiedSpelling]] },
    );
  });
});

describe("random corruptions", { timeout: 300_000 }, () => {
  const sheetKeys = ["notice", "websites", "accounts", "publications", "interactions", "sections"];

  it("of workbook cells end in errors located by sheet, row and column — or a valid result", async () => {
    await fc.assert(
      fc.asyncProperty(inspection, fc.constantFrom(...sheetKeys), fc.nat(), fc.nat(), garbage, async (data, sheet, row, column, value) => {
        const file = await toWorkbook(data, { sheet, row, column, value });
        try {
          validate(await readInput(file));
        } catch (e) {
          if (!isTongbaoError(e)) throw e;
          expect(e.exitCode).toBe(2);
          const errors = e.issues.filter((i) => i.severity === "error");
          expect(errors.length).toBeGreaterThan(0);
          for (const i of errors) {
            expect(i.location?.sheet, i.message).toBeTruthy();
            if (i.code !== "missing-column") expect(i.location?.row ?? i.location?.header, i.message).toBeTruthy();
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("of JSON fields end in errors located by path — or a valid result", () => {
    fc.assert(
      fc.property(inspection, fc.constantFrom(...sheetKeys), fc.nat(), fc.nat(), garbage, (data, sheet, row, column, value) => {
        const doc = JSON.parse(JSON.stringify(data));
        const target = Array.isArray(doc[sheet]) ? doc[sheet][row % Math.max(1, doc[sheet].length)] : doc[sheet];
        if (target) {
          const keys = SHEETS.find((s) => s.key === sheet)!.columns.map((c) => c.key).filter(Boolean) as string[];
          target[keys[column % keys.length]!] = value;
        }
        try {
          validate(jsonToRaw(doc, "x.json"));
        } catch (e) {
          if (!isTongbaoError(e)) throw e;
          for (const i of e.issues.filter((i) => i.severity === "error")) expect(i.location?.path, i.message).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("aggregate", () => {
  it("totals equal the sum of their parts, and every checked item is 合格 or 不合格 exactly once", () => {
    fc.assert(
      fc.property(inspection, (data) => {
        const facts = aggregate(data);
        for (const [kind, rows] of [["websites", data.websites], ["accounts", data.accounts]] as const) {
          const f = facts[kind];
          const sum = (key: "running" | "checked" | "passed" | "failed" | "vetoed") => f.byUnit.reduce((s, g) => s + g[key], 0);
          for (const key of ["running", "checked", "passed", "failed", "vetoed"] as const) expect(sum(key)).toBe(f.total[key]);
          expect(f.total.running).toBe(rows.length);
          expect(f.total.checked).toBe(rows.filter((r) => r.checked).length);
          expect(f.total.passed + f.total.failed).toBe(f.total.checked);
          const checked = f.items.filter((ci) => ci.item.checked);
          for (const ci of checked) expect(["合格", "不合格"]).toContain(ci.verdict);
          expect(f.failed.length).toBe(f.total.failed);
          expect(new Set(f.failed.map((ci) => ci.index)).size).toBe(f.failed.length);
          expect(checked.filter((ci) => ci.verdict === "合格").length).toBe(f.total.passed);
          for (const ci of rows.map((_, i) => i)) {
            const inFailed = f.failed.some((x) => x.index === ci);
            const passed = checked.some((x) => x.index === ci && x.verdict === "合格");
            if (rows[ci]!.checked) expect(inFailed !== passed).toBe(true);
            else expect(inFailed || passed).toBe(false);
          }
          if (data.publications.length) {
            expect(facts.publications.categories.reduce((s, c) => s + c.published, 0)).toBe(data.publications.reduce((s, p) => s + p.published, 0));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
