import { describe, expect, test } from "vitest";
import { formatIssue } from "../src/errors.js";
import { displayName, nameKey } from "../src/normalise.js";
import { groupByUnit } from "../src/aggregate/group-by-unit.js";
import { readAndValidate, withCells, withSheet, writeWorkbook, type SheetDef } from "./helpers/workbook-builder.js";

async function validated(sheets: SheetDef[]) {
  const outcome = await readAndValidate(await writeWorkbook(sheets));
  if (!outcome.ok) throw new Error(outcome.issues.map(formatIssue).join("\n"));
  return outcome.result;
}

describe("names as people paste them", () => {
  test("a unit written with half- and full-width brackets is one unit with one per-unit file, printed full-width", async () => {
    const r = await validated(withCells({ 政府网站: { D2: "某市教育局(本级)" }, 政务新媒体: { C2: "某市教育局（本级）" } }));
    const units = groupByUnit(r.data).map((g) => g.unit);
    expect(units.filter((u) => u.startsWith("某市教育局"))).toEqual(["某市教育局（本级）"]);
    expect(groupByUnit(r.data).find((g) => g.unit === "某市教育局（本级）")).toMatchObject({ websites: 1, accounts: 1 });
  });

  test("an account name followed by a zero-width space is the same account, merged with a warning at the repeated row", async () => {
    const sheets = withSheet("政务新媒体", (d) => ({ ...d, rows: [...d.rows, [3, "某县发布\u200B", "某县人民政府办公室", "微博", "不合格", "栏目不更新", 3, "2020-01-10"]] }));
    const r = await validated(sheets);
    expect(r.data.accounts.map((a) => [a.name, a.vetoes])).toEqual([
      ["某市发布", []],
      ["某县发布", ["监测时间点前2周内无更新", "栏目不更新"]],
    ]);
    expect(r.warnings.map(formatIssue)).toEqual(["政务新媒体!B4（账号名称）：账号“某县发布”与第3行是同一账号，只是问题不同，已合并为一条（问题合并计入）。"]);
  });

  test("identity ignores invisible characters, NBSP and bracket width; the display form is full-width in Chinese", () => {
    expect(nameKey("某市教育局(本级)")).toBe(nameKey("某市教育局（本级）\u200B"));
    expect(nameKey("\uFEFF某某\u00A0发布")).toBe(nameKey("某某 发布"));
    expect(displayName("某市教育局(本级)\u2060")).toBe("某市教育局（本级）");
    expect(displayName("Ｗｅｂ(English)")).toBe("Web(English)");
  });
});

describe("repeated rows of an item sheet", () => {
  test("that differ in more than their problems stay two rows, with the duplicate warning, even spelled with a zero-width space", async () => {
    const sheets = withSheet("政务新媒体", (d) => ({ ...d, rows: [...d.rows, [3, "某县发布\u200B", "某县人民政府办公室", "微博", "合格", "", 3, "2020-01-10"]] }));
    const r = await validated(sheets);
    expect(r.data.accounts).toHaveLength(3);
    expect(r.warnings.map(formatIssue)).toEqual([
      "政务新媒体!B4（账号名称）：账号“某县发布”与第3行重复，两条都计入统计；如为重复填写，请删除其中一条。",
      "政务新媒体!B4（账号名称）：政务新媒体!B3（账号名称）“某县发布”、政务新媒体!B4（账号名称）“某县发布[不可见字符]”只有全角半角、不可见字符或空格的差别，视为同一名称，统一写作“某县发布”。",
    ]);
  });
});
