import { describe, expect, test } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { isTongbaoError } from "../../src/errors.js";
import { INPUT_LIMITS } from "../../src/read/guard-input.js";
import { readInput, readInputFile } from "../../src/read/read-input.js";
import { validate } from "../../src/validate.js";
import { BROKEN_CASES } from "../fixtures/broken/cases.js";
import { sheetPart } from "../helpers/sheet-part.js";
import { readAndValidate, tempPath, validSheets, withCells, withSheet, writeText, writeWorkbook } from "../helpers/workbook-builder.js";

const READERS = [
  ["scanned", {}],
  ["read whole", { fast: false }],
] as const;

describe.each(READERS)("readInput on a workbook, %s,", (_, options) => {
  const validated = async (file: string) => validate(await readInput(file, options));

  test("is read by the reader this row names, without a fallback", async () => {
    const raw = await readInput(await writeWorkbook(validSheets()), options);
    expect(raw.reader).toBe("fast" in options ? "exceljs" : "scanner");
    expect(raw.fallback).toBeUndefined();
  });

  test("gives every vertically merged row the master cell's value", async () => {
    const sheets = withSheet("政务新媒体", (d) => ({ ...d, cells: { C3: null }, merges: ["C2:C3"] }));
    const { data } = await validated(await writeWorkbook(sheets));
    expect(data.accounts.map((a) => a.unit)).toEqual(["某市人民政府办公室", "某市人民政府办公室"]);
  });

  test("joins rich text and takes a hyperlink's text", async () => {
    const file = await writeWorkbook(
      withCells({
        政务新媒体: { B2: { richText: [{ text: "某市", font: { bold: true } }, { text: "发布" }] } },
        政府网站: { C2: { text: "www.a.gov.cn", hyperlink: "https://www.a.gov.cn" } },
      }),
    );
    const { data } = await validated(file);
    expect(data.accounts[0]?.name).toBe("某市发布");
    expect(data.websites[0]?.url).toBe("www.a.gov.cn");
  });

  test("uses a formula's cached result", async () => {
    const file = await writeWorkbook(withCells({ 互动交流: { B2: { formula: "100+20", result: 120 } } }));
    expect((await validated(file)).data.interactions[0]?.received).toBe(120);
  });

  test("normalises full-width digits, thousands separators and 万", async () => {
    const file = await writeWorkbook(withCells({ 互动交流: { B2: "１，２３４", C2: "1,200", D2: "0.1万" } }));
    expect((await validated(file)).data.interactions[0]).toMatchObject({ received: 1234, closed: 1200, closedOnTime: 1000 });
  });

  test("reads Date cells and Excel serials as UTC calendar dates", async () => {
    const file = await writeWorkbook(withCells({ 通报信息: { B6: new Date(Date.UTC(2023, 6, 20)) }, 政务新媒体: { H2: 45000 } }));
    const { data } = await validated(file);
    expect(data.notice.signDate).toBe("2023-07-20");
    expect(data.accounts[0]?.openedAt).toBe("2023-03-15");
  });

  test("counts plain serials from 1904 in a 1904-dated workbook", async () => {
    const file = await writeWorkbook(withCells({ 政务新媒体: { H2: 45000 - 1462 } }), undefined, { date1904: true });
    expect((await validated(file)).data.accounts[0]?.openedAt).toBe("2023-03-15");
  });

  test("finds headers by alias, ignoring spaces, full-width spaces and the * marker", async () => {
    const headers = ["编号", " 名称 *", "责任单位＊", "\u3000所属平台", "检查结果", "单项否决问题", "公开信息条数", "开设时间"];
    const sheets = withSheet("政务新媒体", (d) => ({ ...d, rows: [headers, ...d.rows.slice(1)] }));
    const { data } = await validated(await writeWorkbook(sheets));
    expect(data.accounts[1]).toMatchObject({ name: "某县发布", unit: "某县人民政府办公室", platform: "微博", verdict: "不合格", published: 3, openedAt: "2020-01-10" });
    expect(data.accounts.map((a) => a.vetoes)).toEqual([[], ["监测时间点前2周内无更新"]]);
  });

  test("finds the header row under a title row and keeps Excel row numbers", async () => {
    const sheets = withSheet("政务新媒体", (d) => ({ ...d, rows: [["2023年第二季度政务新媒体检查结果"], [], ...d.rows] }));
    const raw = await readInput(await writeWorkbook(sheets), options);
    expect(raw.sheets.accounts?.records.map((r) => r.at.row)).toEqual([4, 5]);
    expect(raw.sheets.accounts?.records[0]?.cells.platform?.at).toEqual({ sheet: "政务新媒体", row: 4, column: "D", header: "平台类型" });
  });

  test("skips blank rows and rows holding only a 序号, ignores unknown columns", async () => {
    const sheets = withSheet("政府网站", (d) => ({
      ...d,
      rows: [[...d.rows[0]!, "内部编号"], d.rows[1]!, [], [3], ["", "", "", "", "", "", "X-9"], d.rows[2]!],
    }));
    const { data, counts } = await validated(await writeWorkbook(sheets));
    expect(data.websites.map((w) => w.name)).toEqual(["某市人民政府门户网站", "某县人民政府门户网站"]);
    expect(counts["政府网站"]).toBe(2);
  });

  test("reads hidden sheets, sheet aliases and any sheet order", async () => {
    const sheets = validSheets()
      .map((d) => (d.name === "政务新媒体" ? { ...d, name: "新媒体", state: "hidden" as const } : d))
      .reverse();
    const { data } = await validated(await writeWorkbook([{ name: "说明", rows: [["随便写点什么"]] }, ...sheets]));
    expect(data.accounts).toHaveLength(2);
    expect(data.notice.issuer).toBe("某市人民政府办公室");
  });

  test("reads a 通报信息 sheet without a 项目 | 内容 header", async () => {
    const sheets = withSheet("通报信息", (d) => ({ ...d, rows: [["通报基本信息"], ...d.rows.slice(1)] }));
    expect((await validated(await writeWorkbook(sheets))).data.notice.recipients).toBe("各县（区）人民政府，市政府各部门");
  });

  test("reads a 通报信息 sheet laid out across one header row", async () => {
    const sheets = withSheet("通报信息", (d) => ({ ...d, rows: [d.rows.slice(1).map((r) => r[0]), d.rows.slice(1).map((r) => r[1])] }));
    const raw = await readInput(await writeWorkbook(sheets), options);
    expect(raw.sheets.notice?.records[0]?.cells.signDate?.at).toEqual({ sheet: "通报信息", row: 2, column: "E", header: "成文日期" });
    expect(validate(raw).data.notice).toMatchObject({ issuer: "某市人民政府办公室", period: "2023-Q2", signDate: "2023-07-20" });
  });

  test("warns about an unrecognised 通报信息 item instead of dropping it silently", async () => {
    const sheets = withSheet("通报信息", (d) => ({ ...d, rows: [...d.rows, ["发文机官", "某单位"]] }));
    const { warnings } = await validated(await writeWorkbook(sheets));
    expect(warnings.map((w) => w.message)).toContain("未识别的项目“发文机官”，已忽略。");
  });
});

