/**
 * The public API as a user's script uses it: `import … from "tongbao"` (the package resolving itself
 * through package.json "exports", so dist/ must be built), run in a subprocess on the example's bytes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { part, paragraphsText } from "./render/unzip-docx.js";

const root = resolve(import.meta.dirname, "..");
const example = join(root, "data/example.xlsx");

/**
 * Runs a script inside the package (so "tongbao" resolves to it) with its own temp folder; returns its
 * JSON output. The script's body runs in an async function; it imports with `await import(…)`.
 */
function script(body: string, env: Record<string, string> = {}) {
  const temp = mkdtempSync(join(tmpdir(), "tongbao-api-"));
  const code = `(async () => {${body}})().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ["-e", code], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, TMPDIR: temp, EXAMPLE: example, ...env },
  });
  if (r.status !== 0) throw new Error(`script failed (${r.status}): ${r.stderr}`);
  return { out: JSON.parse(r.stdout) as Record<string, unknown>, temp };
}

interface File {
  name: string;
  base64: string;
}

describe("import { generateFiles } from \"tongbao\"", { timeout: 120_000 }, () => {
  it("turns a workbook's bytes into the notice's and the units' files, in memory, leaving no temp file", () => {
    const { out, temp } = script(`
      const { readFileSync } = await import("node:fs");
      const { generateFiles } = await import("tongbao");
      const bytes = new Uint8Array(readFileSync(process.env.EXAMPLE));
      const result = await generateFiles({ name: "检查结果.xlsx", bytes }, { xlsx: true, perUnit: "problems" });
      const files = result.files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString("base64") }));
      process.stdout.write(JSON.stringify({ title: result.title, units: result.units, files }));
    `);
    const files = out.files as File[];
    const title = out.title as string;
    expect(files[0]!.name).toBe(`${title}.docx`);
    expect(files[1]!.name).toBe(`${title}-附件表格.xlsx`);
    const units = out.units as { dir: string; written: Record<string, number>; skipped: number };
    expect(units.dir).toBe(`${title}-各单位`);
    const unitFiles = files.slice(2);
    expect(unitFiles.length).toBe(Object.values(units.written).reduce((a, b) => a + b, 0) * 2);
    for (const f of unitFiles) expect(f.name.startsWith(`${units.dir}/`), f.name).toBe(true);
    const notice = paragraphsText(part(Buffer.from(files[0]!.base64, "base64"), "word/document.xml")).join("\n");
    expect(notice).toContain(title);
    expect(notice).toContain("附件");
    expect(readdirSync(temp)).toEqual([]);
  });

  it("gives the same bytes as generate writes to disk", () => {
    const { out } = script(`
      const { mkdtempSync, readFileSync } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const { join } = await import("node:path");
      const { generate, generateFiles } = await import("tongbao");
      const memory = await generateFiles({ name: "example.xlsx", bytes: readFileSync(process.env.EXAMPLE) });
      const disk = await generate({ input: process.env.EXAMPLE, outDir: mkdtempSync(join(tmpdir(), "out-")) });
      process.stdout.write(JSON.stringify({ same: Buffer.from(memory.files[0].bytes).equals(readFileSync(disk.files[0])), path: disk.files[0] }));
    `);
    expect(out.same).toBe(true);
    expect(out.path as string).toMatch(/^\//);
  });

  it("refuses a template string that is not a built-in name (in memory a template is never a path), and takes an uploaded one", () => {
    const { out } = script(`
      const { readFileSync } = await import("node:fs");
      const { generateFiles, isTongbaoError } = await import("tongbao");
      const input = { name: "example.xlsx", bytes: readFileSync(process.env.EXAMPLE) };
      const refused = await generateFiles(input, { template: "/etc/passwd" }).then(() => "generated", (e) => (isTongbaoError(e) ? e.code : String(e)));
      const source = "{{> front}}\\n\\n{{no 1}}自定义模板的段落\\n{{notice.issuer}}组织开展了检查。";
      const uploaded = await generateFiles(input, { template: { name: "我的模板.hbs", source } });
      process.stdout.write(JSON.stringify({ refused, docx: Buffer.from(uploaded.files[0].bytes).toString("base64") }));
    `);
    expect(out.refused).toBe("E_TEMPLATE");
    expect(paragraphsText(part(Buffer.from(out.docx as string, "base64"), "word/document.xml")).join("\n")).toContain("自定义模板的段落");
  });

  it("runs from an ES module given on the command line (node --input-type=module), the per-unit worker threads included", () => {
    const code = `
      import { readFileSync } from "node:fs";
      import { generateFiles } from "tongbao";
      const r = await generateFiles({ name: "example.xlsx", bytes: readFileSync(process.env.EXAMPLE) }, { perUnit: "problems" });
      process.stdout.write(JSON.stringify({ files: r.files.length, written: r.units.written }));
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8", timeout: 120_000, env: { ...process.env, EXAMPLE: example } });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { files: number; written: Record<string, number> };
    expect(out.files).toBe(1 + Object.values(out.written).reduce((a, b) => a + b, 0));
  });

  it("renders an uploaded template in its sandbox from an ES module given on the command line", () => {
    const code = `
      import { readFileSync } from "node:fs";
      import { generateFiles } from "tongbao";
      const template = { name: "我的模板.hbs", source: "标题：{{notice.title}}\\n自定义模板的段落。\\n署名：{{notice.issuer}}\\n日期：{{notice.signDate}}" };
      const r = await generateFiles({ name: "example.xlsx", bytes: readFileSync(process.env.EXAMPLE) }, { template });
      process.stdout.write(JSON.stringify({ files: r.files.length }));
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8", timeout: 120_000, env: { ...process.env, EXAMPLE: example } });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ files: 1 });
  });

  it("exports the pipeline and its stages, not the internals", () => {
    const { out } = script(`
      const api = await import("tongbao");
      process.stdout.write(JSON.stringify(Object.keys(api)));
    `);
    const names = out as unknown as string[];
    for (const name of ["generate", "generateFiles", "readInput", "readInputFile", "validate", "aggregate", "compose", "renderDocx", "readTemplateSet", "templateWorkbook", "inputJsonSchema", "TongbaoError"]) {
      expect(names, name).toContain(name);
    }
    for (const name of ["writeFileAtomic", "ensureDir", "createProgress", "verdictOf", "groupByUnit", "writeUnitFiles", "convertToPdf"]) expect(names, name).not.toContain(name);
  });
});
