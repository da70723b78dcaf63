import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isTongbaoError } from "../../src/errors.js";
import { BUILTIN_TEMPLATES, readPartials, readTemplate, readTemplateSet } from "../../src/read/read-template.js";

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

  it("reports a missing file as a template error in Chinese", () => {
    try {
      readTemplate("nope.hbs", tmpdir());
      expect.unreachable();
    } catch (e) {
      expect(isTongbaoError(e) && e.code).toBe("E_TEMPLATE");
      expect(isTongbaoError(e) && e.issues[0]?.message).toContain("模板文件不存在");
    }
  });

  it("reads the shared partials", () => {
    expect(Object.keys(readPartials())).toEqual(expect.arrayContaining(["front", "signature", "closing", "problems"]));
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
