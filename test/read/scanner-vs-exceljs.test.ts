/**
 * The sheet scanner against exceljs on workbooks written by hand, cell by cell: every kind of value a
 * writer can put in a cell (shared and inline strings, entities, _xHHHH_ escapes, phonetic runs, numbers
 * under date and non-date formats, booleans, errors, formulas of each result type, cells and rows without
 * references, merges), in both date systems. exceljs is the oracle: the scanner must give what it gives.
 */
import { describe, expect, test } from "vitest";
import { findSheet } from "../../src/columns.js";
import { readXlsx } from "../../src/read/read-xlsx.js";
import { readXlsxFast } from "../../src/read/read-xlsx-fast.js";
import { handWorkbook } from "../helpers/hand-workbook.js";

const wanted = (name: string) => findSheet(name) !== undefined;
const HEADERS = ["账号名称", "平台类型", "开设主体", "发布信息数", "开通时间", "粉丝量", "阅读量", "认证主体", "运营单位", "运营模式", "经费保障", "推送频率", "运营人数", "运营状态", "基本功能"];
const letter = (i: number) => String.fromCharCode(65 + i);

/** Shared strings; the empty one (index 1) is never referenced: exceljs reads it as {}, the scanner as an empty cell (scanSheet's tests). */
const STRINGS = [
  "<si><t>某市发布</t></si>",
  "<si/>",
  "<si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space=\"preserve\">文本 </t></r></si>",
  '<si><t>换_x000D_行</t><rPh sb="0" eb="1"><t>カ</t></rPh><phoneticPr fontId="1"/></si>',
  "<si><t>a&amp;b&#x4E00;&#20013;&quot;&lt;&gt;&apos;</t></si>",
  '<si><t xml:space="preserve"> 两侧空格 </t></si>',
  '<si><t>微信</t></si>',
];

/** Cell styles (cellXfs, after the cellStyleXfs they refer to): index → numFmtId. 0 has a date format but is the default style; 1–3 custom; 4, 7 built-in dates; 6 text. */
const STYLES = `<styleSheet><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>`
  + `<numFmt formatCode="0.00_);[Red]\\(0.00\\)" numFmtId="165"/><numFmt numFmtId="166" formatCode="0&quot; days&quot;"/></numFmts>`
  + `<fonts count="1"><font/></fonts><cellStyleXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellStyleXfs>`
  + `<cellXfs count="9"><xf numFmtId="14"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="166"/>`
  + `<xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="0" xfId="1"><alignment wrapText="1"/></xf><xf numFmtId="49"/><xf numFmtId="22"/><xf fontId="0"/></cellXfs></styleSheet>`;

/** Each data row: a cell per column, written as a writer might. */
const CELLS: string[][] = [
  ['t="s"><v>0</v>', 't="s"><v>6</v>', 't="s"><v>2</v>', 't="s"><v>3</v>', 't="s"><v>4</v>', 't="s"><v>5</v>', "><v>3.5</v>", ' t="n"><v>-12</v>', ' s="1"><v>45292.5</v>', ' s="2"><v>45292</v>', ' s="3"><v>7</v>', ' s="4"><v>45000</v>', ' s="0"><v>45000</v>', ' s="6"><v>42</v>', ' s="7"><v>45000.25</v>'],
  [' t="b"><v>0</v>', ' t="b"><v>1</v>', ' t="e"><v>#N/A</v>', ' t="str"><v>a&amp;b</v>', ' t="inlineStr"><is><t>行内</t></is>', ' t="inlineStr"><is><r><t>行</t></r><r><t>内_x0009_</t></r></is>', "><f>1+1</f><v>2</v>", ' t="str"><f>A1&amp;"x"</f><v>某市发布x</v>', ' t="b"><f>TRUE()</f><v>1</v>', ' t="e"><f>1/0</f><v>#DIV/0!</v>', '><f t="shared" ref="K3:K4" si="0">B3*2</f><v>4</v>', '><f t="shared" si="0"/><v>6</v>', "><f>NOW()</f>", ' s="1"><f>DATE(2024,1,1)</f><v>45292</v>', ' t="s"><v>0</v>'],
  ["><v>1E3</v>", ' s="5"><v>0.1</v>', ' t="inlineStr"><is><t>&#x4E2D;&amp;</t></is>', ' t="str"><v></v>', ' t="n"><v>007</v>', ' s="4"><v>1</v>', ' s="4"><v>60</v>', ' s="4"><v>61</v>', ' t="str"><v xml:space="preserve"> 留白 </v>', ' s="1"><v>0</v>', ' t="s"><v>5</v>', ' t="s"><v>4</v>', ' t="s"><v>3</v>', ' t="s"><v>2</v>', ' t="s"><v>6</v>'],
];

