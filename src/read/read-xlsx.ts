/**
 * The sheet scanner's fallback: the whole workbook through exceljs `load` (data validations and drawings skipped —
 * whole-column validations hang the reader), every recognised sheet turned into records.
 */
import type ExcelJS from "exceljs";
import { findSheet } from "../columns.js";
import type { RawInput } from "./raw-input.js";
import type { SheetRow } from "./sheet-records.js";
import { notAWorkbook, sheetsToRaw } from "./xlsx-common.js";

const IGNORE_NODES = ["dataValidations", "conditionalFormatting", "drawing", "picture"];




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
