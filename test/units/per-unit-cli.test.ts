/**
 * `tongbao generate --per-unit` as a user runs it: the compiled CLI in a subprocess, units rendered on
 * worker threads (npm test builds dist/ first).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { part, paragraphsText } from "../render/unzip-docx.js";
import { ITEMS, PROBLEM_UNITS, UNITS, writePerUnitWorkbook } from "./per-unit-workbook.js";

const root = resolve(import.meta.dirname, "../..");
const cli = join(root, "dist/src/cli.js");

function tongbao(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const unitOf = (text: string) => [...new Set(Object.entries(ITEMS).filter(([item]) => text.includes(item)).map(([, u]) => u))];

describe("tongbao generate --per-unit", { timeout: 120_000 }, () => {
  it("writes every unit's file on worker threads and summarises what it wrote", async () => {
    const input = await writePerUnitWorkbook();
    const out = mkdtempSync(join(tmpdir(), "tongbao-units-cli-"));
    const r = tongbao(["generate", input, "-o", out, "--per-unit", "--xlsx"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`各单位文件：整改通知单${PROBLEM_UNITS.length}份、检查结果告知${UNITS.length - PROBLEM_UNITS.length}份`);
    const dir = join(out, readdirSync(out).find((n) => n.endsWith("-各单位"))!);
    const docx = readdirSync(dir).filter((n) => n.endsWith(".docx"));
    expect(docx).toHaveLength(UNITS.length);
    expect(readdirSync(dir).filter((n) => n.endsWith(".xlsx"))).toHaveLength(UNITS.length);
    const owners = docx.map((n) => unitOf(paragraphsText(part(readFileSync(join(dir, n)), "word/document.xml")).join("\n")));
    expect(owners.every((o) => o.length === 1)).toBe(true);
    expect(owners.flat().sort()).toEqual([...UNITS].sort());
  });

  it("writes only the units with problems with `--per-unit problems`, byte for byte the same each run", async () => {
    const input = await writePerUnitWorkbook();
    const runs = [0, 1].map(() => {
      const out = mkdtempSync(join(tmpdir(), "tongbao-units-cli-"));
      const r = tongbao(["generate", input, "-o", out, "--per-unit", "problems"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`跳过${UNITS.length - PROBLEM_UNITS.length}个单位`);
      const dir = join(out, readdirSync(out).find((n) => n.endsWith("-各单位"))!);
      return readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n)).toString("base64")]);
    });
    expect(runs[0]).toHaveLength(PROBLEM_UNITS.length);
    expect(runs[1]).toEqual(runs[0]);
  });

  it("refuses an unknown mode as a usage error", () => {
    const r = tongbao(["generate", "x.xlsx", "--per-unit", "some"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("problems");
  });
});
