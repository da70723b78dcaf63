import { describe, expect, test } from "vitest";
import { formatIssue } from "../../src/errors.js";
import { BROKEN_CASES, WARNING_CASES } from "../fixtures/broken/cases.js";
import { readAndValidate } from "../helpers/workbook-builder.js";

const lines = (issues: { severity: string }[], severity: string) =>
  issues.filter((i) => i.severity === severity).map((i) => formatIssue(i as Parameters<typeof formatIssue>[0]));

/** Every case goes through both workbook readers: the sheet scanner and exceljs, its fallback. */
const READERS = [
  ["scanned", {}],
  ["read whole", { fast: false }],
] as const;

describe.each(READERS)("a broken input, %s,", (_, options) => {
  test("corpus holds at least 30 cases", () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(30);
  });

  test.each(BROKEN_CASES.map((c) => [c.name, c] as const))("%s is refused with located Chinese issues", async (_, c) => {
    const outcome = await readAndValidate(await c.build(), options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    if (c.headline !== undefined) {
      if (typeof c.headline === "string") expect(outcome.message).toBe(c.headline);
      else expect(outcome.message).toMatch(c.headline);
      return;
    }
    const errors = lines(outcome.issues, "error");
    expect(outcome.message).toMatch(new RegExp(`中有${errors.length}处错误，未生成任何文件。$`));
    expect(errors).toEqual(expect.arrayContaining(c.errors ?? []));
    expect(errors).toHaveLength(c.errors?.length ?? 0);
    expect(lines(outcome.issues, "warning")).toEqual(expect.arrayContaining(c.warnings ?? []));
  });
});

describe.each(READERS)("an unusual but valid input, %s,", (_, options) => {
  test.each(WARNING_CASES.map((c) => [c.name, c] as const))("%s passes with a located warning", async (_, c) => {
    const outcome = await readAndValidate(await c.build(), options);
    if (!outcome.ok) expect(outcome.issues.map(formatIssue)).toEqual([]);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(lines(outcome.result.warnings, "warning")).toEqual(c.warnings);
  });
});
