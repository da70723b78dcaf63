/**
 * Builds input workbooks with exceljs for the tests: sheets as rows of values, plus merges, hidden
 * states and raw exceljs cell values (formulas, rich text, hyperlinks, error values).
 */
import ExcelJS from "exceljs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isTongbaoError, type Issue } from "../../src/errors.js";
import { readInput, type ReadOptions } from "../../src/read/read-input.js";
import { validate, type Validated } from "../../src/validate.js";

export interface SheetDef {
  name: string;
  rows: unknown[][];
  merges?: string[];
  state?: "visible" | "hidden" | "veryHidden";
  /** Raw exceljs values by address, applied after the rows: { "C3": { formula: "1+1" } }. */
  cells?: Record<string, unknown>;
}

let dir: string | undefined;

/** A fresh path in this run's temporary folder. */
export async function tempPath(name: string): Promise<string> {
  dir ??= await mkdtemp(join(tmpdir(), "tongbao-input-"));
  return join(dir, name);
}

let counter = 0;

export async function writeWorkbook(sheets: SheetDef[], name = `wb-${++counter}.xlsx`, options: { date1904?: boolean } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  for (const def of sheets) {
    const ws = wb.addWorksheet(def.name, { state: def.state ?? "visible" });
    def.rows.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v !== undefined && v !== null) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
      });
    });
    for (const [addr, v] of Object.entries(def.cells ?? {})) ws.getCell(addr).value = v as ExcelJS.CellValue;
    for (const m of def.merges ?? []) ws.mergeCells(m);
  }
  const file = await tempPath(name);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function writeText(name: string, text: string | Uint8Array): Promise<string> {
  const file = await tempPath(name);
  await writeFile(file, text);
  return file;
}

/** A small valid workbook; tests copy it and break one thing. */
export function validSheets(): SheetDef[] {
  return [
    {
      name: "通报信息",
      rows: [
        ["项目", "内容"],
        ["发文机关", "某市人民政府办公室"],
        ["发文字号", "某政公开办发〔2023〕19号"],
        ["检查期间", "2023年第二季度"],
        ["主送机关", "各县（区）人民政府，市政府各部门"],
        ["成文日期", "2023-07-20"],
        ["统计开始日期", "2023-04-01"],
        ["统计截止日期", "2023-06-30"],
      ],
    },
    {
      name: "政府网站",
      rows: [
        ["序号", "网站名称", "网址", "主办单位", "检查结论", "突出问题"],
        [1, "某市人民政府门户网站", "www.a.gov.cn", "某市人民政府办公室", "合格", ""],
        [2, "某县人民政府门户网站", "www.b.gov.cn", "某县人民政府办公室", "不合格", "内容更新不及时"],
      ],
    },
    {
      name: "政务新媒体",
      rows: [
        ["序号", "账号名称", "开设主体", "平台类型", "检查结论", "突出问题", "发布信息数", "开通时间"],
        [1, "某市发布", "某市人民政府办公室", "微信", "合格", "", 120, "2019-05-01"],
        [2, "某县发布", "某县人民政府办公室", "微博", "不合格", "监测时间点前2周内无更新", 3, "2020-01-10"],
      ],
    },
    {
      name: "信息发布统计",
      rows: [
        ["单位名称", "单位类别", "主动公开信息条数", "报送数", "采纳数"],
        ["某镇人民政府", "乡镇（街道）", 56, 10, 6],
        ["某县教育局", "县级部门", 31, 4, 2],
      ],
    },
    {
      name: "互动交流",
      rows: [
        ["渠道", "收到数", "办结数", "按期办结数"],
        ["县长信箱", 120, 118, 110],
      ],
    },
    {
      name: "上期整改",
      rows: [
        ["对象类型", "对象名称", "责任单位", "问题", "整改状态", "是否按时反馈"],
        ["政务新媒体", "某局发布", "某局", "内容更新不及时", "已整改", "是"],
      ],
    },
    {
      name: "正文",
      rows: [
        ["章节", "内容"],
        ["工作要求", "各单位要高度重视，认真整改。"],
      ],
    },
  ];
}

/** validSheets() with one sheet replaced or changed. */
export function withSheet(name: string, change: (def: SheetDef) => SheetDef | undefined): SheetDef[] {
  return validSheets().flatMap((d) => {
    if (d.name !== name) return [d];
    const next = change(d);
    return next ? [next] : [];
  });
}

export type Outcome = { ok: true; result: Validated } | { ok: false; message: string; issues: Issue[] };

/** readInput then validate; a TongbaoError becomes its message and issues. */
export async function readAndValidate(file: string, options: ReadOptions = {}): Promise<Outcome> {
  try {
    return { ok: true, result: validate(await readInput(file, options)) };
  } catch (e) {
    if (isTongbaoError(e)) return { ok: false, message: e.message, issues: e.issues };
    throw e;
  }
}

/** validSheets() with cells of several sheets overwritten: { 政务新媒体: { D3: "微薄" } }. */
export function withCells(changes: Record<string, Record<string, unknown>>): SheetDef[] {
  return validSheets().map((d) => (changes[d.name] ? { ...d, cells: { ...d.cells, ...changes[d.name] } } : d));
}
