/**
 * Shared by the robustness tests: the example data to break, temp folders, the compiled CLI as a
 * subprocess, and the checks every output must pass (well-formed XML in every docx part).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";

/** The package root, from test/robust or dist/test/robust alike. */
function packageRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const root = packageRoot();
export const cliPath = join(root, "dist/src/cli.js");

/** A deep copy of data/example.json (the JSON form of the example workbook). */
export function exampleData(): Record<string, any> {
  return JSON.parse(readFileSync(join(root, "data/example.json"), "utf8"));
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `tongbao-${prefix}-`));

export function writeJson(dir: string, name: string, data: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The compiled CLI (npm test builds dist/ first). */
export function tongbao(args: string[], timeout = 120_000): CliRun {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: root, encoding: "utf8", timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No JavaScript stack trace, no "内部错误". */
export const clean = (r: CliRun): boolean => !/\n\s+at .+:\d+:\d+\)?/.test(r.stderr) && !/内部错误/.test(r.stderr);

/** Every XML part of a docx/xlsx package; each must be well-formed. Returns the problems. */
export function malformedParts(pkg: Uint8Array): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(pkg))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const result = XMLValidator.validate(new TextDecoder().decode(bytes));
    if (result !== true) problems.push(`${name}: ${result.err.msg} (line ${result.err.line})`);
  }
  return problems;
}

/** The visible text of word/document.xml, unescaped. */
export function documentText(pkg: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipSync(pkg)["word/document.xml"]);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
