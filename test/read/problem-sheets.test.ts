import { describe, expect, test } from "vitest";
import { formatIssue } from "../../src/errors.js";
import { composeBuiltin } from "../compose/helpers.js";
import { readAndValidate, writeWorkbook, type SheetDef } from "../helpers/workbook-builder.js";
import { problemListShape, templateShape } from "./shapes-city.js";

async function validated(sheets: SheetDef[]) {
  const outcome = await readAndValidate(await writeWorkbook(sheets));
  if (!outcome.ok) throw new Error(outcome.issues.map(formatIssue).join("\n"));
  return outcome.result;
}
const notice = async (sheets: SheetDef[]) => JSON.stringify(composeBuiltin((await validated(sheets)).data).document);

/** The city's problem list pasted as two sheets, one per kind, as two exports of a monitoring platform. */
function listPerKind(): SheetDef[] {
  const [noticeSheet, websites, accounts, list] = problemListShape();
  const [, ...rows] = list!.rows;
  const siteRows = rows.filter((r) => !r[2]).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7]]);
  // No 平台 column: the sheet's name says the rows are accounts.
  const accountRows = rows.filter((r) => r[2]).map((r) => [r[0], r[0] === "澄江教育" ? "澄江市教育局" : "澄江市财政局", r[4], r[5]]);
  return [
    noticeSheet!,
    websites!,
    accounts!,
    { name: "网站问题清单", rows: [["对象名称", "标识码", "责任单位", "问题类型", "问题分类", "问题描述", "发现时间"], ...siteRows] },
    { name: "政务新媒体问题清单", rows: [["账号名称", "责任单位", "问题类型", "问题分类"], ...accountRows] },
  ];
}

describe("a problem list pasted as one sheet per kind", () => {
  test("reads both sheets, each row as the kind its sheet names, into the notice the template gives", async () => {
    const r = await validated(listPerKind());
    expect(r.warnings.map((w) => w.code)).not.toContain("duplicate-sheet");
    expect(r.shapes).toContain("网站问题清单、政务新媒体问题清单：7条问题合并入5个对象。");
    expect(r.data.accounts.find((a) => a.name === "澄江教育")).toMatchObject({ vetoes: ["监测时间点前2周内无更新"] });
    expect(await notice(listPerKind())).toEqual(await notice(templateShape()));
  });

  test("locates a row of the second sheet, and a column it lacks, in that sheet", async () => {
    const sheets = listPerKind();
    sheets[4]!.rows.push(["澄江民政", "澄江市民政局", "", "内容更新不及时"]);
    const added = await readAndValidate(await writeWorkbook(sheets));
    expect(added.ok).toBe(false);
    expect(!added.ok && added.issues.map(formatIssue)).toEqual([
      "政务新媒体问题清单第4行（平台类型）：账号“澄江民政”不在“政务新媒体”工作表中，新增该账号需要平台类型：请填写平台类型，或核对名称是否与“政务新媒体”工作表一致。",
    ]);
    const unnamed = listPerKind();
    unnamed[4]!.rows = unnamed[4]!.rows.map((r) => r.slice(1));
    const lacking = await readAndValidate(await writeWorkbook(unnamed));
    expect(!lacking.ok && lacking.issues.map((i) => [i.code, i.location])).toEqual([["missing-column", { sheet: "政务新媒体问题清单", header: "对象名称" }]]);
  });
});