describe("readInput on JSON", () => {
  const validated = async (file: string) => validate(await readInput(file));
  const notice = { issuer: "某市人民政府办公室", recipients: "各县（区）人民政府", signDate: "2023年7月20日", period: "2023年第二季度" };

  test("normalises values with the same rules as the workbook", async () => {
    const file = await writeText("ok.json", JSON.stringify({ notice, accounts: [{ name: "某市发布", unit: "某办", platform: "微信公众号", fans: "1.2万", vetoes: "无更新；错别字" }] }));
    const { data } = await validated(file);
    expect(data.notice).toMatchObject({ period: "2023-Q2", signDate: "2023-07-20", kind: "通报", scope: "全市" });
    expect(data.accounts[0]).toMatchObject({ platform: "微信", fans: 12000, vetoes: ["无更新", "错别字"], checked: true });
  });

  test("accepts arrays for list fields and a byte-order mark", async () => {
    const file = await writeText("bom.json", `\uFEFF${JSON.stringify({ notice, websites: [{ name: "网", unit: "办", vetoes: ["甲", "乙、丙"] }] })}`);
    expect((await validated(file)).data.websites[0]?.vetoes).toEqual(["甲", "乙", "丙"]);
  });

  test("locates values by JSON path", async () => {
    const raw = await readInput(await writeText("path.json", JSON.stringify({ notice, accounts: [{}, { platform: "微信" }] })));
    expect(raw.sheets.accounts?.records[1]?.cells.platform?.at).toEqual({ path: "accounts[1].platform" });
  });
});

describe("findSheet", () => {
  test("takes a sheet whose name contains exactly one canonical name", async () => {
    const { findSheet } = await import("../../src/columns.js");
    expect(findSheet("政务新媒体检查结果")?.key).toBe("accounts");
    expect(findSheet(" 网站 ")?.key).toBe("websites");
    expect(findSheet("政府网站和政务新媒体")).toBeUndefined();
    expect(findSheet("填写说明")).toBeUndefined();
  });
});

