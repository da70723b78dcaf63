import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compose/engine.js";
import { formatIssue, isTongbaoError, type TongbaoError } from "../../src/errors.js";

function failure(source: string, view: object = {}, partials: { name: string; source: string }[] = []): TongbaoError {
  try {
    compileTemplate({ name: "my.hbs", source }, partials)(view);
  } catch (e) {
    if (isTongbaoError(e)) return e;
    throw e;
  }
  throw new Error("the template did not fail");
}

describe("the template engine", () => {
  it("does not escape text (this is not HTML)", () => {
    expect(compileTemplate({ name: "t", source: "{{a}}" })({ a: "<A&B>“C”" })).toBe("<A&B>“C”");
  });

  it("numbers headings per level with the `no` helper and restarts the sub-level", () => {
    const out = compileTemplate({ name: "t", source: "{{no 1}}{{no 2}}{{no 2}}{{no 1}}{{no 2}}" })({});
    expect(out).toBe("一、（一）（二）二、（一）");
  });

  it("offers quote, joinAnd, join and eq", () => {
    const source = '{{quote l}}|{{quote l ""}}|{{joinAnd l}}|{{join l "，"}}|{{#if (eq k "veto")}}否决{{/if}}';
    expect(compileTemplate({ name: "t", source })({ l: ["甲", "乙", "丙"], k: "veto" })).toBe("“甲”、“乙”、“丙”|“甲”“乙”“丙”|甲、乙和丙|甲，乙，丙|否决");
  });

  it("starts the numbering afresh for every render", () => {
    const render = compileTemplate({ name: "t", source: "{{no 1}}" });
    expect([render({}), render({})]).toEqual(["一、", "一、"]);
  });

  it("reports a parse error at its line, in Chinese", () => {
    const e = failure("第一行\n第二行 {{foo");
    expect(e.code).toBe("E_TEMPLATE");
    expect(e.issues[0]?.location).toMatchObject({ file: "my.hbs", path: "my.hbs:2" });
    expect(formatIssue(e.issues[0]!)).toMatch(/^my\.hbs:2：模板语法错误/);
    expect(e.issues[0]?.message).toContain("模板语法错误");
  });

  it("reports a mismatched block at line and column", () => {
    const e = failure("abc\n{{#if a}}x{{/each}}", { a: true });
    expect(e.issues[0]?.location).toMatchObject({ path: "my.hbs:2:4" });
    expect(formatIssue(e.issues[0]!)).toMatch(/^my\.hbs:2:4：/);
  });

  it("rejects unknown helpers at compile time", () => {
    const e = failure("{{a}}\n{{shout a}}", { a: 1 });
    expect(e.issues[0]?.message).toContain("未知的辅助函数“shout”");
    expect(e.issues[0]?.location?.path).toBe("my.hbs:2:1");
  });

  it("is strict: a field missing from the view model is an error, not an empty string", () => {
    const e = failure("{{notice.titel}}", { notice: { title: "x" } });
    expect(e.issues[0]?.message).toContain("“titel”不存在");
    expect(e.issues[0]?.location?.path).toBe("my.hbs:1:3");
  });

  it("blocks prototype access", () => {
    const render = compileTemplate({ name: "t", source: "[{{constructor}}][{{__proto__}}][{{a.constructor}}][{{a.__proto__}}]" });
    expect(render({ a: {} })).toBe("[][][][]");
    expect(failure("{{a.constructor.name}}", { a: {} }).code).toBe("E_TEMPLATE");
  });

  it("locates an error inside a partial in the partial's file", () => {
    const e = failure("{{> broken}}", {}, [{ name: "broken", source: "ok\n{{#each x}}" }]);
    expect(e.issues[0]?.location?.file).toBe("partials/broken.hbs");
  });

  it("stops a self-recursive partial with a template error", () => {
    const e = failure("{{> loop}}", {}, [{ name: "loop", source: "x{{> loop}}" }]);
    expect(e.code).toBe("E_TEMPLATE");
    expect(e.issues[0]?.message).toContain("递归");
  });
});
