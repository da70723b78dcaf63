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
  it("reads a 信息发布统计 row's extra columns as extra.<header> fields, each located, nulls left out", () => {
    const raw = readJsonText('{"publications":[{"unit":"甲局","extra":{"动态类信息":5,"政策解读":null,"通知公告":"3"}}]}', "d.json");
    expect(raw.sheets.publications!.records[0]!.cells).toEqual({
      unit: { value: "甲局", at: { path: "publications[0].unit" } },
      "extra.动态类信息": { value: 5, at: { path: "publications[0].extra.动态类信息" } },
      "extra.通知公告": { value: "3", at: { path: "publications[0].extra.通知公告" } },
    });
    expect(raw.issues).toEqual([]);
    // extra is no field of other sheets, and on 信息发布统计 it must be an object
    const other = readJsonText('{"websites":[{"name":"甲","extra":{"a":1}}],"publications":[{"unit":"乙","extra":5}]}', "d.json");
    expect(other.issues.map((i) => i.location?.path)).toEqual(["websites[0].extra", "publications[0].extra"]);
  });
  it("keeps a value that is false or 0, and quotes at most 40 characters of a value of the wrong shape", () => {
    const raw = readJsonText(`{"accounts":[{"name":"A","checked":false,"fans":0}],"notice":${JSON.stringify("x".repeat(60))}}`, "d.json");
    expect(raw.sheets.accounts!.records[0]!.cells.checked!.value).toBe(false);
    expect(raw.sheets.accounts!.records[0]!.cells.fans!.value).toBe(0);
    expect(raw.issues[0]!.message).toBe(`应为对象（通报信息），实际为"${"x".repeat(39)}。`);
    const long = readJsonText(`{"websites":${JSON.stringify("y".repeat(60))},"accounts":[${JSON.stringify("z".repeat(60))}]}`, "d.json");
    expect(long.issues.map((i) => i.message)).toEqual([`应为数组（政府网站，每项一个对象），实际为"${"y".repeat(39)}。`, `应为对象（政务新媒体的一行），实际为"${"z".repeat(39)}。`]);
  });
  it("strips only a leading byte-order mark: one inside a value stays", () => {
    expect(readJsonText('\uFEFF{"notice":{"issuer":"某\uFEFF办"}}', "d.json").sheets.notice!.records[0]!.cells.issuer!.value).toBe("某\uFEFF办");
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
  it("counts lines and columns from 1, the column within its line", () => {
    const err = refusal(() => parseJson('{"a": 1,\n"b": x}', "d.json"));
    expect(err.issues[0]!.location).toEqual({ file: "d.json", line: 2, path: "2:6" });
    expect(err.message).toBe("文件“d.json”不是有效的 JSON：第2行第6列“x}”处有语法错误（常见原因：多了或少了逗号、引号、括号）。");
    expect(refusal(() => parseJson("x", "d.json")).issues[0]!.location).toEqual({ file: "d.json", line: 1, path: "1:1" });
    // a stray bracket after valid ones of its kind, and a letter after a string holding it
    expect(refusal(() => parseJson('[[1],\n [2,]]', "d.json")).issues[0]!.location).toEqual({ file: "d.json", line: 2, path: "2:5" });
    expect(refusal(() => parseJson('{"x": "x", "y": x}', "d.json")).issues[0]!.location).toEqual({ file: "d.json", line: 1, path: "1:17" });
    // a token inside an escaped string is no candidate
    expect(refusal(() => parseJson('{"a\\"]": [1,]}', "d.json")).issues[0]!.location).toEqual({ file: "d.json", line: 1, path: "1:13" });
    // a large file whose candidates would take too long to try: the end is named, at once
    const many = `[${'"]",'.repeat(20_000)}1,]`;
    expect(refusal(() => parseJson(many, "d.json")).message).toContain("内容不完整");
  });
  it("says an input that stops early is incomplete, where it stops", () => {
    const err = refusal(() => parseJson('{"a": [1,\n 2  \n\n', "d.json"));
    expect(err.message).toBe("文件“d.json”不是有效的 JSON：第2行第3列内容不完整（括号或引号没有闭合）。");
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
