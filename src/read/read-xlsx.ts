/**
 * Excel input: the whole workbook through exceljs `readFile` (data validations and drawings skipped —
 * whole-column validations hang the reader), every recognised sheet turned into records.
 */
import type ExcelJS from "exceljs";
import { basename } from "node:path";
import { findSheet, SHEETS } from "../columns.js";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import type { RawInput } from "./raw-input.js";
import { sheetRecords, type SheetRow } from "./sheet-records.js";

const IGNORE_NODES = ["dataValidations", "conditionalFormatting", "drawing", "picture"];

/** A worksheet's name and rows, in workbook order, whichever reader produced them. */
export interface NamedRows {
  name: string;
  rows: SheetRow[];
}

export const notAWorkbook = (file: string) =>
  new TongbaoError(
    ErrorCode.UNREADABLE_INPUT,
    `文件“${basename(file)}”不是完整的 xlsx 工作簿（可能已损坏或未完整下载），无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`,
  );

/** The recognised sheets as RawInput; a workbook without any is refused with the names it has. */
export function sheetsToRaw(sheets: readonly NamedRows[], file: string, date1904: boolean): RawInput {
  const issues: Issue[] = [];
  const raw: RawInput = { file, format: "xlsx", date1904, sheets: {}, issues };
  for (const { name, rows } of sheets) {
    const spec = findSheet(name);
    if (!spec) continue;
    const first = raw.sheets[spec.key];
    if (first) {
      issues.push({ code: "duplicate-sheet", severity: "warning", message: `工作表“${name}”与“${first.name}”重复，只读取“${first.name}”。`, location: { sheet: name } });
      continue;
    }
    raw.sheets[spec.key] = sheetRecords(spec, name, rows, issues);
  }
  if (Object.keys(raw.sheets).length === 0) {
    const names = sheets.map((s) => `“${s.name}”`).join("、");
    throw new TongbaoError(
      ErrorCode.UNREADABLE_INPUT,
      `工作簿“${basename(file)}”中没有可识别的工作表：应至少包含${SHEETS.map((s) => `“${s.name}”`).join("、")}之一，实际的工作表为${names}。可用 tongbao init 生成填写模板。`,
    );
  }
  return raw;
}

/** The rows of a loaded worksheet, merged cells carrying their master's value. */
function worksheetRows(ws: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    rows.push([n, row.values as unknown[]]);
  });
  return rows;
}

/** `bytes` are the workbook's content; `file` names it in messages. */
export async function readXlsx(file: string, bytes: Buffer): Promise<RawInput> {
  const { Workbook } = (await import("exceljs")).default;
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORE_NODES } as Parameters<typeof wb.xlsx.load>[1]);
  } catch {
    throw notAWorkbook(file);
  }
  if (wb.worksheets.length === 0) throw notAWorkbook(file);
  const sheets = wb.worksheets.map((ws) => ({ name: ws.name, rows: findSheet(ws.name) ? worksheetRows(ws) : [] }));
  return sheetsToRaw(sheets, file, Boolean(wb.properties?.date1904));
}
