/**
 * Excel input: the whole workbook through exceljs `readFile` (data validations and drawings skipped —
 * whole-column validations hang the reader), every recognised sheet turned into records.
 */
import ExcelJS from "exceljs";
import { basename } from "node:path";
import { findSheet, SHEETS } from "../columns.js";
import { ErrorCode, TongbaoError, type Issue } from "../errors.js";
import type { RawInput } from "./raw-input.js";
import { sheetRecords, type SheetRow } from "./sheet-records.js";

export const IGNORE_NODES = ["dataValidations", "conditionalFormatting", "drawing", "picture"];

/** The rows of a loaded worksheet, merged cells carrying their master's value. */
function worksheetRows(ws: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    rows.push([n, row.values as unknown[]]);
  });
  return rows;
}

/** The recognised sheets of a loaded workbook as RawInput. */
export function workbookToRaw(wb: ExcelJS.Workbook, file: string): RawInput {
  const issues: Issue[] = [];
  const raw: RawInput = { file, format: "xlsx", date1904: Boolean(wb.properties?.date1904), sheets: {}, issues };
  for (const ws of wb.worksheets) {
    const spec = findSheet(ws.name);
    if (!spec) continue;
    const first = raw.sheets[spec.key];
    if (first) {
      issues.push({ code: "duplicate-sheet", severity: "warning", message: `工作表“${ws.name}”与“${first.name}”重复，只读取“${first.name}”。`, location: { sheet: ws.name } });
      continue;
    }
    raw.sheets[spec.key] = sheetRecords(spec, ws.name, worksheetRows(ws), issues);
  }
  if (Object.keys(raw.sheets).length === 0) {
    const names = wb.worksheets.map((w) => `“${w.name}”`).join("、") || "（无）";
    throw new TongbaoError(
      ErrorCode.UNREADABLE_INPUT,
      `工作簿“${basename(file)}”中没有可识别的工作表：应至少包含${SHEETS.map((s) => `“${s.name}”`).join("、")}之一，实际的工作表为${names}。可用 tongbao init 生成填写模板。`,
    );
  }
  return raw;
}

const notAWorkbook = (file: string) =>
  new TongbaoError(
    ErrorCode.UNREADABLE_INPUT,
    `文件“${basename(file)}”不是完整的 xlsx 工作簿（可能已损坏或未完整下载），无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`,
  );

export async function readXlsx(file: string): Promise<RawInput> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file, { ignoreNodes: IGNORE_NODES });
  } catch {
    throw notAWorkbook(file);
  }
  if (wb.worksheets.length === 0) throw notAWorkbook(file);
  return workbookToRaw(wb, file);
}
