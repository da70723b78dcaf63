/**
 * Hostile cell text — markup, CDATA ends, control characters, lone surrogates, U+FFFE, 20,000-character
 * cells, emoji, Extension B characters — in names, descriptions, 正文 and 通报信息, from JSON and from a
 * workbook: the Word file is well-formed, the markup arrives as text, the invalid characters are gone
 * with a warning naming the cell, and LibreOffice opens the file and shows the text.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SHEETS } from "../../src/columns.js";
import { normaliseCell } from "../../src/normalise.js";
import { generate } from "../../src/write-outputs.js";
import { convertToPdf, findSoffice, isPreviewFontsWarning } from "../../src/write/pdf.js";
import { documentText, exampleData, malformedParts, tempDir, writeJson } from "./helpers.js";

const MARKUP = "</w:t>&<b>]]><![CDATA[x]]>&amp;";
const INVALID = "\u0000\u0001\u0008\u000B\u000C\u001F\uDFFF\uD800\uFFFE\uFFFF";
const RARE = "😀👍🏽𠀀𪚥𫠠";
const hostile = (label: string) => `${label}${MARKUP}${INVALID}${RARE}`;
const visible = (label: string) => `${label}${MARKUP}${RARE}`;
const LONG = "长文本".repeat(6667).slice(0, 20_000);
const invalidLeft = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("every text column of every sheet", () => {
  const textual = SHEETS.flatMap((s) => s.columns.filter((c) => c.kind === "text" || c.kind === "list").map((c) => ({ sheet: s.name, c })));
  it.each(textual.map((t) => [`${t.sheet}.${t.c.header}`, t] as const))("%s drops invalid characters with a located warning", (_, { c }) => {
    const at = { path: `x.${c.key}` };
    const n = normaliseCell(c, hostile("值"), at);
    const text = Array.isArray(n.value) ? n.value.join("") : String(n.value);
    expect(text).not.toMatch(invalidLeft);
    expect(text).toContain(RARE);
    expect(n.issues).toEqual([expect.objectContaining({ code: "invalid-character", severity: "warning", location: at })]);
  });
});

async function pdfText(docx: string, dir: string): Promise<string> {
  const { written, problems } = await convertToPdf([docx], dir);
  expect(problems.filter((p) => !isPreviewFontsWarning(p))).toEqual([]);
  return execFileSync("pdftotext", ["-enc", "UTF-8", written[0]!, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

describe("hostile text in JSON input", { timeout: 180_000 }, () => {
  it("generates a well-formed Word file and workbook, warns per cell, and LibreOffice shows the text", async () => {
    const dir = tempDir("text");
    const d = exampleData();
    d.notice.scope = `全市${hostile("")}`;
    d.notice.recipients = hostile("各县（市、区）人民政府");
    d.notice.note = hostile("此件公开发布");
    d.notice.reportRequirement = hostile("请报送");
    const wi = d.websites.findIndex((w: any) => w.verdict === "不合格");
    const site = d.websites[wi];
    site.name = hostile("网站");
    site.unit = hostile("单位");
    site.description = `${hostile("描述")}${LONG}`;
    const ai = d.accounts.findIndex((a: any) => a.verdict === "不合格");
    d.accounts[ai].name = hostile("账号");
    d.sections[0].text = `${hostile("正文")}${LONG}`;
    const input = writeJson(dir, "hostile.json", d);

    const result = await generate({ input, outDir: join(dir, "out"), xlsx: true, fullListing: true });
    const warned = result.warnings.filter((w) => w.code === "invalid-character").map((w) => w.location?.path);
    for (const path of ["notice.scope", "notice.recipients", "notice.note", "notice.reportRequirement", `websites[${wi}].name`, `websites[${wi}].unit`, `websites[${wi}].description`, `accounts[${ai}].name`, "sections[0].text"]) {
      expect(warned).toContain(path);
    }
    for (const file of result.files) expect(malformedParts(readFileSync(file)), file).toEqual([]);
    const docx = result.files.find((f) => f.endsWith(".docx"))!;
    const text = documentText(readFileSync(docx));
    expect(text).not.toMatch(invalidLeft);
    expect(text).toContain(visible("正文"));
    expect(text).toContain(visible("网站"));
    expect(text).toContain(LONG);

    const shown = await pdfText(docx, dir);
    expect(shown).toContain("</w:t>&<b>]]><![CDATA[x]]>&amp;");
    expect(shown).toContain("𠀀𪚥");
    // The 20,000-character paragraph is wrapped over several pages (page numbers in between), not cut.
    expect((shown.match(/长/g) ?? []).length).toBeGreaterThanOrEqual(6667);
  });
});

/** Excel writes control characters as _xHHHH_ escapes; exceljs decodes them back. */
async function hostileWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const d = exampleData();
  const notice = wb.addWorksheet("通报信息");
  notice.addRow(["项目", "内容"]);
  const labels: Record<string, string> = { kind: "文种", issuer: "发文机关", period: "检查期间", signDate: "成文日期", recipients: "主送机关", note: "附注" };
  for (const [k, h] of Object.entries(labels)) notice.addRow([h, k === "note" || k === "recipients" ? `${d.notice[k]}@@HOSTILE@@` : d.notice[k]]);
  const ws = wb.addWorksheet("政府网站");
  ws.addRow(["网站名称", "主办单位", "检查结论", "问题描述"]);
  ws.addRow(["甲网站@@HOSTILE@@", "甲单位", "不合格", `问题@@HOSTILE@@${LONG}`]);
  ws.addRow(["乙网站", "乙单位", "合格", ""]);
  const body = wb.addWorksheet("正文");
  body.addRow(["章节", "内容"]);
  body.addRow(["工作要求", "要求@@HOSTILE@@"]);
  const file = join(dir, "hostile.xlsx");
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const escaped = `${MARKUP.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}_x0000__x0001__x0008__x000B__x001F_${RARE}`;
  parts["xl/sharedStrings.xml"] = strToU8(strFromU8(parts["xl/sharedStrings.xml"]!).replaceAll("@@HOSTILE@@", escaped));
  writeFileSync(file, zipSync(parts));
  return file;
}

describe("hostile text in a workbook", { timeout: 120_000 }, () => {
  it("warns with sheet, row and column, and writes a well-formed Word file with the text", async () => {
    const dir = tempDir("text-xlsx");
    const input = await hostileWorkbook(dir);
    const result = await generate({ input, outDir: join(dir, "out") });
    const warned = result.warnings.filter((w) => w.code === "invalid-character").map((w) => w.location);
    expect(warned).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: "政府网站", row: 2, column: "A" }),
        expect.objectContaining({ sheet: "政府网站", row: 2, column: "D" }),
        expect.objectContaining({ sheet: "正文", row: 2, column: "B" }),
        expect.objectContaining({ sheet: "通报信息", column: "B" }),
      ]),
    );
    const docx = readFileSync(result.files[0]!);
    expect(malformedParts(docx)).toEqual([]);
    const text = documentText(docx);
    expect(text).toContain(`甲网站${MARKUP}${RARE}`);
    expect(text).not.toMatch(invalidLeft);
  });
});

describe("LibreOffice", () => {
  it("is installed here (the hostile-text files are opened with it)", async () => {
    expect(await findSoffice()).toBeTruthy();
  });
});