function sheetXml(): string {
  const header = `<row r="1">${HEADERS.map((h, i) => `<c r="${letter(i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;
  const rows = CELLS.map((cells, r) => `<row r="${r + 2}" spans="1:15">${cells.map((c, i) => `<c r="${letter(i)}${r + 2}"${/^[ >]/.test(c) ? c : ` ${c}`}</c>`).join("")}</row>`);
  // A row of few cells, gaps between them (exceljs refuses rows and cells without references: see scanSheet's tests).
  const sparse = `<row r="5"><c r="A5" t="s"><v>0</v></c><c r="C5" t="inlineStr"><is><t>稀疏</t></is></c><c r="F5"><v>5</v></c><c r="G5"><v>6</v></c></row>`;
  // Styled empty cells, a row with a height only, a merged block filled from its master.
  const styled = `<row r="7" ht="20" customHeight="1"><c r="A7" s="1"/><c r="B7" s="2"></c><c r="C7" t="s"><v>0</v></c></row><row r="9"><c r="H9" t="inlineStr"><is><t>合并</t></is></c></row><row r="11"><c r="O11" t="inlineStr"><is><t>跨列</t></is></c></row>`;
  const merges = `<mergeCells count="3"><mergeCell ref="C7:E8"/><mergeCell ref="H9:I10"/><mergeCell ref="O11:AB12"/></mergeCells>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`
    + `<dimension ref="A1:O10"/><sheetData>${header}${rows.join("")}${sparse}${styled}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The cell-by-cell workbook: a 填写说明 sheet first, then 政务新媒体 with every kind of cell. */
function workbook(date1904: false | "1" | "true", sheet = sheetXml()): Buffer {
  return handWorkbook({
    sheets: [
      { name: "填写说明", xml: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row></sheetData></worksheet>` },
      { name: "政务新媒体&amp;账号", xml: sheet },
    ],
    styles: STYLES,
    strings: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.join("")}</sst>`,
    ...(date1904 ? { date1904 } : {}),
  });
}

describe("the sheet scanner on a workbook written cell by cell", () => {
  test.each([false, "1"] as const)("reads every cell as exceljs does (1904 date system: %s)", async (date1904) => {
    const bytes = workbook(date1904);
    const fast = readXlsxFast("手写.xlsx", bytes, wanted);
    const whole = await readXlsx("手写.xlsx", bytes);
    expect(fast).toEqual(whole);
    // the oracle is looked at, not only agreed with: a few cells as a clerk would read them
    const rows = fast.sheets.accounts!.records;
    expect(rows.map((r) => r.at.row)).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
    expect(rows.map((r) => r.cells.name?.value)).toEqual(["某市发布", false, 1000, "某市发布", undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(rows.slice(8).map((r) => r.cells.functions?.value)).toEqual(["跨列", "跨列"]);
    const day = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(date1904 ? y + 4 : y, m - 1, date1904 ? d + 1 : d, h));
    // numbers under formats: a custom date, [Red] and " days" (letters inside brackets and quotes are no date), a built-in date, style 0, text
    const first = rows[0]!.cells;
    expect([first.reads, first.certifier, first.operator, first.operationMode, first.funding, first.pushFrequency, first.staffCount, first.status, first.functions].map((c) => c?.value))
      .toEqual([3.5, -12, day(2024, 1, 1, 12), 45292, 7, day(2023, 3, 15), 45000, 42, day(2023, 3, 15, 6)]);
    expect(rows[1]!.cells.status?.value).toEqual(day(2024, 1, 1));
    expect(rows[2]!.cells.pushFrequency?.value).toBe("a&b一中\"<>'");
    expect(rows.slice(4, 6).map((r) => [r.cells.unit?.value, r.cells.published?.value, r.cells.openedAt?.value])).toEqual([["某市发布", "某市发布", "某市发布"], ["某市发布", "某市发布", "某市发布"]]);
    expect(rows.slice(6, 8).map((r) => [r.cells.certifier?.value, r.cells.operator?.value])).toEqual([["合并", "合并"], ["合并", "合并"]]);
    expect(fast.date1904).toBe(date1904 !== false);
    expect(fast.sheets.accounts!.name).toBe("政务新媒体&账号");
  });
});

describe("where the scanner and exceljs part ways, the scanner is right", () => {
  const read = (rows: string) => {
    const header = `<row r="1">${HEADERS.slice(0, 4).map((h, i) => `<c r="${letter(i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;
    const xml = `<worksheet><sheetData>${header}${rows}</sheetData></worksheet>`;
    return readXlsxFast("手写.xlsx", workbook(false, xml), wanted).sheets.accounts!.records.map((r) => [r.at.row, Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value]))]);
  };

  test("an empty shared string is an empty cell (exceljs gives {}), and the strings after it keep their index", () => {
    expect(read('<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>6</v></c><c r="C2" t="s"><v>2</v></c></row>')).toEqual([[2, { platform: "微信", unit: "富文本 " }]]);
  });

  test("rows and cells without references follow the one before (exceljs refuses the workbook)", () => {
    const rows = '<row r="3"><c r="B3" t="s"><v>6</v></c><c><v>5</v></c></row><row><c t="s"><v>0</v></c><c/><c t="inlineStr"><is><t>无引用</t></is></c></row>';
    expect(read(rows)).toEqual([[3, { platform: "微信", unit: 5 }], [4, { name: "某市发布", unit: "无引用" }]]);
  });
});

test("a workbook in the 1904 date system may say so as date1904=\"true\" (exceljs reads only \"1\")", () => {
  const fast = (flag: "1" | "true") => readXlsxFast("手写.xlsx", workbook(flag), wanted);
  expect(fast("true").date1904).toBe(true);
  expect(fast("true").sheets).toEqual(fast("1").sheets);
});
