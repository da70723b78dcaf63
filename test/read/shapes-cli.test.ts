/** `tongbao validate` as a clerk runs it on a pasted export: it says how each sheet was understood. */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../helpers/workbook-builder.js";
import { problemListShape, twoRowHeaderShape } from "./shapes-city.js";

const cliPath = join(resolve(import.meta.dirname, "../.."), "dist/src/cli.js");
const validate = (file: string) => spawnSync(process.execPath, [cliPath, "validate", file], { encoding: "utf8", timeout: 120_000 });

describe("tongbao validate on pasted shapes", { timeout: 120_000 }, () => {
  it("names the two-row header and the indicator columns it read", async () => {
    const r = validate(await writeWorkbook(twoRowHeaderShape()));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("识别：政府网站：两行表头（第2–3行），指标矩阵，6个指标列。");
  });

  it("says how many items the problem list was merged into and counts its rows", async () => {
    const r = validate(await writeWorkbook(problemListShape()));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("识别：问题明细：7条问题合并入5个对象。");
    expect(r.stdout).toMatch(/问题清单7行/);
  });
});
