import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { InspectionSchema, type Inspection } from "../../src/schema.js";
import { exampleCity } from "./example-city-data.js";

const json = JSON.parse(readFileSync(new URL("../../data/example.json", import.meta.url), "utf8")) as unknown;
const SHEETS = ["通报信息", "政府网站", "政务新媒体", "信息发布统计", "互动交流", "上期整改", "正文"];

type Plain = string | number | boolean | null;
const plain = (value: ExcelJS.CellValue): Plain => {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return null;
  if (typeof value === "object") throw new Error(`unexpected cell ${JSON.stringify(value)}`);
  return value;
};

/** One sheet as records keyed by header text, data rows only. */
function records(workbook: ExcelJS.Workbook, name: string): Array<Record<string, Plain>> {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  const rows: Array<Record<string, Plain>> = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const record: Record<string, Plain> = {};
    headers.forEach((h, col) => { if (h) record[h] = plain(row.getCell(col).value); });
    rows.push(record);
  });
  return rows;
}

const list = (cell: Plain | undefined): string[] => (cell === null || cell === undefined ? [] : String(cell).split("、"));
const orNull = <T>(v: T | undefined): T | null => v ?? null;

describe("data/example.json", () => {
  it("parses with the canonical InspectionSchema", () => {
    expect(InspectionSchema.safeParse(json).success).toBe(true);
  });

  it("is what the example builder produces today (regenerate with example-city.js when it changes)", () => {
    expect(json).toEqual(JSON.parse(JSON.stringify(exampleCity())));
  });

  it("has the realistic mix the notice needs: vetoes, deductions, unchecked rows and registry fields", () => {
    const data = InspectionSchema.parse(json);
    expect(data.websites.length).toBeGreaterThanOrEqual(35);
    expect(data.websites.filter((w) => w.verdict === "不合格").length).toBeGreaterThan(0);
    expect(data.accounts.length).toBeGreaterThanOrEqual(250);
    expect(data.accounts.filter((a) => a.vetoes.length > 0).length).toBeGreaterThan(0);
    expect(data.accounts.filter((a) => a.deductions.length > 0).length).toBeGreaterThan(data.accounts.length * 0.05);
    expect(data.accounts.some((a) => !a.checked)).toBe(true);
    expect(data.accounts.some((a) => a.fans !== undefined && a.operator !== undefined)).toBe(true);
    expect(data.followUps.some((f) => f.reportedOnTime === false)).toBe(true);
  });
});

describe("data/example.xlsx", () => {
  let workbook: ExcelJS.Workbook;
  let data: Inspection;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fileURLToPath(new URL("../../data/example.xlsx", import.meta.url)));
    data = InspectionSchema.parse(json);
  });

  it("has the contract's seven sheets by their Chinese names", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
  });

  it("carries the same 通报信息 as the JSON", () => {
    const items = Object.fromEntries(records(workbook, "通报信息").map((r) => [r["项目"], r["内容"]]));
    const n = data.notice;
    expect(items).toMatchObject({
      文种: n.kind, 发文机关: n.issuer, 发文机关标志: n.issuerMark, 发文字号: n.docNumber, 检查期间: "2024年第三季度",
      统计开始日期: n.statStart, 统计截止日期: n.statEnd, 检查范围: n.scope, 检查依据: n.basis, 主送机关: n.recipients,
      成文日期: n.signDate, 整改截止日期: n.deadline, 联系人: n.contactName, 电子邮箱: n.contactEmail, 附注: n.note,
    });
  });

  it("lists the same websites, row for row", () => {
    const rows = records(workbook, "政府网站");
    expect(rows.map((r) => [r["网站名称"], r["主办单位"], r["网站标识码"], r["得分"], r["检查结论"], list(r["突出问题"]), list(r["扣分问题"])]))
      .toEqual(data.websites.map((w) => [w.name, w.unit, orNull(w.code), orNull(w.score), orNull(w.verdict), w.vetoes, w.deductions]));
  });

  it("lists the same accounts, row for row, registry fields included", () => {
    const rows = records(workbook, "政务新媒体");
    expect(rows.map((r) => [r["账号名称"], r["平台类型"], r["开设主体"], r["是否检查"] === "是", r["检查结论"], list(r["突出问题"]),
      list(r["扣分问题"]), r["发布信息数"], r["开通时间"], r["粉丝量"], r["运营模式"]]))
      .toEqual(data.accounts.map((a) => [a.name, a.platform, a.unit, a.checked, orNull(a.verdict), a.vetoes, a.deductions,
        orNull(a.published), orNull(a.openedAt), orNull(a.fans), orNull(a.operationMode)]));
  });

  it("has the same publication, interaction, follow-up and text rows", () => {
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const pubs = records(workbook, "信息发布统计");
    expect(pubs).toHaveLength(data.publications.length);
    expect(sum(pubs.map((r) => Number(r["主动公开信息条数"])))).toBe(sum(data.publications.map((p) => p.published)));
    expect(records(workbook, "互动交流").map((r) => [r["渠道"], r["收到数"], r["办结数"], r["按期办结数"]]))
      .toEqual(data.interactions.map((x) => [x.channel, x.received, orNull(x.closed), orNull(x.closedOnTime)]));
    expect(records(workbook, "上期整改").map((r) => [r["对象名称"], r["整改状态"], r["是否按时反馈"] === "是"]))
      .toEqual(data.followUps.map((f) => [f.name, f.status, f.reportedOnTime]));
    expect(records(workbook, "正文").map((r) => [r["章节"], r["内容"]])).toEqual(data.sections.map((s) => [s.section, s.text]));
  });
});