describe("readInputFile (bytes in memory)", () => {
  /** readInputFile then validate, as readAndValidate does for a path. */
  const fromBytes = async (file: string) => {
    try {
      return { ok: true, result: validate(await readInputFile({ name: file, bytes: new Uint8Array(readFileSync(file)) })) };
    } catch (e) {
      if (isTongbaoError(e)) return { ok: false, message: e.message, issues: e.issues };
      throw e;
    }
  };

  test.each(BROKEN_CASES.map((c) => [c.name, c] as const))("refuses %s exactly as readInput refuses the file", async (_, c) => {
    const file = await c.build();
    expect(await fromBytes(file)).toEqual(await readAndValidate(file));
  });

  test("refuses bytes above the size limit before looking at them", async () => {
    const e = await readInputFile({ name: "大文件.xlsx", bytes: new Uint8Array(INPUT_LIMITS.maxBytes + 1) }).catch((err: unknown) => err);
    expect(isTongbaoError(e) && e.message).toMatch(/^输入文件“大文件.xlsx”有\d+ MB，超过上限100 MB，未读取。/);
  });

  test("names the file by the name it was given", async () => {
    const raw = await readInputFile({ name: "检查结果.xlsx", bytes: new Uint8Array(readFileSync(await writeWorkbook(validSheets()))) });
    expect(raw.file).toBe("检查结果.xlsx");
    expect(raw.reader).toBe("scanner");
  });
});

describe("readInput on what it cannot read", () => {
  const message = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      if (isTongbaoError(e)) return e.message;
      throw e;
    }
    throw new Error("accepted");
  };
  const bytes = (name: string, text: string | Uint8Array) => readInputFile({ name, bytes: typeof text === "string" ? new TextEncoder().encode(text) : text });

  test("names a missing file, a folder and a path through a file, each with its reason", async () => {
    const dir = await tempPath("reasons");
    mkdirSync(dir, { recursive: true });
    const file = await writeText("plain.txt", "x");
    expect(await message(readInput(join(dir, "无此文件.xlsx")))).toBe(`无法读取输入文件“${join(dir, "无此文件.xlsx")}”：文件不存在。`);
    expect(await message(readInput(dir))).toBe(`无法读取输入文件“${dir}”：这是一个文件夹。`);
    expect(await message(readInput(join(file, "x.xlsx")))).toBe(`无法读取输入文件“${join(file, "x.xlsx")}”：无法读取。`);
  });

  test("says an empty file is empty, and text that is neither a workbook nor JSON is neither", async () => {
    expect(await message(bytes("dir/空.xlsx", ""))).toBe("输入文件“空.xlsx”是空文件。");
    const neither = "文件“说明.txt”既不是 xlsx 工作簿，也不是 JSON 文件，无法读取。请提供按模板填写的 .xlsx 工作簿（tongbao init 可生成模板）或 JSON 文件。";
    // starts with P (as a zip does) but is no zip; has a brace later; starts with a word, not whitespace, before a brace
    for (const text of ["PLAIN text, not PK", "说明 {\"notice\": {}}", "x{}"]) expect(await message(bytes("说明.txt", text))).toBe(neither);
    expect(await message(bytes("old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toMatch(/^文件“old.xls”是旧版 Excel 97-2003/);
    expect(await message(bytes("half.xls", new Uint8Array([0xd0, 0xcf, 0x00, 0x00])))).toMatch(/既不是 xlsx 工作簿/);
  });

  test("reads JSON after a byte-order mark and leading blank lines, as JSON", async () => {
    const raw = await bytes("in.json", `\uFEFF\n\t  ${JSON.stringify({ notice: { issuer: "某办" } })}`);
    expect(raw.reader).toBe("json");
    expect(raw.format).toBe("json");
    expect(raw.sheets.notice?.records[0]?.cells.issuer?.value).toBe("某办");
  });

  test("refuses a workbook part with a DOCTYPE outright, never handing it to exceljs", async () => {
    const parts = unzipSync(readFileSync(await writeWorkbook(validSheets())));
    const sheet = Object.keys(parts).find((n) => n.startsWith("xl/worksheets/sheet"))!;
    parts[sheet] = strToU8(strFromU8(parts[sheet]!).replace("<worksheet", '<!DOCTYPE worksheet [<!ENTITY a "甲">]><worksheet'));
    expect(await message(bytes("entities.xlsx", zipSync(parts)))).toMatch(/^文件“entities.xlsx”不是完整的 xlsx 工作簿/);
  });

  test("scans only the sheets it knows: another sheet it could not scan does not send the workbook to exceljs", async () => {
    const book = readFileSync(await writeWorkbook([...validSheets(), { name: "填写说明", rows: [["说明"]] }]));
    const parts = unzipSync(book);
    parts[sheetPart(book, "填写说明")] = strToU8('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>');
    const raw = await bytes("notes.xlsx", zipSync(parts));
    expect(raw.reader).toBe("scanner");
    expect(raw.fallback).toBeUndefined();
  });
});
