/**
 * Hostile unit, account and issuer names through `generate --per-unit`: every file lands inside the
 * output folder with a safe, unique name; a name that is blank after trimming is a located error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { clean, exampleData, malformedParts, tempDir, tongbao, writeJson } from "./helpers.js";

const HOSTILE_UNITS = ["../../x", "/etc/passwd", "a\\b:c*d?e", "CON", "县".repeat(600), " . . ", "nul.txt", "a/../../b", "😀".repeat(300)];

/** Every file under `dir`, relative. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
}

describe("hostile names with --per-unit", { timeout: 240_000 }, () => {
  it("writes one safe file per unit, all inside the output folder", () => {
    const dir = tempDir("names");
    const out = join(dir, "a", "b", "out");
    const d = exampleData();
    d.notice.issuer = "../../江临市/人民政府办公室";
    const failing = [...d.websites, ...d.accounts].filter((w: any) => w.verdict === "不合格" && w.unit !== "江临市人民政府办公室");
    expect(failing.length).toBeGreaterThanOrEqual(HOSTILE_UNITS.length);
    HOSTILE_UNITS.forEach((unit, i) => {
      failing[i].unit = unit;
    });
    failing.at(-1).name = "../账号/..\\名称";
    const input = writeJson(dir, "names.json", d);

    const r = tongbao(["generate", input, "-o", out, "--per-unit", "problems"]);
    expect(r.code, r.stderr).toBe(0);
    expect(clean(r)).toBe(true);
    const written = files(out);
    // Nothing escaped: only the notice and the 各单位 folder, nothing next to the output folder.
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["out"]);
    expect(readdirSync(dir).sort()).toEqual(["a", "names.json"]);
    expect(existsSync("/etc/passwd.docx")).toBe(false);
    const unitFiles = written.filter((f) => f.includes("/"));
    const folders = new Set(unitFiles.map((f) => f.split("/")[0]));
    expect(folders.size).toBe(1);
    for (const f of written) {
      const name = f.split("/").at(-1)!;
      expect(name).not.toMatch(/[\\:*?"<>|\u0000-\u001f]/);
      expect(name).not.toMatch(/^\.|\.\.|[ .]$/);
      expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect([...name].length).toBeLessThanOrEqual(90);
      expect(relative(out, join(out, f)).startsWith("..")).toBe(false);
      if (f.endsWith(".docx")) expect(malformedParts(readFileSync(join(out, f)))).toEqual([]);
    }
    // One file per hostile unit, each found by its cleaned name.
    const names = unitFiles.map((f) => f.split("/")[1]!);
    expect(names).toEqual(expect.arrayContaining(["_CON.docx", "a_b_c_d_e.docx", "_etc_passwd.docx", "未命名单位.docx", "_nul.txt.docx"]));
    expect(names.some((n) => n.startsWith("县县县"))).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("refuses a unit name that is blank after trimming, naming the cell", () => {
    const dir = tempDir("names-blank");
    const d = exampleData();
    d.websites[3].unit = " \u3000\t ";
    d.accounts[5].unit = "\u0001\u0002";
    const r = tongbao(["generate", writeJson(dir, "blank.json", d), "-o", join(dir, "out"), "--per-unit"]);
    expect(r.code, r.stderr).toBe(2);
    expect(clean(r)).toBe(true);
    expect(r.stderr).toMatch(/websites\[3\]\.unit：必填项“(主办单位|开设主体)”为空/);
    expect(r.stderr).toMatch(/accounts\[5\]\.unit/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

describe("a very long name in a title", () => {
  it("is broken into lines of at most 20 字 without an exponential search", async () => {
    const { titleLines } = await import("../../src/render/title-lines.js");
    const title = `关于${"县".repeat(600)}检查情况的通报`;
    const lines = titleLines(title);
    expect(lines.join("")).toBe(title);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20);
  });
});
