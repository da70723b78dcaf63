/**
 * The CLI as a user runs it: a subprocess of the compiled dist/ (npm test builds it first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { validSheets, writeText, writeWorkbook } from "./helpers/workbook-builder.js";

const root = resolve(import.meta.dirname, "..");
const cliPath = join(root, "dist/src/cli.js");
const example = join(root, "data/example.xlsx");

function tongbao(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "tongbao-cli-"));

function documentText(docx: string): string {
  const xml = new TextDecoder().decode(unzipSync(readFileSync(docx))["word/document.xml"]);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("tongbao CLI", { timeout: 120_000 }, () => {
  it("prints its version and help, in Chinese", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(tongbao(["--version"]).stdout.trim()).toBe(pkg.version);
    const help = tongbao(["--help"]);
    expect(help.code).toBe(0);
    for (const cmd of ["init", "validate", "generate", "schema"]) expect(help.stdout).toContain(cmd);
    const gen = tongbao(["generate", "--help"]);
    for (const flag of ["--per-unit", "--xlsx", "--pdf", "--template", "-o, --out"]) expect(gen.stdout).toContain(flag);
  });

  it("exits 64 on a usage error and says so in Chinese", () => {
    const missing = tongbao(["generate"]);
    expect(missing.code).toBe(64);
    expect(missing.stderr).toContain("缺少参数 input");
    const unknown = tongbao(["no-such-command"]);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain("没有命令 no-such-command");
  });

  it("validates the example workbook and summarises what it read", () => {
    const r = tongbao(["validate", example]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/校验通过/);
    expect(r.stdout).toMatch(/政务新媒体\d+行/);
  });

  it("generates the example notice into the output folder", () => {
    const out = tmp();
    const r = tongbao(["generate", example, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    const docx = readdirSync(out).filter((f) => f.endsWith(".docx"));
    expect(docx).toHaveLength(1);
    const text = documentText(join(out, docx[0]!));
    expect(text).toContain("通报");
    expect(r.stdout).toMatch(/共写出1个文件/);
  });

  it("prints the notice and one summary line for the units' folder when -o is relative, as in the README", () => {
    const cwd = tmp();
    const r = tongbao(["generate", example, "-o", "out", "--per-unit"], cwd);
    expect(r.code, r.stderr).toBe(0);
    const written = r.stdout.split("\n").filter((l) => l.startsWith("已写出："));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^已写出：\/.+\.docx$/);
    expect(r.stdout.match(/^各单位文件：.+，位于 \/.+-各单位。$/m)).not.toBeNull();
    const dir = readdirSync(join(cwd, "out")).find((n) => n.endsWith("-各单位"))!;
    const units = readdirSync(join(cwd, "out", dir)).length;
    expect(units).toBeGreaterThan(1);
    expect(r.stdout).toContain(`共写出${units + 1}个文件`);
  });

  it("says with --verbose which reader read the workbook, and warns when the sheet scanner fell back to exceljs", async () => {
    const plain = tongbao(["generate", example, "-o", tmp(), "--verbose"]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toContain("读取方式：tongbao 工作表扫描器。");
    expect(tongbao(["generate", example, "-o", tmp()]).stderr).not.toContain("读取方式");
    // Valid XML the scanner does not parse: the workbook's <sheet> attributes in single quotes.
    const parts = unzipSync(readFileSync(await writeWorkbook(validSheets())));
    parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]!).replace(/<sheet [^>]*>/g, (tag) => tag.replace(/"/g, "'")));
    const odd = await writeText("single-quotes.xlsx", zipSync(parts));
    const fallback = tongbao(["validate", odd, "--verbose"]);
    expect(fallback.code, fallback.stderr).toBe(0);
    expect(fallback.stderr).toContain("⚠ 工作表扫描器无法读取此工作簿（no sheets），已改用 exceljs 读取");
  });

  it("writes byte-identical files for the same input", () => {
    const a = tmp();
    const b = tmp();
    expect(tongbao(["generate", example, "-o", a]).code).toBe(0);
    expect(tongbao(["generate", example, "-o", b]).code).toBe(0);
    const name = readdirSync(a).find((f) => f.endsWith(".docx"))!;
    expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true);
  });

  it("refuses invalid input with exit code 2, located Chinese errors, no stack trace and no file", async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(example);
    const accounts = wb.getWorksheet("政务新媒体")!;
    const header = accounts.getRow(1);
    let platformCol = 0;
    header.eachCell((c, col) => {
      if (String(c.value).replace(/\*/g, "").trim() === "平台类型") platformCol = col;
    });
    accounts.getCell(3, platformCol).value = "微薄";
    const bad = join(dir, "bad.xlsx");
    await wb.xlsx.writeFile(bad);
    const out = join(dir, "out");
    const r = tongbao(["generate", bad, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("政务新媒体!");
    expect(r.stderr).toContain("3（平台类型）");
    expect(r.stderr).toContain("微薄");
    expect(r.stderr).toMatch(/共\d+处错误/);
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it("says clearly that a file is not a workbook", () => {
    const dir = tmp();
    const bad = join(dir, "not-a-workbook.xlsx");
    writeFileSync(bad, "hello");
    const r = tongbao(["validate", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it("round-trips init → fill → validate → generate", async () => {
    const dir = tmp();
    const file = join(dir, "模板.xlsx");
    expect(tongbao(["init", file]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const name of ["通报信息", "政府网站", "政务新媒体", "信息发布统计", "互动交流", "上期整改", "正文"]) {
      expect(wb.getWorksheet(name), name).toBeDefined();
    }
    expect(wb.getWorksheet("填写说明")).toBeDefined();
    // The template's example rows are a valid input as they stand.
    expect(tongbao(["validate", file]).code).toBe(0);
    // A user overwrites an example account with their own and adds one more, by header, as in Excel.
    const accounts = wb.getWorksheet("政务新媒体")!;
    const col: Record<string, number> = {};
    accounts.getRow(1).eachCell((c, n) => (col[String(c.value).replace(/[*\s]/g, "")] = n));
    const fill = (row: number, name: string, unit: string, platform: string, veto?: string) => {
      accounts.getCell(row, col["账号名称"]!).value = name;
      accounts.getCell(row, col["开设主体"]!).value = unit;
      accounts.getCell(row, col["平台类型"]!).value = platform;
      if (veto) accounts.getCell(row, col["突出问题"]!).value = veto;
    };
    fill(2, "回环测试发布", "回环测试局", "微信公众号", "严重表述错误");
    fill(accounts.actualRowCount + 1, "回环第二号", "回环测试局", "新浪微博");
    const filled = join(dir, "已填写.xlsx");
    await wb.xlsx.writeFile(filled);
    expect(tongbao(["validate", filled]).code).toBe(0);
    const out = join(dir, "out");
    const r = tongbao(["generate", filled, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    const docx = readdirSync(out).find((f) => f.endsWith(".docx"))!;
    const text = documentText(join(out, docx));
    expect(text).toContain("回环测试发布");
    expect(text).toContain("严重表述错误");
  });

  it("prints a JSON Schema for the JSON input", () => {
    const r = tongbao(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["notice", "websites", "accounts", "publications", "interactions", "followUps", "sections"]),
    );
  });
});
