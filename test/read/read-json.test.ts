/** JSON input: each field located by its path, unknown keys warned about, wrong shapes and syntax errors explained in Chinese. */
import { describe, expect, it } from "vitest";
import { TongbaoError } from "../../src/errors.js";
import { jsonToRaw, parseJson, readJsonText } from "../../src/read/read-json.js";

const refusal = (f: () => unknown): TongbaoError => {
  try {
    f();
  } catch (e) {
    return e as TongbaoError;
  }
  throw new Error("accepted");
};

describe("readJsonText", () => {
  it("reads each record's fields with their paths, skipping nulls, and strips a BOM", () => {
    const raw = readJsonText('\uFEFF{"$schema":"x","notice":{"issuer":"某办","title":null},"accounts":[{"name":"A","platform":"微信"}]}', "d.json");
    expect(raw).toMatchObject({ file: "d.json", format: "json", date1904: false, issues: [] });
    expect(raw.sheets.notice).toEqual({
      key: "notice",
      name: "notice",
      at: { path: "notice" },
      records: [{ at: { path: "notice" }, cells: { issuer: { value: "某办", at: { path: "notice.issuer" } } } }],
    });
    expect(raw.sheets.accounts!.records[0]!.cells.platform).toEqual({ value: "微信", at: { path: "accounts[0].platform" } });
  });
  it("warns about keys it does not know, at the top and in a record", () => {
    const raw = readJsonText('{"foo":1,"websites":[{"name":"甲","colour":"red"}]}', "d.json");
    expect(raw.issues.map((i) => [i.code, i.severity, i.location?.path, i.message])).toEqual([
      ["unknown-key", "warning", "foo", "未识别的字段“foo”，已忽略；可用字段：notice、websites、accounts、problems、publications、interactions、followUps、sections。"],
      ["unknown-key", "warning", "websites[0].colour", "未识别的字段“colour”，已忽略。"],
    ]);
  });
  it("locates a sheet or a row of the wrong shape", () => {
    const raw = readJsonText('{"notice":[1],"websites":{"a":1},"accounts":[{"name":"A"},"B"]}', "d.json");
    expect(raw.issues.map((i) => [i.code, i.severity, i.location?.path, i.message])).toEqual([
      ["invalid-type", "error", "notice", "应为对象（通报信息），实际为[1]。"],
      ["invalid-type", "error", "websites", "应为数组（政府网站，每项一个对象），实际为{\"a\":1}。"],
      ["invalid-type", "error", "accounts[1]", "应为对象（政务新媒体的一行），实际为\"B\"。"],
    ]);
    expect(raw.sheets.accounts!.records).toHaveLength(1);
  });
  it("refuses a document that is not an object", () => {
    expect(refusal(() => jsonToRaw([], "/x/d.json")).message).toBe('文件“d.json”的 JSON 顶层应为对象（{ "notice": …, "websites": [...] }），实际为数组。');
    expect(refusal(() => jsonToRaw("x", "d.json")).message).toContain("实际为string");
    expect(refusal(() => jsonToRaw(null, "d.json")).message).toContain("实际为object");
  });
});

describe("parseJson", () => {
  it("names the line and column of a syntax error and what is there", () => {
    const err = refusal(() => parseJson('{\n  "a": 1,,\n}', "/x/d.json"));
    expect(err.message).toMatch(/^文件“d\.json”不是有效的 JSON：第2行第\d+列“.*”处有语法错误（常见原因：多了或少了逗号、引号、括号）。$/);
    expect(err.issues[0]).toMatchObject({ code: "json-syntax", severity: "error", location: { file: "/x/d.json", line: 2 } });
  });
  it("says an input that stops early is incomplete", () => {
    const err = refusal(() => parseJson('{"a": [1, 2', "d.json"));
    expect(err.message).toContain("内容不完整（括号或引号没有闭合）");
    expect(err.issues[0]!.message).toBe("内容不完整（括号或引号没有闭合）。");
  });
  it("parses valid JSON", () => {
    expect(parseJson('{"a":[1]}', "d.json")).toEqual({ a: [1] });
  });
});
