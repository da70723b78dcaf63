import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isTongbaoError } from "../../src/errors.js";
import { BUILTIN_TEMPLATES, builtinTemplatesDir, isBuiltinTemplate, readPartials, readTemplate, readTemplateSet, templateSetOf } from "../../src/read/read-template.js";
import { readdirSync } from "node:fs";

describe("readTemplate", () => {
  it("reads every built-in by name, with or without .hbs", () => {
    for (const name of BUILTIN_TEMPLATES) expect(readTemplate(name).source).toMatch(/{{> front}}|^标题：/m);
    expect(readTemplate("季度通报.hbs").name).toBe("季度通报");
    expect(readTemplate("月度通报").builtin).toBe(true);
  });

  it("reads a user template relative to the workbook's folder and strips a BOM", () => {
    const dir = mkdtempSync(join(tmpdir(), "tongbao-tpl-"));
    writeFileSync(join(dir, "mine.hbs"), "\uFEFF标题：{{notice.title}}");
    expect(readTemplate("mine.hbs", dir)).toEqual({ name: join(dir, "mine.hbs"), source: "标题：{{notice.title}}", builtin: false });
  });

  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (isTongbaoError(e)) return { code: e.code, message: e.message, issues: e.issues };
      throw e;
    }
    throw new Error("accepted");
  };

  it("reports a missing file as a template error in Chinese, located at the file, naming the built-ins", () => {
    const path = join(tmpdir(), "nope.hbs");
    expect(refusal(() => readTemplate("nope.hbs", tmpdir()))).toEqual({
      code: "E_TEMPLATE",
      message: "无法读取模板“nope.hbs”。",
      issues: [{ code: "E_TEMPLATE", severity: "error", message: `模板文件不存在：${path}。`, location: { file: path }, fix: "请检查路径，或使用内置模板：季度通报、月度通报、内容保障通报、调查通知。" }],
    });
  });

  it("reports a folder given as a template by the system's reason", () => {
    const dir = mkdtempSync(join(tmpdir(), "tongbao-tpl-"));
    expect(refusal(() => readTemplate(dir)).issues[0]?.message).toBe(`模板文件无法读取（EISDIR）：${dir}。`);
  });

  it("strips only a leading byte-order mark", () => {
    const dir = mkdtempSync(join(tmpdir(), "tongbao-tpl-"));
    writeFileSync(join(dir, "mid.hbs"), "标题：\uFEFF{{x}}");
    expect(readTemplate("mid.hbs", dir).source).toBe("标题：\uFEFF{{x}}");
  });

  it("knows the built-in names with or without .hbs at the end, and nothing else", () => {
    expect(BUILTIN_TEMPLATES.every((n) => isBuiltinTemplate(n) && isBuiltinTemplate(`${n}.hbs`))).toBe(true);
    expect([".hbs季度通报", "季度通报.hbs.hbs", "季度", "templates/季度通报.hbs"].some(isBuiltinTemplate)).toBe(false);
    // a path that looks like a built-in name with .hbs in front is read as a path
    expect(refusal(() => readTemplate(".hbs季度通报", tmpdir())).message).toBe("无法读取模板“.hbs季度通报”。");
  });

  it("finds the package's templates folder, once", () => {
    expect(builtinTemplatesDir()).toMatch(/templates$/);
    expect(readdirSync(builtinTemplatesDir())).toEqual(expect.arrayContaining(BUILTIN_TEMPLATES.map((n) => `${n}.hbs`)));
  });

  it("reads the shared partials, every .hbs of templates/partials by name in sorted order, once", () => {
    const files = readdirSync(join(builtinTemplatesDir(), "partials")).filter((f) => f.endsWith(".hbs")).map((f) => f.slice(0, -4));
    expect(Object.keys(readPartials())).toEqual([...files].sort());
    expect(Object.keys(readPartials())).toEqual(expect.arrayContaining(["front", "signature", "closing", "problems"]));
    expect(readPartials()).toBe(readPartials());
  });

  it("reads a template with the partials as compose takes them: built-ins flagged, user templates not", () => {
    const set = readTemplateSet("内容保障通报");
    expect(set.template).toMatchObject({ name: "内容保障通报", builtin: true });
    expect(set.partials.map((p) => p.name)).toEqual(Object.keys(readPartials()));
    expect(set.partials.find((p) => p.name === "front")?.source).toContain("标题：");
    const dir = mkdtempSync(join(tmpdir(), "tongbao-tpl-"));
    writeFileSync(join(dir, "own.hbs"), "标题：x");
    expect(readTemplateSet("own.hbs", dir).template).toMatchObject({ name: join(dir, "own.hbs"), builtin: false });
  });
});

describe("templateSetOf (the pipeline in memory)", () => {
  it("takes a built-in by name, flagged built-in, with the partials", () => {
    const set = templateSetOf("调查通知");
    expect(set.template).toEqual({ name: "调查通知", source: readTemplate("调查通知").source, builtin: true });
    expect(set.partials).toEqual(readTemplateSet("调查通知").partials);
  });

  it("takes a template's source given with its name as a user template, its leading BOM stripped", () => {
    const set = templateSetOf({ name: "本单位.hbs", source: "\uFEFF标题：{{notice.title}}\uFEFF" });
    expect(set.template).toEqual({ name: "本单位.hbs", source: "标题：{{notice.title}}\uFEFF", builtin: false });
    expect(set.partials.map((p) => p.name)).toEqual(Object.keys(readPartials()));
  });

  it("refuses a name that is not a built-in: in memory a template is never looked up by path", () => {
    let error: unknown;
    try {
      templateSetOf("data/mine.hbs");
    } catch (e) {
      error = e;
    }
    expect(isTongbaoError(error) && { code: error.code, message: error.message, issues: error.issues }).toEqual({
      code: "E_TEMPLATE",
      message: "模板“data/mine.hbs”不是内置模板。",
      issues: [{ code: "E_TEMPLATE", severity: "error", message: "“data/mine.hbs”不是内置模板名，也没有随文件一起提供模板内容。", fix: "请使用内置模板：季度通报、月度通报、内容保障通报、调查通知，或上传 .hbs 模板文件。" }],
    });
  });
});
