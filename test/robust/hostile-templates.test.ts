/**
 * Hostile user templates through the CLI (compiled, so the sandbox worker runs): prototype access,
 * unknown helpers, recursion, and output that would run to gigabytes are stopped with a located
 * Chinese error and exit code 3; the engine never allows prototype access.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTemplateSource } from "../../src/compose/template-guard.js";
import { TongbaoError } from "../../src/errors.js";
import { clean, root, tempDir, tongbao } from "./helpers.js";

const dir = tempDir("templates");
const example = join(root, "data/example.json");

function template(name: string, body: string): string {
  const file = join(dir, `${name}.hbs`);
  writeFileSync(file, `标题：关于测试的通报\n${body}\n这是正文。\n`);
  return file;
}

function stopped(body: string, name: string) {
  const file = template(name, body);
  const r = tongbao(["generate", example, "-o", join(dir, "out"), "--template", file], 180_000);
  expect(r.code, r.stderr).toBe(3);
  expect(clean(r), r.stderr).toBe(true);
  expect(r.stderr).toContain(`模板“${file}”有错误。`);
  return r.stderr;
}

const nested = (depth: number, inner: string) => `${"{{#each @root.accounts.byCategory}}".repeat(depth)}${inner}${"{{/each}}".repeat(depth)}`;

describe("hostile user templates", { timeout: 200_000 }, () => {
  it.each([
    ["{{constructor}}", "constructor"],
    ["{{__proto__}}", "__proto__"],
    ["{{notice.constructor.name}}", "constructor"],
    ['{{lookup this "constructor"}}', "constructor"],
    ['{{#with (lookup notice "__proto__")}}x{{/with}}', "__proto__"],
  ])("refuses prototype access %s at its line", (body, name) => {
    const err = stopped(body, `proto-${name}-${body.length}`);
    expect(err).toMatch(new RegExp(`\\.hbs:2:\\d+：不允许.*“${name}”`));
  });

  it("refuses an unknown helper at its line and column", () => {
    expect(stopped("{{#if notice.issuer}}\n{{exec \"rm -rf /\"}}{{/if}}", "helper")).toMatch(/helper\.hbs:3:1：使用了未知的辅助函数“exec”/);
  });

  it("refuses a partial that calls itself", () => {
    expect(stopped('{{#*inline "loop"}}{{> loop}}{{/inline}}{{> loop}}', "self")).toMatch(/self\.hbs:2:\d+：子模板“loop”调用了自身/);
  });

  it("stops partials that call each other (stack limit of the sandbox)", () => {
    expect(stopped('{{#*inline "a"}}{{> b}}{{/inline}}{{#*inline "b"}}{{> a}}{{/inline}}{{> a}}', "mutual")).toMatch(/模板递归过深/);
  });

  it("stops a template that would emit gigabytes (nested #each): output cap or heap limit", () => {
    expect(stopped(nested(16, "X".repeat(64)), "huge")).toMatch(/模板输出.*上限|内存|没有生成完毕/);
  });

  it("still generates with a harmless user template", () => {
    const file = template("fine", "{{notice.issuer}}检查了{{websites.checked}}家网站。");
    const out = join(dir, "fine-out");
    const r = tongbao(["generate", example, "-o", out, "--template", file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("关于测试的通报.docx");
  });
});

describe("the engine's settings", () => {
  it("never turns on prototype access or unknown helpers anywhere in src/", () => {
    const sources = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    for (const f of sources) {
      const text = readFileSync(join(root, "src", f), "utf8");
      expect(text, f).not.toMatch(/allowProto(Properties|Methods)ByDefault|allowedProto/);
      expect(text, f).not.toMatch(/knownHelpersOnly:\s*false/);
    }
    expect(readFileSync(join(root, "src/compose/engine.ts"), "utf8")).toMatch(/knownHelpersOnly: true/);
  });
});

describe("the static check", () => {
  it("passes every built-in template", () => {
    for (const name of ["季度通报", "月度通报", "内容保障通报", "整改通知单", "检查结果告知", "调查通知", "调查通知-单位"]) {
      expect(() => checkTemplateSource(name, readFileSync(join(root, "templates", `${name}.hbs`), "utf8"))).not.toThrow();
    }
  });

  it("names the line of a forbidden property", () => {
    const err = (() => {
      try {
        checkTemplateSource("t.hbs", "a\nb\n  {{x.__proto__}}");
      } catch (e) {
        return e as TongbaoError;
      }
    })();
    expect(err?.exitCode).toBe(3);
    expect(err?.issues[0]?.location).toMatchObject({ file: "t.hbs", line: 3, path: "t.hbs:3:5" });
  });
});
